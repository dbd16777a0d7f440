package org.nianbao.form;

import java.util.List;

/** "Did you mean" suggestions for mistyped labels. */
public final class Suggest {
    private Suggest() {
    }

    /** {@code ，是否应为“X”} for the closest candidate within a small edit distance, or an empty string. */
    public static String didYouMean(String written, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int dist = distance(written, c);
            if (dist < bestDistance) {
                best = c;
                bestDistance = dist;
            }
        }
        int allowed = Math.max(1, Math.min(written.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= allowed ? "，是否应为“" + best + "”" : "";
    }

    /** Levenshtein distance over UTF-16 units (labels are BMP Chinese). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
