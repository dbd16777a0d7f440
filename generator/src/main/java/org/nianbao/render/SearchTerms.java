package org.nianbao.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the search matches on: each pair of adjacent Chinese characters (a bigram, since Chinese
 * writes no spaces between words) and each whole run of Latin letters and digits (IPv6, 2023), in
 * lower case after NFKC (so that full-width ＩＰｖ６ is IPv6). search.js splits a query the same way.
 */
final class SearchTerms {
    private SearchTerms() {
    }

    static void each(String text, Consumer<String> term) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int j = i + 1;
            if (isHan(c)) {
                while (j < n && isHan(t.charAt(j))) {
                    j++;
                }
                // a lone character is no term: it would match almost every report
                for (int k = i; k + 1 < j; k++) {
                    term.accept(t.substring(k, k + 2));
                }
            } else if (isWord(c)) {
                while (j < n && isWord(t.charAt(j))) {
                    j++;
                }
                term.accept(t.substring(i, j));
            }
            i = j;
        }
    }

    static java.util.List<String> of(String text) {
        java.util.List<String> terms = new java.util.ArrayList<>();
        each(text, terms::add);
        return terms;
    }

    /** CJK Unified Ideographs and Extension A, as search.js's HAN. */
    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9fff';
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** FNV-1a over the term's UTF-16 units, as search.js's shardOf: which shard holds the term. */
    static int shardOf(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
