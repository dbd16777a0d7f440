package org.nianbao.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two hand-typing slips that YAML reports only a line later, as "mapping values are not allowed":
 * a colon with no space after it, and a line indented more than its sibling. Looked for at the
 * lines up to the one YAML complained about, so the message points where the slip is.
 */
final class LikelyMistake {
    /** {@code 总数:1214}: a key, a colon, then no space (URLs such as https://… are values, not keys). */
    private static final Pattern NO_SPACE = Pattern.compile("^(\\s*(?:- )?)([^\\s#'\"{\\[:][^:'\"]*?):(?![\\s/]|$)");
    private static final Pattern KEY_WITH_VALUE = Pattern.compile("^\\s*(?:- )?[^\\s#'\"][^:]*: +\\S");

    private LikelyMistake() {
    }

    /** {@code line:column:message} (line 0-based in {@code yaml}, column 1-based), or {@code null}. */
    static String before(String yaml, int errorLine) {
        String[] lines = yaml.split("\n", -1);
        int last = Math.min(errorLine, lines.length - 1);
        for (int i = 0; i <= last; i++) {
            Matcher m = NO_SPACE.matcher(lines[i]);
            if (m.find()) {
                return i + ":" + (m.end(2) + 1) + ":YAML 格式错误：“" + m.group(2).strip() + "”后的冒号后面缺少空格，应写成“"
                        + m.group(2).strip() + ": 数值”";
            }
        }
        if (last >= 1) {
            int prev = last - 1;
            while (prev >= 0 && lines[prev].isBlank()) {
                prev--;
            }
            if (prev >= 0 && KEY_WITH_VALUE.matcher(lines[prev]).find() && indent(lines[last]) > indent(lines[prev])
                    && !lines[last].isBlank()) {
                return last + ":" + (indent(lines[last]) + 1) + ":YAML 格式错误：缩进不一致：此行比上一行多缩进了 "
                        + (indent(lines[last]) - indent(lines[prev])) + " 个空格，同一层的项目应对齐";
            }
        }
        return null;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
