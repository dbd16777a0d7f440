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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Builds the demo column with its 政府信息公开工作年度报告 and reads their pages as a reader does: every
 * figure of every source is in the cell its row's and its column's heads name, as the table's grid places them
 * (rowspan and colspan followed), not by a key the generator wrote.
 */
class XxgkPagesTest {
    @TempDir
    static Path tmp;
    static Path src;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        src = Fixtures.copyDemo(tmp.resolve("src"));
        if (sources(src).isEmpty()) {
            Fixtures.copyResources("/xxgk", src);
        }
        out = tmp.resolve("column");
        result = Fixtures.build(src, out);
    }

    static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("reports"))) {
            return s.filter(p -> p.toString().endsWith(".xxgk.md")).sorted().toList();
        }
    }

    @Test
    void theColumnBuildsWithoutErrors() {
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.toString().contains("错误")),
                result.diagnostics().toString());
    }

    /**
     * Each figure's row path (the keys above it, from below its part) and column are its cell's heads: the
     * row heads to its left, the column heads above it and the table's caption; exactly one cell has them.
     */
    @Test
    void everyFigureOfEverySourceIsInTheCellItsHeadsName() throws IOException {
        List<Path> sources = sources(src);
        assertFalse(sources.isEmpty());
        int checked = 0;
        for (Path source : sources) {
            String year = source.getParent().getFileName().toString();
            String slug = source.getFileName().toString().replace(".xxgk.md", "");
            Path file = out.resolve("xxgk").resolve(year).resolve(slug).resolve("index.html");
            assertTrue(Files.exists(file), file.toString());
            Document page = Jsoup.parse(file.toFile());
            List<Slot> cells = cells(page);
            Map<String, Object> fm = rawFrontMatter(source);
            assertEquals(fm.get("发布日期"), page.selectFirst("meta[name=PubDate]").attr("content"), source.toString());
            List<String> failures = new ArrayList<>();
            int before = checked;
            for (Map.Entry<String, Object> e : fm.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> part) {
                    checked += compare(cells, e.getKey(), List.of(), part, failures);
                }
            }
            assertEquals(List.of(), failures, source.toString());
            // part 二: 10 figures; part 三: 25 rows × 7; part 四: 15
            assertEquals(10 + 25 * 7 + 15, checked - before, source.toString());
            assertEquals(checked - before, cells.size(), source + ": every value cell of the page holds a figure");
        }
    }

    /**
     * A year page names each body expected that year: its report with the day it was published, late by its own
     * deadline (a department's 31 January), or 未发布; the lead counts them.
     */
    @Test
    void theYearPageTellsWhoPublishedWhoWasLateAndWhoIsMissing() throws IOException {
        Path late = Fixtures.copyDemo(tmp.resolve("late"));
        Path file = late.resolve("reports/2023/jiaoyuju.xxgk.md");
        if (!Files.exists(file)) {
            Fixtures.copyResources("/xxgk", late);
        }
        String text = Fixtures.read(file);
        Fixtures.write(file, text.replaceFirst("发布日期: [0-9-]+", "发布日期: 2024-02-05"));
        Path column = tmp.resolve("late-column");
        Fixtures.build(late, column);
        org.nianbao.model.Column model = org.nianbao.check.ColumnCheck.read(late, Long.MAX_VALUE).column();
        List<org.nianbao.model.Site> expected = model.config().bodies().stream().filter(s -> s.expectedIn(2023)).toList();
        Set<String> published = new LinkedHashSet<>(model.xxgkReports().stream().filter(r -> r.year() == 2023)
                .map(r -> r.site().body()).toList());

        Document page = Jsoup.parse(column.resolve("xxgk/2023/index.html").toFile());
        List<Element> rows = page.select("table.entries tbody tr");
        assertEquals(expected.size(), rows.size());
        for (Element row : rows) {
            String status = row.selectFirst("td.status").text();
            String name = row.selectFirst("td").text();
            if (name.startsWith("示例市教育局")) {
                assertEquals("2024-02-05", row.selectFirst("td.date").text());
                assertEquals("逾期发布（期限 2024-01-31，晚 5 天）", status);
                assertEquals("../../xxgk/2023/jiaoyuju/index.html", row.selectFirst("td a").attr("href"));
            } else if (published.stream().noneMatch(name::startsWith)) {
                assertEquals("未发布", status, name);
            }
        }
        long missing = expected.size() - published.size();
        String lead = page.selectFirst("p.lead").text();
        assertTrue(lead.startsWith("2023年度应发布 " + expected.size() + " 份，已发布 " + published.size() + " 份（其中逾期 1 份）"
                + (missing > 0 ? "，未发布 " + missing + " 份" : "")), lead);
    }

    /** The home page's second part lists the years of the 政府信息公开工作年度报告 and the newest year's bodies. */
    @Test
    void theHomePageHasAPartForTheReports() throws IOException {
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        Element part = home.selectFirst("section.xxgk-home");
        assertNotNull(part);
        List<String> years = part.select(".year-list a").eachText();
        assertFalse(years.isEmpty());
        for (Element a : part.select(".year-list a")) {
            assertTrue(Files.exists(out.resolve(a.attr("href"))), a.attr("href"));
        }
        String newest = years.get(0).replace("年度", "");
        for (Path source : sources(src)) {
            if (source.getParent().getFileName().toString().equals(newest)) {
                String slug = source.getFileName().toString().replace(".xxgk.md", "");
                assertNotNull(part.selectFirst("a[href=xxgk/" + newest + "/" + slug + "/index.html]"), slug);
            }
        }
    }

    /** Each report's JSON and CSV carry every cell of its matrices; the year's CSV has a row per body. */
    @Test
    void theOpenDataCarryEveryCell() throws IOException {
        for (Path source : sources(src)) {
            String year = source.getParent().getFileName().toString();
            String slug = source.getFileName().toString().replace(".xxgk.md", "");
            Path folder = out.resolve("xxgk").resolve(year).resolve(slug);
            Document page = Jsoup.parse(folder.resolve("index.html").toFile());
            assertNotNull(page.selectFirst("a[href=report.json]"));
            assertNotNull(page.selectFirst("a[href=report.csv]"));
            String csv = Fixtures.read(folder.resolve("report.csv"));
            Map<String, Object> json = new Yaml().load(Fixtures.read(folder.resolve("report.json")));
            assertEquals("xxgk", json.get("form"));
            Map<String, String> byKey = new HashMap<>();
            for (Object o : (List<?>) json.get("rows")) {
                Map<?, ?> row = (Map<?, ?>) o;
                assertEquals("matrix", row.get("type"));
                ((Map<?, ?>) row.get("value")).forEach((column, v) -> byKey.put(
                        String.join("/", ((List<?>) row.get("labels")).stream().map(String::valueOf).toList()) + "/" + column,
                        String.valueOf(v)));
            }
            for (Element td : page.select("td.v")) {
                String key = td.attr("data-key");
                String value = td.text().replace(",", "");
                assertEquals(value, byKey.get(key), key);
                assertTrue(csv.contains("\r\n" + key + ",") && csv.contains("," + value + ","), key);
            }
        }
        Path yearCsv = out.resolve("data/xxgk-all-" + sources(src).get(sources(src).size() - 1).getParent().getFileName() + ".csv");
        List<String> lines = Fixtures.read(yearCsv).lines().toList();
        assertTrue(lines.get(0).contains("三、收到和处理政府信息公开申请情况/一、本年新收政府信息公开申请数量/法人或其他组织/商业企业"),
                lines.get(0));
    }

    private static int compare(List<Slot> cells, String part, List<String> path, Map<?, ?> map, List<String> failures) {
        int n = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (e.getValue() instanceof Map<?, ?> inner) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(key);
                n += compare(cells, part, deeper, inner, failures);
                continue;
            }
            n++;
            String raw = String.valueOf(e.getValue()).strip();
            List<Slot> found = cells.stream().filter(c -> c.part.equals(part) && c.matches(path, key)).toList();
            if (found.size() != 1) {
                failures.add(part + "/" + String.join("/", path) + " " + key + ": " + found.size() + " cells");
            } else if (!found.get(0).text.replace(",", "").equals(raw)) {
                failures.add(part + "/" + String.join("/", path) + " " + key + ": source " + raw + ", page "
                        + found.get(0).text);
            }
        }
        return n;
    }

    /** A value cell with the heads the table gives it. */
    record Slot(String part, String caption, List<String> rowHeads, List<String> columnHeads, String text) {
        /** Whether {@code path} and {@code column} are this cell's heads: the row's and the column's, in full. */
        boolean matches(List<String> path, String column) {
            if (columnHeads.isEmpty() || !columnHeads.get(columnHeads.size() - 1).equals(column)) {
                return false;
            }
            Set<String> heads = new LinkedHashSet<>(rowHeads);
            heads.addAll(columnHeads);
            heads.add(caption);
            return path.containsAll(rowHeads) && heads.containsAll(path);
        }
    }

    /** Every value cell of the page's tables, with the heads over it and to its left in the table's grid. */
    static List<Slot> cells(Document page) {
        List<Slot> slots = new ArrayList<>();
        for (Element table : page.select("article table")) {
            Element section = table.closest("section");
            String part = section == null ? "" : section.selectFirst("h2").text();
            String caption = table.selectFirst("caption").text().replaceFirst("（单位：[^）]*）$", "");
            Map<Long, Element> grid = new HashMap<>();
            List<Element> rows = table.select("tr");
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Element cell : rows.get(r).children()) {
                    while (grid.containsKey(key(r, c))) {
                        c++;
                    }
                    int rowspan = span(cell, "rowspan");
                    int colspan = span(cell, "colspan");
                    for (int dr = 0; dr < rowspan; dr++) {
                        for (int dc = 0; dc < colspan; dc++) {
                            grid.put(key(r + dr, c + dc), cell);
                        }
                    }
                    c += colspan;
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                for (Element td : rows.get(r).select("> td.v")) {
                    int c = column(grid, r, td);
                    List<String> rowHeads = new ArrayList<>();
                    for (int x = 0; x < c; x++) {
                        Element h = grid.get(key(r, x));
                        if (h != null && h.tagName().equals("th") && h.attr("scope").equals("row")
                                && !rowHeads.contains(h.text())) {
                            rowHeads.add(h.text());
                        }
                    }
                    List<String> columnHeads = new ArrayList<>();
                    for (int y = 0; y < r; y++) {
                        Element h = grid.get(key(y, c));
                        if (h != null && h.tagName().equals("th") && h.attr("scope").startsWith("col")
                                && !columnHeads.contains(h.text())) {
                            columnHeads.add(h.text());
                        }
                    }
                    slots.add(new Slot(part, caption, rowHeads, columnHeads, td.text()));
                }
            }
        }
        return slots;
    }

    private static int column(Map<Long, Element> grid, int row, Element td) {
        for (int c = 0; ; c++) {
            if (grid.get(key(row, c)) == td) {
                return c;
            }
        }
    }

    private static long key(int row, int column) {
        return (long) row << 32 | column;
    }

    private static int span(Element cell, String attribute) {
        return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
    }

    /** The front matter with every scalar kept as the text written (no YAML type guessing). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> rawFrontMatter(Path source) {
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
}
