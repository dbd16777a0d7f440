package org.nianbao.render;

/**
 * One term's reports, in ascending document number, each with how often the term occurs there, as a
 * short string: per report, v = (gap since the previous number) × 8 + (count − 1, at most 7), written
 * in base 32 with the least significant digit first, a digit d as ALPHABET[d] when it is the last
 * of v and ALPHABET[d + 32] when more follow. A term of every report costs one character per report.
 * search.js's decode reads it back.
 */
final class Postings {
    static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    /** Counts above this all rank alike: a report naming a word eight times is about it. */
    static final int MAX_COUNT = 8;

    private final StringBuilder text = new StringBuilder();
    private int last = -1;

    /** Adds a report; numbers must come in ascending order. */
    void add(int document, int count) {
        if (document <= last) {
            throw new IllegalArgumentException("document " + document + " after " + last);
        }
        long v = (long) (document - last - 1) * MAX_COUNT + Math.min(count, MAX_COUNT) - 1;
        last = document;
        do {
            int digit = (int) (v & 31);
            v >>>= 5;
            text.append(ALPHABET.charAt(v == 0 ? digit : digit + 32));
        } while (v != 0);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
