package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.source.FrontMatter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Builds the demo column once and checks it as a reader of the pages would. */
class DemoColumnTest {
    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void buildDemo() throws IOException {
        out = tmp.resolve("column");
        result = Fixtures.build(Fixtures.DEMO, out);
    }

    @Test
    void demoBuildsWithoutProblems() {
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        assertTrue(result.reports() >= 12 * 3 + 3, "12 sites and a supervision report × 3 years at least, got "
                + result.reports());
    }

    /** Every figure written in every report's front matter is shown, as written, in its page's table. */
    @Test
    void everyFigureAppearsInItsTable() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Fixtures.DEMO.resolve("reports"))) {
            // the 年度报表; the 政府信息公开工作年度报告 (.xxgk.md) have pages of their own
            sources = s.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".xxgk.md")).sorted().toList();
        }
        assertTrue(sources.size() >= 36);
        int checked = 0;
        for (Path source : sources) {
            String year = source.getParent().getFileName().toString();
            String slug = source.getFileName().toString().replace(".md", "").replace("_supervision", "supervision");
            Document page = Jsoup.parse(out.resolve(year).resolve(slug).resolve("index.html").toFile());
            Map<String, Object> figures = rawFrontMatter(source);
            assertEquals(figures.get("发布日期"), page.selectFirst("meta[name=PubDate]").attr("content"), source.toString());
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Object> e : figures.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> section && !e.getKey().equals("问责记录")) {
                    checked += compare(page, e.getKey(), section, failures);
                }
            }
            assertEquals(List.of(), failures, source.toString());
        }
        assertTrue(checked > 36 * 60, "figures checked: " + checked);
    }

    private static int compare(Document page, String path, Map<?, ?> map, List<String> failures) {
        int n = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = path + "/" + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> group) {
                n += compare(page, key, group, failures);
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                for (int i = 0; i < list.size(); i++) {
                    n += compare(page, key + "/" + (i + 1), (Map<?, ?>) list.get(i), failures);
                }
            } else if (v instanceof List<?> options) {
                String cell = cell(page, key);
                for (Object option : options) {
                    n++;
                    if (cell == null || !cell.contains("☑" + option)) {
                        failures.add(key + ": option " + option + " not ticked in " + cell);
                    }
                }
            } else {
                n++;
                String cell = cell(page, key);
                // figures print grouped by thousands (FigureFormat): 373336 shows as 373,336
                String raw = String.valueOf(v).strip();
                // (codes such as 标识码 are text and keep their digits as they are)
                boolean number = raw.matches("-?\\d+(\\.\\d+)?");
                if (!raw.equals(cell) && !(number && org.nianbao.form.FigureFormat.of(new java.math.BigDecimal(raw)).equals(cell))) {
                    failures.add(key + ": source " + v + ", page " + cell);
                }
            }
        }
        return n;
    }

    private static String cell(Document page, String key) {
        Element td = page.selectFirst("td[data-key=\"" + key + "\"]");
        return td == null ? null : td.text();
    }

    /** The front matter with every scalar kept as the text written (no YAML type guessing). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> rawFrontMatter(Path source) {
        FrontMatter fm = FrontMatter.split(Fixtures.read(source).replace("\r\n", "\n"));
        assertNotNull(fm.yaml(), source.toString());
        LoaderOptions lo = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // every plain scalar stays a string
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(lo), new Representer(dumper), dumper, lo, stringsOnly);
        return (Map<String, Object>) yaml.load(new StringReader(fm.yaml()));
    }

    /**
     * A site's web address is a link, in its report and on its site page, and may wrap only between its
     * parts (on a phone, "jyj.shili." and "gov.cn/", never "jyj.sh" and "ili").
     */
    @Test
    void webAddressesAreLinksThatWrapBetweenTheirParts() throws IOException {
        Document report = Jsoup.parse(out.resolve("2023/jiaoyuju/index.html").toFile());
        Element link = report.selectFirst("td[data-key=\"网站基本信息/首页网址\"] > a");
        assertNotNull(link);
        assertEquals("https://jyj.shili.gov.cn/", link.attr("href"));
        assertEquals("https://jyj.shili.gov.cn/", link.text());
        assertEquals("https://<wbr>jyj.<wbr>shili.<wbr>gov.<wbr>cn/", link.html());
        Document site = Jsoup.parse(out.resolve("sites/jiaoyuju/index.html").toFile());
        List<String> hrefs = site.select(".trend-table td.url a").eachAttr("href");
        assertEquals(Collections.nCopies(site.select(".trend-table thead tr:last-child th").size() - 1, "https://jyj.shili.gov.cn/"), hrefs);
    }

    /** No page loads anything from outside, no URL is root-relative, every internal link and fragment resolves. */
    @Test
    void everyLinkStaysInsideAndResolves() throws IOException {
        LinkCheck.Result links = LinkCheck.run(out);
        assertEquals(List.of(), links.problems());
        assertTrue(links.pages() > 40, "pages checked: " + links.pages());
        assertTrue(links.urls() > 500, "links checked: " + links.urls());
    }

    @Test
    void everyYearListsEverySiteGroupedByLevel() {
        Document year = Jsoup.parse(Fixtures.read(out.resolve("2023/index.html")));
        List<String> levels = year.select("h2.group-title").eachText();
        assertEquals(3, levels.size(), levels.toString());
        assertTrue(levels.get(0).startsWith("市政府门户网站"));
        assertFalse(year.select("td.date").isEmpty());
        long sources = Fixtures.read(Fixtures.DEMO.resolve("site.yaml")).lines()
                .filter(l -> l.contains("代号:") && l.contains("层级:")).count(); // the sites, not the 机关
        assertEquals(sources, year.select("table.entries a[href]").stream()
                .filter(a -> a.attr("href").matches("\\.\\./2023/[a-z0-9-]+/index\\.html")).count());
        assertEquals("../2023/supervision/index.html", year.selectFirst(".supervision-link a").attr("href"));
    }

    /**
     * Each page has one h1, so that a screen reader's outline starts with the page's own title: the home
     * page's is the column's title in the masthead (not repeated below it); elsewhere the masthead's title
     * links home.
     */
    @Test
    void everyPageHasOneTopHeading() throws IOException {
        String title = Fixtures.read(Fixtures.DEMO.resolve("site.yaml")).lines().filter(l -> l.startsWith("栏目名称:"))
                .map(l -> l.substring("栏目名称:".length()).trim()).findFirst().orElseThrow();
        List<String> failures = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path page : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document d = Jsoup.parse(Fixtures.read(page));
                if (d.selectFirst("header.masthead") == null) {
                    continue; // the homepage box for portals is a fragment without the column's masthead
                }
                pages++;
                String path = out.relativize(page).toString().replace('\\', '/');
                if (d.select("h1").size() != 1) {
                    failures.add(path + ": " + d.select("h1").eachText());
                }
                if (path.equals("index.html")) {
                    Element h1 = d.selectFirst("h1");
                    if (h1 == null || !h1.hasClass("column-title") || !h1.text().equals(title)
                            || h1.closest("header.masthead") == null) {
                        failures.add(path + ": the masthead's h1 should be the column title " + title);
                    }
                } else if (d.select("header.masthead .column-title a[href$=index.html]").isEmpty()) {
                    failures.add(path + ": the masthead's title should link home");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(pages > 40, "pages checked: " + pages);
    }
}
