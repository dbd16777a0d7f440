package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.ColumnCheck;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;

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

    @Test
    void aBodyWithoutAWebsiteIsA机关OfSiteYamlAndReportsItsOwn() {
        Column column = ColumnCheck.read(Fixtures.DEMO, Long.MAX_VALUE).column();
        SiteConfig config = column.config();
        assertEquals(List.of("shenjiju", "tongjiju"), config.agencies().stream().map(Site::slug).toList());
        Site audit = config.body("shenjiju").orElseThrow();
        assertEquals("示例市审计局", audit.name());
        assertEquals(2021, audit.since());
        assertFalse(audit.website());
        assertFalse(audit.government());
        assertEquals(java.time.LocalDate.of(2024, 1, 31), audit.xxgkDeadlineFor(2023));
        assertTrue(config.site("shenjiju").isEmpty(), "a 机关 is no website: no 年度报表, no site page");
        assertTrue(config.body("jiaoyuju").orElseThrow().website());
        assertEquals(config.sites().size() + 2, config.bodies().size());
        assertEquals("tongjiju", config.bodies().get(config.bodies().size() - 1).slug());
        Report report = column.xxgkReports().stream().filter(r -> r.file().equals("reports/2023/shenjiju.xxgk.md"))
                .findFirst().orElseThrow();
        assertEquals(audit, report.site());
        assertTrue(column.reports().stream().noneMatch(r -> r.site().slug().equals("shenjiju")));
    }

    @Test
    void 本级政府IsTheBodysOwnAndA机关MaySetItsDeadline() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        assertTrue(ColumnCheck.read(src, Long.MAX_VALUE).column().config().body("menhu").orElseThrow().government());
        String site = Fixtures.read(src.resolve("site.yaml"));
        String entry = "{ 代号: shenjiju, 名称: 示例市审计局, 起始年度: 2021";
        assertTrue(site.contains(entry));
        String file = "reports/2023/shenjiju.xxgk.md";
        String text = Fixtures.read(src.resolve(file));
        String published = "发布日期: 2024-01-27";
        assertTrue(text.contains(published));

        Fixtures.write(src.resolve(file), text.replace(published, "发布日期: 2024-02-01"));
        assertEquals(List.of(file + ":3:7: 警告: 发布日期: 填写 2024-02-01，晚于发布期限 2024-01-31"
                + "（《政府信息公开条例》第四十九条：部门于每年 1 月 31 日前公布）"), problems(src));

        Fixtures.write(src.resolve("site.yaml"), site.replace(entry, entry + ", 本级政府: 是"));
        assertTrue(ColumnCheck.read(src, Long.MAX_VALUE).column().config().body("shenjiju").orElseThrow().government());
        assertEquals(List.of(), problems(src));

        Fixtures.write(src.resolve("site.yaml"), site.replace(entry, entry + ", 信息公开年报期限: 01-28"));
        assertEquals(List.of(file + ":3:7: 警告: 发布日期: 填写 2024-02-01，晚于发布期限 2024-01-28（site.yaml 的信息公开年报期限）"),
                problems(src));
    }

    @Test
    void aWebsitesBodyIsItsNameWithout门户网站UnlessSiteYamlNamesIt() throws IOException {
        assertEquals("示例市人民政府", Site.bodyOf("示例市人民政府门户网站"));
        assertEquals("示例市教育局", Site.bodyOf("示例市教育局网站"));
        assertEquals("示例市教育局", Site.bodyOf("示例市教育局"));
        assertEquals("网站", Site.bodyOf("网站"));
        Column demo = ColumnCheck.read(Fixtures.DEMO, Long.MAX_VALUE).column();
        Report menhu = demo.xxgkReports().stream().filter(r -> r.file().equals("reports/2023/menhu.xxgk.md"))
                .findFirst().orElseThrow();
        assertEquals("示例市人民政府政府信息公开工作年度报告（2023年度）", menhu.title());
        assertEquals("示例市人民政府门户网站政府网站工作年度报表（2023年度）", demo.reports().stream()
                .filter(r -> r.file().equals("reports/2023/menhu.md")).findFirst().orElseThrow().title());

        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        String site = Fixtures.read(src.resolve("site.yaml"));
        String entry = "{ 代号: chengdong, 名称: 示例市城东区人民政府门户网站, 层级: 区县政府门户网站, 起始年度: 2021";
        assertTrue(site.contains(entry));
        Fixtures.write(src.resolve("site.yaml"), site.replace(entry, entry + ", 机关名称: 城东区人民政府"));
        assertEquals("城东区人民政府", ColumnCheck.read(src, Long.MAX_VALUE).column().config().body("chengdong")
                .orElseThrow().body());
    }
}
