package org.nianbao.source;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** How a text value is written in front matter so that YAML reads it back as exactly that text. */
public final class YamlScalar {
    private static final Resolver RESOLVER = new Resolver();

    private YamlScalar() {
    }

    /** Plain when YAML reads it back as the same text, else double-quoted; numbers-as-text are quoted, as in the demo (标识码). */
    public static String text(String v, boolean flow) {
        if (plain(v, flow)) {
            Tag tag = RESOLVER.resolve(NodeId.scalar, v, true);
            if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
                return v;
            }
        }
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029' || ch == '\ufeff' || ch == 0x85) {
                        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** Whether {@code v} can be written as a plain scalar that YAML reads back as exactly {@code v}. */
    public static boolean plain(String v, boolean flow) {
        if (v.isEmpty() || !v.equals(v.strip()) || v.contains(": ") || v.contains(" #") || v.endsWith(":")) {
            return false;
        }
        char first = v.charAt(0);
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if (first == '-' && (v.length() == 1 || v.charAt(1) == ' ')) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == '\u2028' || ch == '\u2029' || ch == '\ufeff'
                    || (flow && ",[]{}".indexOf(ch) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
