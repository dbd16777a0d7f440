package org.nianbao.chart;

import java.util.Arrays;

/**
 * A length-limited canonical Huffman code for one deflate alphabet (RFC 1951, 3.2.2), built
 * deterministically from symbol counts: ties go to the lower symbol, so the same counts give the same code.
 */
final class HuffmanCode {
    /** Code length per symbol (0: unused). */
    final int[] lengths;
    /** Code per symbol, bit-reversed, ready to be written least significant bit first. */
    final int[] codes;

    private HuffmanCode(int[] lengths) {
        this.lengths = lengths;
        this.codes = canonical(lengths);
    }

    /** The code for {@code counts}, no code longer than {@code limit} bits. */
    static HuffmanCode of(int[] counts, int limit) {
        int[] f = counts.clone();
        while (true) {
            int[] lengths = lengths(f);
            int max = 0;
            for (int l : lengths) {
                max = Math.max(max, l);
            }
            if (max <= limit) {
                return new HuffmanCode(lengths);
            }
            // too deep: flatten the counts (keeping every used symbol) and build again
            for (int i = 0; i < f.length; i++) {
                if (f[i] > 0) {
                    f[i] = (f[i] + 1) >> 1;
                }
            }
        }
    }

    /**
     * The unlimited Huffman code lengths; a lone used symbol gets one bit. Always joins the two lightest
     * nodes, ties going to symbols before joins and then to the lower symbol or the earlier join: the used
     * symbols sorted by count, and the joins, which are made in order of weight, are two queues.
     */
    private static int[] lengths(int[] f) {
        int n = f.length;
        int[] lengths = new int[n];
        long[] leaves = new long[n]; // count << 32 | symbol
        int m = 0;
        for (int s = 0; s < n; s++) {
            if (f[s] > 0) {
                leaves[m++] = (long) f[s] << 32 | s;
            }
        }
        if (m == 1) {
            lengths[(int) leaves[0]] = 1;
            return lengths;
        }
        Arrays.sort(leaves, 0, m);
        // nodes 0..n-1 are symbols, n.. are joins; parent[] links each node to its join
        long[] weight = new long[2 * n];
        int[] parent = new int[2 * n];
        int leaf = 0;
        int next = n;
        int join = n; // the lightest join not yet joined
        int[] pair = new int[2];
        for (int joins = 0; joins < m - 1; joins++) {
            for (int k = 0; k < 2; k++) {
                if (leaf < m && (join == next || leaves[leaf] >>> 32 <= weight[join])) {
                    pair[k] = (int) leaves[leaf];
                    weight[pair[k]] = leaves[leaf++] >>> 32;
                } else {
                    pair[k] = join++;
                }
            }
            int a = pair[0];
            int b = pair[1];
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            next++;
        }
        int root = next - 1;
        int[] depth = new int[2 * n];
        for (int node = root - 1; node >= 0; node--) {
            if (node >= n || f[node] > 0) {
                depth[node] = depth[parent[node]] + 1; // joins are numbered after their children
            }
        }
        for (int s = 0; s < n; s++) {
            lengths[s] = f[s] > 0 ? depth[s] : 0;
        }
        return lengths;
    }

    private static int[] canonical(int[] lengths) {
        int[] count = new int[16];
        for (int l : lengths) {
            count[l]++;
        }
        count[0] = 0;
        int[] next = new int[16];
        for (int bits = 1, code = 0; bits < 16; bits++) {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int l = lengths[s];
            if (l > 0) {
                codes[s] = Integer.reverse(next[l]++) >>> (32 - l);
            }
        }
        return codes;
    }
}
