package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Year pages tell which expected sites published on time, late, or not at all. */
class CompletenessTest {
    @TempDir
    Path tmp;

    @Test
    void missingAndLateSitesAreShownWithTotals() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Files.delete(src.resolve("reports/2023/chengxi.md"));
        new FrontMatterEditor(src.resolve("reports/2023/caizhengju.md")).set("发布日期", "2024-02-03").save();
        // a province-style earlier deadline for one site
        String site = Fixtures.read(src.resolve("site.yaml")).replace(
                "{ 代号: jiangbei, 名称: 示例市江北区人民政府门户网站, 层级: 区县政府门户网站, 起始年度: 2021, 本级政府: 是 }",
                "{ 代号: jiangbei, 名称: 示例市江北区人民政府门户网站, 层级: 区县政府门户网站, 起始年度: 2021, 本级政府: 是, 发布期限: 01-10 }");
        Fixtures.write(src.resolve("site.yaml"), site);
        FrontMatterEditor jiangbei = new FrontMatterEditor(src.resolve("reports/2023/jiangbei.md"));
        jiangbei.set("发布日期", "2024-01-15").set("填报信息/填报日期", "2024-01-08").save();

        BuildResult result = Fixtures.build(src, tmp.resolve("column"));

        assertTrue(result.ok());
        // (the site's deadline makes its earlier years late too; this test looks at 2023)
        List<String> warnings = result.diagnostics().stream().map(Object::toString)
                .filter(w -> w.startsWith("reports/2023/")).toList();
        assertEquals(List.of(
                "reports/2023/caizhengju.md:3:7: 警告: 发布日期: 填写 2024-02-03，晚于发布期限 2024-01-31（国办函〔2018〕12号要求每年 1 月 31 日前发布）",
                "reports/2023/jiangbei.md:" + jiangbei.location("发布日期")
                        + ": 警告: 发布日期: 填写 2024-01-15，晚于发布期限 2024-01-10（site.yaml 的发布期限）"), warnings);

        Document year = Jsoup.parse(Fixtures.read(tmp.resolve("column/2023/index.html")));
        assertTrue(year.selectFirst(".lead").text().contains("已发布 13 份（其中逾期 2 份），未发布 1 份"), year.selectFirst(".lead").text());
        assertEquals("逾期发布（期限 2024-01-31，晚 3 天）", status(year, "示例市财政局"));
        assertEquals("逾期发布（期限 2024-01-10，晚 5 天）", status(year, "示例市江北区人民政府门户网站"));
        assertEquals("未发布", status(year, "示例市城西区人民政府门户网站"));
        assertEquals("按期发布", status(year, "示例市教育局"));
        List<String> groups = year.select("h2.group-title").eachText();
        assertTrue(groups.contains("区县政府门户网站（应发布 4，已发布 3，其中逾期 1，未发布 1）"), groups.toString());
    }

    private static String status(Document year, String site) {
        for (Element tr : year.select("table.entries tbody tr")) {
            if (tr.child(0).text().startsWith(site)) {
                return tr.selectFirst("td.status").text();
            }
        }
        throw new AssertionError("no line for " + site);
    }
}
