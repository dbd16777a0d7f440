package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.ColumnCheck;
import org.nianbao.model.Column;
import org.nianbao.model.Report;

/** 政府信息公开工作年度报告 sources: narrative headings, the deadline per body, and where the column keeps them. */
class XxgkReportsTest {
    private static final String FILE = "reports/2023/jiaoyuju.xxgk.md";

    @TempDir
    Path tmp;

    private Path source() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.useXxgkFixtures(src);
        return src;
    }

    private static List<String> problems(Path src) {
        return Nianbao.check(Config.builder(src).build()).diagnostics().stream().map(Object::toString).sorted().toList();
    }

    @Test
    void aMissingNarrativeHeadingIsAWarningAtTheBody() throws IOException {
        Path src = source();
        String text = Fixtures.read(src.resolve(FILE));
        Fixtures.write(src.resolve(FILE), text.replace("## 五、存在的主要问题及改进情况\n", ""));
        int line = text.substring(0, text.indexOf("\n---\n") + 5).split("\n", -1).length;
        assertEquals(List.of(FILE + ":" + line + ":1: 警告: 正文: 缺少标题“五、存在的主要问题及改进情况”：政府信息公开工作年度报告的正文应依次写"
                + "一、总体情况、五、存在的主要问题及改进情况、六、其他需要报告的事项各部分，每部分以标题开头，如 ## 五、存在的主要问题及改进情况"),
                problems(src));
    }

    @Test
    void aGovernmentsOwnReportIsDueBy31MarchAndASiteMaySetAnotherDay() throws IOException {
        Path src = source();
        String site = Fixtures.read(src.resolve("site.yaml"));
        String entry = "{ 代号: jiaoyuju, 名称: 示例市教育局, 层级: 市政府部门网站, 起始年度: 2021";
        assertTrue(site.contains(entry));
        Fixtures.write(src.resolve("site.yaml"), site.replace(entry, entry + ", 本级政府: 是"));
        String text = Fixtures.read(src.resolve(FILE));
        Fixtures.write(src.resolve(FILE), text.replace("发布日期: 2024-01-25", "发布日期: 2024-03-31"));
        assertEquals(List.of(), problems(src));

        Fixtures.write(src.resolve(FILE), text.replace("发布日期: 2024-01-25", "发布日期: 2024-04-01"));
        assertEquals(List.of(FILE + ":3:7: 警告: 发布日期: 填写 2024-04-01，晚于发布期限 2024-03-31"
                + "（《政府信息公开条例》第四十九条：县级以上地方人民政府于每年 3 月 31 日前公布）"), problems(src));

        Fixtures.write(src.resolve("site.yaml"), site.replace(entry, entry + ", 本级政府: 是, 信息公开年报期限: 03-15"));
        Fixtures.write(src.resolve(FILE), text.replace("发布日期: 2024-01-25", "发布日期: 2024-03-16"));
        assertEquals(List.of(FILE + ":3:7: 警告: 发布日期: 填写 2024-03-16，晚于发布期限 2024-03-15（site.yaml 的信息公开年报期限）"),
                problems(src));
    }

    @Test
    void theColumnKeepsTheReportsApartFromTheWorkReports() throws IOException {
        Column column = ColumnCheck.read(source(), Long.MAX_VALUE).column();
        assertEquals(List.of("reports/2023/jiaoyuju.xxgk.md", "reports/2022/jiaoyuju.xxgk.md"),
                column.xxgkReports().stream().map(Report::file).toList());
        assertTrue(column.reports().stream().noneMatch(r -> r.form().isXxgk()));
    }
}
