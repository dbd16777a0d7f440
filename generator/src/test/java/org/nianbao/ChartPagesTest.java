package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts as a reader and an editor meet them: figures on the pages, the gallery, the files beside them. */
class ChartPagesTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildDemo() throws IOException {
        out = tmp.resolve("column");
        assertTrue(Fixtures.build(Fixtures.DEMO, out).written());
    }

    @Test
    void aReportPageShowsEachChartAsAFigureWithAltTextDataTableAndFiles() {
        Path page = out.resolve("2023/jiaoyuju/index.html");
        Document doc = Jsoup.parse(Fixtures.read(page));
        List<Element> figures = doc.select("section.charts-section figure.chart");
        assertEquals(6, figures.size());
        Element publish = figures.get(0);
        Element img = publish.selectFirst("img");
        assertEquals("../../charts/2023/jiaoyuju/publish.svg", img.attr("src"));
        assertEquals("示例市教育局2023年度信息发布，条形图，单位：条。"
                + "概况类信息更新量 44，政务动态信息更新量 709，信息公开目录信息更新量 461。", img.attr("alt"));
        // the image draws its title: no caption repeats it, the data table's caption names it
        assertNull(publish.selectFirst("figcaption"));
        Element table = publish.selectFirst("details.chart-table table");
        assertEquals("示例市教育局2023年度信息发布（单位：条；来源：示例市教育局）", table.selectFirst("caption").text());
        assertEquals(List.of("概况类信息更新量", "44"), table.select("tbody tr").get(0).children().eachText());
        for (Element figure : figures) {
            for (Element a : figure.select("a[href]")) {
                assertTrue(Files.isRegularFile(page.getParent().resolve(a.attr("href")).normalize()), a.attr("href"));
            }
            assertTrue(Files.isRegularFile(page.getParent().resolve(figure.selectFirst("img").attr("src")).normalize()));
        }
        // the charts come after the official table
        assertTrue(doc.html().indexOf("form-table") < doc.html().indexOf("charts-section"));
    }

    @Test
    void siteAndYearPagesShowTheirChartsAndTheYearLinksItsGallery() {
        Document site = Jsoup.parse(Fixtures.read(out.resolve("sites/jiaoyuju/index.html")));
        assertEquals(3, site.select("figure.chart").size());
        Document year = Jsoup.parse(Fixtures.read(out.resolve("2023/index.html")));
        assertEquals(6, year.select("figure.chart").size());
        assertEquals("../charts/2023/index.html", year.selectFirst("a[href$=charts/2023/index.html]").attr("href"));
    }

    @Test
    void theGalleryOffersEveryChartOfTheYearWithACopyableImgSnippet() throws IOException {
        Path page = out.resolve("charts/2023/index.html");
        Document gallery = Jsoup.parse(Fixtures.read(page));
        long files;
        try (Stream<Path> s = Files.walk(out.resolve("charts/2023"))) {
            files = s.filter(p -> p.toString().endsWith("@2x.png")).count();
        }
        List<Element> figures = gallery.select("figure.chart");
        assertEquals(files, figures.size(), "every chart of the year");
        for (Element figure : figures) {
            Element textarea = figure.selectFirst("textarea[readonly]");
            assertEquals(textarea.id(), figure.selectFirst("label").attr("for"));
            Element snippet = Jsoup.parseBodyFragment(textarea.text()).selectFirst("img");
            Element shown = figure.selectFirst("img");
            assertEquals(shown.attr("src"), snippet.attr("src"));
            assertEquals(shown.attr("alt"), snippet.attr("alt"));
            assertTrue(snippet.attr("alt").length() > 20);
            assertTrue(Files.isRegularFile(page.getParent().resolve(snippet.attr("src")).normalize()));
            // the one PNG there is, the 2x one, shown at the style's size
            assertTrue(snippet.attr("src").endsWith("@2x.png"), snippet.attr("src"));
            assertFalse(snippet.hasAttr("srcset"));
            assertEquals(List.of("800", "450"), List.of(snippet.attr("width"), snippet.attr("height")));
            for (Element a : figure.select("a[href]")) {
                assertTrue(Files.isRegularFile(page.getParent().resolve(a.attr("href")).normalize()), a.attr("href"));
            }
        }
    }

    /** A chart's PNG other than its 2x one, as a page or snippet would name it. */
    private static final java.util.regex.Pattern ONE_X = java.util.regex.Pattern.compile("charts/[^\"'\\s&]*?(?<!@2x)\\.png");

    /** By default each chart has one PNG, at 2x: no {@code <chart>.png} is written, and no page names one. */
    @Test
    void aDefaultBuildWritesEachChartOnceAt2xAndNamesNo1xPng() throws IOException {
        List<Path> pngs = files(out, ".png");
        assertFalse(pngs.isEmpty());
        for (Path png : pngs) {
            assertTrue(png.getFileName().toString().endsWith("@2x.png"), "a 1x PNG: " + png);
            assertEquals(List.of(1600, 900), pngSize(png), png.toString());
        }
        for (Path html : files(out, ".html")) {
            java.util.regex.Matcher m = ONE_X.matcher(Fixtures.read(html));
            assertFalse(m.find(), () -> "a 1x PNG named in " + html + ": " + m.group());
        }
    }

    /**
     * 图表一倍图: 是 in site.yaml, or {@link Config.Builder#chartPng1x}, adds each chart's 1x PNG (800 × 450),
     * which the pages then link and the snippets use with the 2x in srcset; the two ways give the same
     * column, and every other file is the default build's.
     */
    @Test
    void aSiteOrTheBuilderAsksForThe1xPngToo() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("png1x-src"));
        Fixtures.write(src.resolve("site.yaml"), Fixtures.read(src.resolve("site.yaml")) + "图表一倍图: 是\n");
        Path bySite = tmp.resolve("png1x-site");
        assertTrue(Fixtures.build(src, bySite).written());
        Path byConfig = tmp.resolve("png1x-config");
        assertTrue(Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(byConfig).chartPng1x(true).build())
                .written());
        Map<String, String> site = hashes(bySite);
        assertEquals(site, hashes(byConfig));

        Map<String, String> plain = hashes(out);
        for (Path twice : files(out, "@2x.png")) {
            String one = out.relativize(twice).toString().replace("@2x.png", ".png");
            assertEquals(List.of(800, 450), pngSize(bySite.resolve(one)), one);
            assertEquals(plain.get(out.relativize(twice).toString()), site.get(out.relativize(twice).toString()));
        }
        Map<String, String> rest = new TreeMap<>(site);
        rest.keySet().removeIf(p -> p.endsWith(".html") || p.endsWith(".png") && !p.endsWith("@2x.png"));
        Map<String, String> plainRest = new TreeMap<>(plain);
        plainRest.keySet().removeIf(p -> p.endsWith(".html"));
        assertEquals(plainRest, rest, "only the 1x PNGs and the pages that name them differ");
        assertEquals(plain.size() + files(out, "@2x.png").size(), site.size());

        Path page = bySite.resolve("charts/2023/index.html");
        Document gallery = Jsoup.parse(Fixtures.read(page));
        for (Element figure : gallery.select("figure.chart")) {
            Element snippet = Jsoup.parseBodyFragment(figure.selectFirst("textarea").text()).selectFirst("img");
            assertTrue(snippet.attr("src").endsWith(".png") && !snippet.attr("src").endsWith("@2x.png"));
            assertEquals(snippet.attr("src").replace(".png", "@2x.png 2x"), snippet.attr("srcset"));
            assertEquals(snippet.attr("src"), figure.selectFirst("img").attr("src"));
            assertEquals(List.of(snippet.attr("src"), snippet.attr("src").replace(".png", "@2x.png")),
                    figure.select("a[href$=.png]").eachAttr("href"));
        }
        Document report = Jsoup.parse(Fixtures.read(bySite.resolve("2023/jiaoyuju/index.html")));
        assertEquals(List.of("../../charts/2023/jiaoyuju/publish.png", "../../charts/2023/jiaoyuju/publish@2x.png"),
                report.selectFirst("figure.chart").select("a[href$=.png]").eachAttr("href"));
        assertEquals(List.of(), LinkCheck.run(bySite).problems());
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Each file's SHA-256, by its path in the folder. */
    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), org.nianbao.source.Sha256.of(Files.readAllBytes(p)));
            }
        }
        return all;
    }

    /** Width and height from the PNG's header (IHDR). */
    private static List<Integer> pngSize(Path png) throws IOException {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(Files.readAllBytes(png), 0, 24);
        assertEquals(0x89504e47, header.getInt(0), "a PNG: " + png);
        assertEquals(0x49484452, header.getInt(12), "IHDR first");
        return List.of(header.getInt(16), header.getInt(20));
    }

    @Test
    void aLabelTheChartFontCannotDrawFailsTheBuildAndNamesTheCharacter() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("rare"));
        Path yaml = src.resolve("site.yaml");
        Fixtures.write(yaml, Fixtures.read(yaml).replace("名称: 示例市教育局", "名称: 示例市䶮教育局"));
        Path column = tmp.resolve("rare-column");
        BuildResult result = Fixtures.build(src, column);
        assertFalse(result.written());
        // one error per file that the text comes from, however many charts draw it
        List<String> files = result.diagnostics().stream()
                .filter(d -> d.isError() && d.message().contains("“䶮”") && d.message().contains("图表字体"))
                .map(org.nianbao.diagnostic.Diagnostic::file).toList();
        assertEquals(List.of("reports/2021/jiaoyuju.md", "reports/2021/jiaoyuju.xxgk.md", "reports/2022/jiaoyuju.md",
                "reports/2022/jiaoyuju.xxgk.md", "reports/2023/jiaoyuju.md", "reports/2023/jiaoyuju.xxgk.md", "site.yaml"),
                files, result.diagnostics().toString());
        assertFalse(Files.exists(column));
    }

    /** An invisible character that reaches a chart (here through a form's label) is named as such, not as a glyph. */
    @Test
    void anInvisibleCharacterInAChartIsNamedByItsCodePoint() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("invisible"));
        Fixtures.write(src.resolve("forms/work.yaml"), "rename:\n  publish.disclosure: \"信息公开目录\\u200b信息更新量\"\n");
        try (Stream<Path> s = Files.walk(src.resolve("reports"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                Fixtures.write(p, Fixtures.read(p).replace("  信息公开目录信息更新量:", "  \"信息公开目录\u200b信息更新量\":"));
            }
        }
        BuildResult result = Fixtures.build(src, tmp.resolve("invisible-column"));
        List<String> messages = result.diagnostics().stream().filter(d -> d.isError())
                .map(org.nianbao.diagnostic.Diagnostic::message).distinct().toList();
        assertEquals(List.of("“信息公开目录\u200b信息更新量”中有不可见的 U+200B（零宽空格），图表会显示为方框：请删除它"),
                messages);
    }

    @Test
    void aSiteCanNameItsOwnChartFont() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("own-font"));
        byte[] font = org.nianbao.render.Theme.load("default", getClass().getClassLoader())
                .resource("fonts/NotoSansSC-nianbao-subset.otf");
        Files.createDirectories(src.resolve("fonts"));
        Files.write(src.resolve("fonts/my.otf"), font);
        Path yaml = src.resolve("site.yaml");
        Fixtures.write(yaml, Fixtures.read(yaml) + "图表字体: fonts/my.otf\n");
        Path column = tmp.resolve("own-font-column");
        assertTrue(Fixtures.build(src, column).written());
        assertTrue(Files.size(column.resolve("charts/2023/jiaoyuju/publish@2x.png")) > 1000);

        Fixtures.write(yaml, Fixtures.read(yaml).replace("图表字体: fonts/my.otf", "图表字体: ../my.otf"));
        BuildResult bad = Fixtures.build(src, column);
        assertFalse(bad.written());
        String message = bad.diagnostics().get(0).toString();
        assertTrue(message.matches("site\\.yaml:\\d+:\\d+: 图表字体: “\\.\\./my\\.otf”不可用.*"), message);
    }

    @Test
    void aFileThatIsNotAFontIsNamedAsTheSiteGaveIt() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("not-a-font"));
        Fixtures.write(src.resolve("fonts/my.ttf"), "这不是字体文件");
        Path yaml = src.resolve("site.yaml");
        Fixtures.write(yaml, Fixtures.read(yaml) + "图表字体: fonts/my.ttf\n");
        BuildResult bad = Fixtures.build(src, tmp.resolve("not-a-font-column"));
        assertFalse(bad.written());
        assertEquals(List.of("site.yaml: 图表字体: 无法读取字体文件 fonts/my.ttf：不是可用的 TrueType 或 OpenType 字体"
                + "（.ttf、.otf 或 .ttc），请换用完整的字体文件"), bad.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void withoutChartsThePagesKeepTheirTablesAndNoChartIsDrawn() throws IOException {
        Path column = tmp.resolve("no-charts");
        BuildResult result = Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(column).charts(false).build());
        assertTrue(result.written());
        Document report = Jsoup.parse(column.resolve("2023/jiaoyuju/index.html").toFile(), "UTF-8");
        assertFalse(report.select("table.form-table").isEmpty());
        assertTrue(report.select("figure.chart").isEmpty());
        Document year = Jsoup.parse(column.resolve("2023/index.html").toFile(), "UTF-8");
        assertTrue(year.select("a[href$=charts/2023/index.html]").isEmpty(), "no link to a gallery");
        assertFalse(Files.exists(column.resolve("charts")));
    }

    /** One figure, one way of printing it: the report's table, the site page's table and the chart all say 373,336. */
    @Test
    void aFigureReadsTheSameInTheTablesAndInTheChart() {
        Document report = Jsoup.parse(Fixtures.read(out.resolve("2023/jiaoyuju/index.html")));
        assertEquals("373,336", report.selectFirst("td[data-key=网站基本信息/独立用户访问总量]").text());
        Document site = Jsoup.parse(Fixtures.read(out.resolve("sites/jiaoyuju/index.html")));
        Element row = site.select("table.trend-table tr").stream()
                .filter(tr -> tr.child(0).text().startsWith("独立用户访问总量")).findFirst().orElseThrow();
        assertTrue(row.select("td").eachText().contains("373,336"), row.text());
        Document svg = Jsoup.parse(Fixtures.read(out.resolve("charts/sites/jiaoyuju/visits.svg")), "", org.jsoup.parser.Parser.xmlParser());
        assertTrue(svg.select("text").eachText().contains("373,336"), "the chart labels the bar 373,336");
        assertTrue(site.select("figure.chart td.number").eachText().contains("373,336"), "the chart's data table too");
        // every figure of the report's tables is grouped the same way, whole or with decimals
        for (Element td : report.select("td.number")) {
            assertTrue(td.text().matches("—|-?\\d{1,3}(,\\d{3})*(\\.\\d+)?"), td.text());
        }
        // a data download keeps the plain digits
        assertTrue(Fixtures.read(out.resolve("2023/jiaoyuju/report.csv")).contains(",373336,"), "report.csv");
    }
}
