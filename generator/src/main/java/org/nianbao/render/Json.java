package org.nianbao.render;

import java.util.Collection;
import java.util.Map;

/** A minimal JSON writer for the open-data exports: values in the order given, no whitespace games. */
final class Json {
    private Json() {
    }

    /** Writes maps (in iteration order), collections, strings, numbers, booleans and nulls. */
    static String write(Object value) {
        StringBuilder s = new StringBuilder();
        write(value, s, 0);
        return s.append('\n').toString();
    }

    /** The same values on one line without spaces, for data a browser loads rather than a person reads. */
    static String compact(Object value) {
        StringBuilder s = new StringBuilder();
        compact(value, s);
        return s.toString();
    }

    private static void compact(Object v, StringBuilder s) {
        if (v instanceof Map<?, ?> map) {
            s.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                s.append(i++ > 0 ? "," : "");
                string(String.valueOf(e.getKey()), s);
                s.append(':');
                compact(e.getValue(), s);
            }
            s.append('}');
        } else if (v instanceof Collection<?> list) {
            s.append('[');
            int i = 0;
            for (Object item : list) {
                s.append(i++ > 0 ? "," : "");
                compact(item, s);
            }
            s.append(']');
        } else {
            write(v, s, 0);
        }
    }

    private static void write(Object v, StringBuilder s, int indent) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof String str) {
            string(str, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            s.append(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
        } else if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                s.append("{}");
                return;
            }
            s.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pad(s, indent + 1);
                string(String.valueOf(e.getKey()), s);
                s.append(": ");
                write(e.getValue(), s, indent + 1);
                s.append(++i < map.size() ? ",\n" : "\n");
            }
            pad(s, indent);
            s.append('}');
        } else if (v instanceof Collection<?> list) {
            if (list.isEmpty()) {
                s.append("[]");
                return;
            }
            s.append("[\n");
            int i = 0;
            for (Object item : list) {
                pad(s, indent + 1);
                write(item, s, indent + 1);
                s.append(++i < list.size() ? ",\n" : "\n");
            }
            pad(s, indent);
            s.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static void pad(StringBuilder s, int indent) {
        s.append("  ".repeat(indent));
    }

    private static void string(String str, StringBuilder s) {
        s.append('"');
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                // escaped so that the JSON can be embedded in HTML safely
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                case '&' -> s.append("\\u0026");
                case '\u2028' -> s.append("\\u2028");
                case '\u2029' -> s.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
