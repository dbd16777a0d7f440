package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a report's front matter by label path (网站基本信息/独立用户访问总量, or
 * 网站抽查情况/抽查网站数量/第二季度 inside a flow mapping), and tells where a value now stands.
 */
final class FrontMatterEditor {
    private final Path file;
    private final List<String> lines;

    FrontMatterEditor(Path file) throws IOException {
        this.file = file;
        this.lines = new ArrayList<>(Files.readAllLines(file));
    }

    void save() throws IOException {
        Files.write(file, lines);
    }

    /** Sets the value at {@code path}. */
    FrontMatterEditor set(String path, String value) {
        Hit h = find(path);
        String line = lines.get(h.line);
        lines.set(h.line, line.substring(0, h.column) + value + line.substring(h.column + h.length));
        return this;
    }

    /** Removes the key at {@code path} with everything nested under it. */
    FrontMatterEditor remove(String path) {
        String[] parts = path.split("/");
        int index = find(path).line;
        String line = lines.get(index);
        if (!keyOf(line).equals(parts[parts.length - 1])) {
            // a quarter inside a flow mapping
            lines.set(index, line.replaceFirst(" *" + Pattern.quote(parts[parts.length - 1]) + ": [^,}]+,?", "")
                    .replace(", }", " }").replace("{}", "{ }"));
            return this;
        }
        int indent = indent(line);
        lines.remove(index);
        while (index < lines.size() && !lines.get(index).equals("---") && indent(lines.get(index)) > indent) {
            lines.remove(index);
        }
        return this;
    }

    /** Replaces the whole line of the key at {@code path} with {@code text} (which may hold several lines). */
    FrontMatterEditor replaceLine(String path, String text) {
        lines.set(find(path).line, text);
        return this;
    }

    /**
     * {@code line:column} (1-based) of the value at {@code path}; for a key whose value starts on the
     * next lines (a nested group or list), of the key itself.
     */
    String location(String path) {
        Hit h = find(path);
        return (h.line + 1) + ":" + (h.column + 1);
    }

    private record Hit(int line, int column, int length) {
    }

    private Hit find(String path) {
        String[] parts = path.split("/");
        int from = 1;
        int indent = -1;
        int found = -1;
        for (int p = 0; p < parts.length; p++) {
            if (p > 0 && lines.get(from - 1).contains("{")) {
                String line = lines.get(from - 1);
                Matcher m = Pattern.compile("[{,] *" + Pattern.quote(parts[p]) + ": ([^,}]+)").matcher(line);
                if (!m.find()) {
                    throw new AssertionError("no key " + parts[p] + " of " + path + " in " + file);
                }
                return new Hit(from - 1, m.start(1), m.group(1).strip().length());
            }
            found = -1;
            for (int i = from; i < lines.size() && !lines.get(i).equals("---"); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && indent(line) <= indent) {
                    break;
                }
                if (keyOf(line).equals(parts[p]) && indent(line) > indent) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                throw new AssertionError("no key " + parts[p] + " of " + path + " in " + file);
            }
            indent = indent(lines.get(found));
            from = found + 1;
        }
        String line = lines.get(found);
        int column = line.indexOf(':') + 1;
        while (column < line.length() && line.charAt(column) == ' ') {
            column++;
        }
        if (column == line.length()) {
            return new Hit(found, indent(line), 0);
        }
        return new Hit(found, column, line.length() - column);
    }

    private static String keyOf(String line) {
        String t = line.strip();
        if (t.startsWith("- ")) {
            t = t.substring(2);
        }
        int colon = t.indexOf(':');
        return colon < 0 ? "" : t.substring(0, colon);
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
