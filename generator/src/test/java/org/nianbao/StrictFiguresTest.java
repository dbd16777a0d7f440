package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures are read as written, never by YAML's guesses: each case writes one value into a real
 * report and expects the one problem it names, at the value's line and column.
 */
class StrictFiguresTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '  独立用户访问总量: '   | 010       | 网站基本信息/独立用户访问总量（个）: 填写为“010”，数字不能以 0 开头（YAML 会把 010 读作八进制），应为非负整数，如 1234
            '  独立用户访问总量: '   | 1,2       | 网站基本信息/独立用户访问总量（个）: 填写为“1,2”，不要使用千位分隔符，应为非负整数，如 1234
            '  独立用户访问总量: '   | no        | 网站基本信息/独立用户访问总量（个）: 填写为“no”，这是英文的是/否，本项应为非负整数，如 1234
            '  独立用户访问总量: '   | 一百      | 网站基本信息/独立用户访问总量（个）: 填写为“一百”，请用阿拉伯数字填写，应为非负整数，如 1234
            '  独立用户访问总量: '   | １２３    | 网站基本信息/独立用户访问总量（个）: 填写为“１２３”，含全角数字，请改用半角数字 0–9
            '  独立用户访问总量: '   | '"123"'   | 网站基本信息/独立用户访问总量（个）: 填写为“123”，数字不要加引号，应为非负整数，如 1234
            '  独立用户访问总量: '   | 1_000     | 网站基本信息/独立用户访问总量（个）: 填写为“1_000”，不要使用下划线分隔数字，应为非负整数，如 1234
            '  独立用户访问总量: '   | 0x1F      | 网站基本信息/独立用户访问总量（个）: 填写为“0x1F”，不能用十六进制或八进制，应为非负整数，如 1234
            '  独立用户访问总量: '   | 12%       | 网站基本信息/独立用户访问总量（个）: 填写为“12%”，不要填写百分号或单位，应为非负整数，如 1234
            '  独立用户访问总量: '   | 12.5      | 网站基本信息/独立用户访问总量（个）: 填写为“12.5”，本项只能填写整数
            '  独立用户访问总量: '   | -3        | 网站基本信息/独立用户访问总量（个）: 填写为“-3”，不能为负数
            '    平均办理时间: '     | 3,5       | 互动交流/留言办理/平均办理时间（天）: 填写为“3,5”，不要使用千位分隔符，应为不带单位的数字，如 3.5
            '  是否使用统一平台: '   | yes       | 互动交流/是否使用统一平台: 填写为“yes”，应为“是”或“否”
            '  首页网址: '           | jyj.shili.gov.cn | 网站基本信息/首页网址: 填写为“jyj.shili.gov.cn”，应为以 http:// 或 https:// 开头的网址，如 https://www.example.gov.cn/
            '  政府网站标识码: '     | 12345     | 网站基本信息/政府网站标识码: 填写为“12345”，格式应为10 位数字，或 bm 加 8 位数字（国务院部门）
            '  填报日期: '           | 2024-02-30 | 填报信息/填报日期: 填写为“2024-02-30”，不是有效日期
            '  填报日期: '           | 2024年1月5日 | 填报信息/填报日期: 填写为“2024年1月5日”，应为日期，格式为 YYYY-MM-DD，如 2024-01-15
            """)
    void badValueIsRefusedWithItsLocation(String prefix, String value, String expected) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(report));
        int index = -1;
        for (int i = 0; i < lines.size() && index < 0; i++) {
            if (lines.get(i).startsWith(prefix)) {
                index = i;
            }
        }
        assertTrue(index >= 0, "no line starts with " + prefix);
        lines.set(index, prefix + value);
        java.nio.file.Files.write(report, lines);

        BuildResult result = Nianbao.check(Config.builder(src).build());

        String where = "reports/2023/jiaoyuju.md:" + (index + 1) + ":" + (prefix.length() + 1) + ": ";
        assertEquals(List.of(where + expected), result.diagnostics().stream().map(Object::toString).toList());
    }

    /** {@code lineAfterSection}: where the problem is, counted from the section's key (the inserted line is 1). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key with a suggestion       | '  概况类信息更新数: 42' | 1 | 信息发布: 未知的项目“概况类信息更新数”，是否应为“概况类信息更新量”
            duplicate key, at its second place  | '  总数: 1'             | 2 | 键“总数”重复出现，每项只能填写一次
            """)
    void badKeysAreRefused(String name, String extraLine, int lineAfterSection, String expected) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(report));
        int section = lines.indexOf("信息发布:");
        lines.add(section + 1, extraLine);
        java.nio.file.Files.write(report, lines);

        List<String> shown = Nianbao.check(Config.builder(src).build()).diagnostics().stream()
                .map(Object::toString).toList();

        assertEquals(1, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("reports/2023/jiaoyuju.md:" + (section + 1 + lineAfterSection) + ":3: " + expected), shown.get(0));
    }
}
