package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 政府信息公开目录 entries above the title of a 政府信息公开工作年度报告's and a 监管年度报表's page: as the
 * report writes them, else as site.yaml gives them; a 索引号 that misses site.yaml's 索引号格式 is an error at
 * its line and column.
 */
class XxgkCatalogTest {
    private static final String XXGK = "reports/2023/jiaoyuju.xxgk.md";
    private static final String SUPERVISION = "reports/2023/_supervision.md";
    private static final String PATTERN = "索引号格式: '^[0-9]{9}-[0-9]{4}-[0-9]{4}$'\n";

    @TempDir
    Path tmp;

    private Path source(String siteYaml) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        if (!java.nio.file.Files.exists(src.resolve(XXGK))) {
            Fixtures.copyResources("/xxgk", src);
        }
        Fixtures.write(src.resolve("site.yaml"), Fixtures.read(src.resolve("site.yaml")) + siteYaml);
        return src;
    }

    /** Gives every 政府信息公开工作年度报告 and 监管年度报表 an 索引号 of the pattern. */
    private static void indexEverywhere(Path src) throws IOException {
        int n = 0;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(src.resolve("reports"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xxgk.md") || p.toString().endsWith("_supervision.md"))
                    .sorted().toList()) {
                if (!Fixtures.read(p).contains("\n索引号:")) {
                    setFrontMatter(src, src.relativize(p).toString(), "索引号: 000014349-2024-" + String.format("%04d", ++n) + "\n");
                }
            }
        }
    }

    private static void setFrontMatter(Path src, String file, String lines) throws IOException {
        String text = Fixtures.read(src.resolve(file));
        Fixtures.write(src.resolve(file), text.replaceFirst("\n发布日期:", "\n" + lines + "发布日期:"));
    }

    private static List<String> errors(Path src) {
        return Nianbao.check(Config.builder(src).build()).diagnostics().stream().map(Object::toString)
                .filter(s -> !s.contains("警告")).toList();
    }

    /** The entries as the page lists them, by their names. */
    private static Map<String, String> entries(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile());
        Element dl = doc.selectFirst("article > dl.catalog");
        assertNotNull(dl, page.toString());
        assertTrue(dl.elementSiblingIndex() < doc.selectFirst("article > h1").elementSiblingIndex(), "above the title");
        Map<String, String> entries = new LinkedHashMap<>();
        for (Element div : dl.select("> div")) {
            entries.put(div.selectFirst("dt").text(), div.selectFirst("dd").text());
        }
        return entries;
    }

    @Test
    void theReportsEntriesAreShownAboveItsTitle() throws IOException {
        Path src = source(PATTERN);
        setFrontMatter(src, XXGK, "索引号: 000014349-2024-0007\n文号: 示教〔2024〕3号\n");
        setFrontMatter(src, SUPERVISION, "索引号: 000014300-2024-0002\n分类: 监管年度报表\n");
        indexEverywhere(src); // the others
        Path out = tmp.resolve("column");
        BuildResult result = Fixtures.build(src, out);
        assertTrue(result.diagnostics().stream().noneMatch(d -> !d.toString().contains("警告")), result.diagnostics().toString());

        String published = Fixtures.read(src.resolve(XXGK)).replaceFirst("(?s).*\n发布日期: ([0-9-]+).*", "$1");
        assertEquals(Map.of("索引号", "000014349-2024-0007", "分类", "政府信息公开年报", "发布机构", "示例市教育局",
                "发文日期", published, "名称", "示例市教育局政府信息公开工作年度报告（2023年度）", "文号", "示教〔2024〕3号",
                "有效性", "有效"), entries(out.resolve("xxgk/2023/jiaoyuju/index.html")));
        Map<String, String> supervision = entries(out.resolve("2023/supervision/index.html"));
        assertEquals("000014300-2024-0002", supervision.get("索引号"));
        assertEquals("监管年度报表", supervision.get("分类"));
        assertEquals("无", supervision.get("文号"));
        Document page = Jsoup.parse(out.resolve("xxgk/2023/jiaoyuju/index.html").toFile());
        assertEquals("示例市教育局", page.selectFirst("meta[name=ContentSource]").attr("content"));
        assertEquals("政府信息公开工作年度报告", page.selectFirst("meta[name=ColumnType]").attr("content"));
        assertEquals("政府信息公开年报,示例市教育局,2023年度", page.selectFirst("meta[name=Keywords]").attr("content"));
        // a work report's page has no such block
        assertEquals(null, Jsoup.parse(out.resolve("2023/jiaoyuju/index.html").toFile()).selectFirst("dl.catalog"));
    }

    @Test
    void site_yamlGivesTheIndexByTemplateAndTheCategory() throws IOException {
        Path src = source("索引号: '000014349-{年度}-{代号}'\n信息公开年报分类: 政府信息公开工作年度报告\n");
        Path out = tmp.resolve("column");
        Fixtures.build(src, out);
        Map<String, String> xxgk = entries(out.resolve("xxgk/2022/jiaoyuju/index.html"));
        assertEquals("000014349-2022-jiaoyuju", xxgk.get("索引号"));
        assertEquals("政府信息公开工作年度报告", xxgk.get("分类"));
        assertEquals("年度报表", entries(out.resolve("2023/supervision/index.html")).get("分类"));
    }

    @Test
    void anIndexOffThePatternIsAnErrorAtIt() throws IOException {
        Path src = source(PATTERN);
        setFrontMatter(src, XXGK, "索引号: 000014349-2024-07\n");
        for (String year : List.of("2021", "2022", "2023")) {
            setFrontMatter(src, "reports/" + year + "/_supervision.md", "索引号: 000014300-" + year + "-0002\n");
        }
        List<String> errors = errors(src);
        List<String> index = errors.stream().filter(e -> e.contains("索引号")).toList();
        assertTrue(index.contains(XXGK + ":3:6: 索引号: 填写为“000014349-2024-07”，不符合 site.yaml 的索引号格式 "
                + "^[0-9]{9}-[0-9]{4}-[0-9]{4}$"), errors.toString());
        // the 2022 report gives none, and site.yaml has no template: it must give one
        assertTrue(index.contains("reports/2022/jiaoyuju.xxgk.md:2:1: 索引号: 缺少此项：site.yaml 设有索引号格式 "
                + "^[0-9]{9}-[0-9]{4}-[0-9]{4}$，应填写本报告在政府信息公开目录中的索引号"), errors.toString());
    }

    @Test
    void aPatternThatIsNoRegularExpressionIsAnErrorInSite_yaml() throws IOException {
        Path src = source("索引号格式: '^[0-9{9}$'\n");
        List<String> errors = errors(src);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("site.yaml:") && errors.get(0).contains(": 索引号格式: “^[0-9{9}$”不是有效的正则表达式"),
                errors.get(0));
    }
}
