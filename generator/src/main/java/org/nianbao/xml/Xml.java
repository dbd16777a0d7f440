package org.nianbao.xml;

/** Text made safe for XML and HTML: in element content and in double-quoted attribute values. */
public final class Xml {
    private Xml() {
    }

    /**
     * {@code text} with {@code & < > "} escaped and the characters XML 1.0 does not allow left out
     * (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF): a site
     * name typed with a stray control character must not make a feed or an SVG unreadable. An apostrophe
     * stays as it is: in an SVG pasted into an HTML page, {@code <style>} would keep {@code &apos;} in its CSS.
     */
    public static String escape(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> allowed(text, i) ? null : "";
            };
            if (replacement != null && s == null) {
                s = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (s != null) {
                if (replacement != null) {
                    s.append(replacement);
                } else {
                    s.append(c);
                }
            }
        }
        return s == null ? text : s.toString();
    }

    /** Whether the character at {@code i} may stand in an XML 1.0 document (a surrogate only in a pair). */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xfffe && c != 0xffff;
    }
}
