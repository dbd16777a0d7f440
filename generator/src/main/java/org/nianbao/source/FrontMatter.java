package org.nianbao.source;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yaml          the text between the {@code ---} lines, or {@code null} when the file has none
 * @param yamlLineOffset lines before the YAML text (1: the opening {@code ---})
 * @param body          the Markdown after the closing {@code ---}
 */
public record FrontMatter(String yaml, int yamlLineOffset, String body) {

    /** The 1-based line of the file where the body starts. */
    public int bodyLine() {
        return yaml == null ? 1 : yamlLineOffset + (int) yaml.chars().filter(c -> c == '\n').count() + 2;
    }

    /** Splits {@code text}, whose line ends are already {@code \n}. */
    public static FrontMatter split(String text) {
        if (!text.startsWith("---\n")) {
            return new FrontMatter(null, 0, text);
        }
        int start = 4;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.equals("---") || line.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(text.substring(start, pos), 1, body);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return new FrontMatter(null, 0, text);
    }
}
