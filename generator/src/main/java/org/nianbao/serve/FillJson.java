package org.nianbao.serve;

import java.util.Collection;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** JSON for the fill page: written compact, read as YAML (of which JSON is a part) into plain maps and lists. */
final class FillJson {
    private FillJson() {
    }

    /** Thrown when a request's body is no JSON object. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static Map<String, Object> read(String json) {
        Object v;
        try {
            v = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        } catch (YAMLException e) {
            throw new Invalid("请求不是 JSON：" + e.getMessage());
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw new Invalid("请求应为 JSON 对象");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) map;
        return m;
    }

    static String write(Object value) {
        StringBuilder s = new StringBuilder();
        write(value, s);
        return s.toString();
    }

    private static void write(Object v, StringBuilder s) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            s.append(v);
        } else if (v instanceof Map<?, ?> map) {
            s.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                s.append(i++ > 0 ? "," : "");
                string(String.valueOf(e.getKey()), s);
                s.append(':');
                write(e.getValue(), s);
            }
            s.append('}');
        } else if (v instanceof Collection<?> list) {
            s.append('[');
            int i = 0;
            for (Object item : list) {
                s.append(i++ > 0 ? "," : "");
                write(item, s);
            }
            s.append(']');
        } else {
            string(String.valueOf(v), s);
        }
    }

    /** A JSON string, safe inside a page's script too ({@code <} escaped). */
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
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
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
