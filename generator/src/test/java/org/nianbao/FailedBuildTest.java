package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad figure fails the build with its location and label, and the last good column stays as it was. */
class FailedBuildTest {
    @TempDir
    Path tmp;

    @Test
    void badFigureIsLocatedAndPreviousOutputIsKept() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        assertTrue(Fixtures.build(src, out).ok());
        Map<String, byte[]> before = Fixtures.snapshot(out);

        Path report = src.resolve("reports/2023/jiaoyuju.md");
        List<String> lines = Files.readAllLines(report);
        int index = indexOf(lines, "  网站总访问量: ");
        String line = lines.get(index);
        int column = line.indexOf(':') + 3;
        lines.set(index, line.substring(0, column - 1) + "2,154,873");
        Files.write(report, lines);

        BuildResult result = Fixtures.build(src, out);

        assertFalse(result.ok());
        assertFalse(result.written());
        assertEquals(List.of("reports/2023/jiaoyuju.md:" + (index + 1) + ":" + column
                        + ": 网站基本信息/网站总访问量（次）: 填写为“2,154,873”，不要使用千位分隔符，应为非负整数，如 1234"),
                result.diagnostics().stream().map(Object::toString).toList());
        Map<String, byte[]> after = Fixtures.snapshot(out);
        Fixtures.assertSameFiles(before, after, "column after the failed build");
        assertFalse(Files.exists(tmp.resolve(".column.staging")), "staging folder left behind");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        replace(src.resolve("reports/2022/menhu.md"), "  是否发布服务事项目录: 是", "  是否发布服务事项目录: yes");
        String interviews = valueAfter(src.resolve("reports/2021/gonganju.md"), "    访谈期数: ");
        replace(src.resolve("reports/2021/gonganju.md"), "    访谈期数: ", "    访谈期数: -");

        BuildResult result = Fixtures.build(src, tmp.resolve("column"));

        List<String> shown = result.diagnostics().stream().map(Object::toString).toList();
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("reports/2021/gonganju.md:"), shown.get(0));
        assertTrue(shown.get(0).endsWith(": 互动交流/在线访谈/访谈期数（期）: 填写为“-" + interviews + "”，不能为负数"),
                shown.get(0));
        assertTrue(shown.get(1).startsWith("reports/2022/menhu.md:"), shown.get(1));
        assertTrue(shown.get(1).endsWith(": 办事服务/是否发布服务事项目录: 填写为“yes”，应为“是”或“否”"), shown.get(1));
        assertFalse(Files.exists(tmp.resolve("column")));
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Fixtures.read(file);
        assertTrue(text.contains(from), file + " lacks " + from);
        Fixtures.write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static String valueAfter(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.get(indexOf(lines, prefix)).substring(prefix.length()).strip();
    }
}
