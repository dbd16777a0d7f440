package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feed, the per-report CSV, the sitemap and canonical links, read as their consumers would. */
class OpenDataTest {
    @TempDir
    Path tmp;

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Path> pages(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void feedListsEveryReportWithUniqueIdsAndWorkingLinks() throws Exception {
        Path out = tmp.resolve("column");
        BuildResult result = Fixtures.build(Fixtures.DEMO, out);
        Document feed = xml(out.resolve("feed.xml"));
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertEquals(result.reports(), entries.getLength());
        Set<String> ids = new HashSet<>();
        String previous = "9999";
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            assertTrue(ids.add(e.getElementsByTagNameNS(atom, "id").item(0).getTextContent()));
            String updated = e.getElementsByTagNameNS(atom, "updated").item(0).getTextContent();
            assertTrue(updated.matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+08:00"), updated);
            assertTrue(updated.compareTo(previous) <= 0, "newest first");
            previous = updated;
            String href = ((Element) e.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href");
            assertTrue(Files.isRegularFile(out.resolve(href)), href);
        }
        assertTrue(Jsoup.parse(Fixtures.read(out.resolve("index.html")))
                .selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href").equals("feed.xml"));
    }

    /** The feed is dated the output timestamp, never before its newest report; a new timestamp rewrites it. */
    @Test
    void feedIsDatedTheOutputTimestamp() throws Exception {
        Path out = tmp.resolve("column");
        java.util.function.Function<String, String> updated = timestamp -> {
            try {
                Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(out).charts(false)
                        .outputTimestamp(timestamp).build());
                return xml(out.resolve("feed.xml")).getDocumentElement().getElementsByTagNameNS(
                        "http://www.w3.org/2005/Atom", "updated").item(0).getTextContent();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        assertEquals("2024-01-31T08:00:00+08:00", updated.apply("2024-01-31T00:00:00Z"));
        assertEquals("2024-02-01T09:30:15+08:00", updated.apply("2024-02-01T01:30:15.250Z"));
        assertEquals("2024-01-28T00:00:00+08:00", updated.apply(null), "no timestamp: the newest report's date");
        assertEquals("2024-01-28T00:00:00+08:00", updated.apply("2024-01-27T00:00:00Z"), "not before the newest report");
    }

    @Test
    void reportCsvHoldsEveryValueOfTheTable() throws IOException {
        Path out = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, out);
        byte[] bytes = Files.readAllBytes(out.resolve("2022/supervision/report.csv"));
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF项目,单位,数值,自动计算\r\n"), "BOM and header");
        List<String> lines = csv.substring(1).lines().toList();
        org.jsoup.nodes.Document page = Jsoup.parse(Fixtures.read(out.resolve("2022/supervision/index.html")));
        List<String> fromPage = new ArrayList<>();
        for (org.jsoup.nodes.Element td : page.select("td[data-key]")) {
            if (!td.hasClass("none")) {
                fromPage.add(td.attr("data-key") + "=" + td.ownText() + "=" + (td.hasClass("computed") ? "是" : "否"));
            }
        }
        List<String> fromCsv = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            fromCsv.add(cells[0] + "=" + cells[2] + "=" + cells[3]);
        }
        assertEquals(fromPage, fromCsv);
        assertTrue(fromCsv.contains("网站抽查情况/问责人次/合计/全年=4=是"), fromCsv.toString());
    }

    @Test
    void eachYearHasOneCsvWithARowPerSiteLinkedFromItsPage() throws IOException {
        Path out = tmp.resolve("column");
        BuildResult result = Fixtures.build(Fixtures.DEMO, out);
        assertTrue(result.ok());
        String csv = new String(Files.readAllBytes(out.resolve("data/all-2023.csv")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "BOM for Excel");
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(1 + 14, lines.size(), "header and one row per site");
        assertTrue(lines.get(0).contains("信息发布/总数"), lines.get(0));
        assertEquals("../data/all-2023.csv", Jsoup.parse(Fixtures.read(out.resolve("2023/index.html")))
                .selectFirst(".downloads a").attr("href"));
    }

    @Test
    void withAnAddressEveryPageHasItsCanonicalLinkAndTheSitemapListsThemAll() throws Exception {
        Path out = tmp.resolve("column");
        Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(out)
                .baseUrl("https://www.shili.gov.cn/zfwzndbb/").build());
        List<Path> pages = pages(out);
        NodeList locs = xml(out.resolve("sitemap.xml")).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent());
        }
        assertEquals(pages.size(), listed.size());
        for (Path p : pages) {
            String url = "https://www.shili.gov.cn/zfwzndbb/" + out.relativize(p).toString().replace('\\', '/');
            assertTrue(listed.contains(url), url);
            org.jsoup.nodes.Document doc = Jsoup.parse(Fixtures.read(p));
            assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("www.shili.gov.cn", doc.selectFirst("meta[name=SiteDomain]").attr("content"));
        }
        String feed = Fixtures.read(out.resolve("feed.xml"));
        assertTrue(feed.contains("<id>https://www.shili.gov.cn/zfwzndbb/2023/jiaoyuju/index.html</id>"), feed);
    }

    @Test
    void withoutAnAddressThereIsNoSitemapNorCanonicalLink() throws IOException {
        Path out = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, out);
        assertTrue(Files.notExists(out.resolve("sitemap.xml")));
        assertTrue(Jsoup.parse(Fixtures.read(out.resolve("index.html"))).select("link[rel=canonical]").isEmpty());
    }
}
