package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo column's supervision reports: derived figures, 问责人次 from raw records, and their privacy. */
class SupervisionTest {
    /** The people named in reports/2022/_supervision.md's 问责记录. */
    static final List<String> RECORD_NAMES = List.of("钱卫东", "冯雅琴", "褚志刚", "卫晓光");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("column");
        assertTrue(Fixtures.build(Fixtures.DEMO, out).ok());
    }

    private static Element cell(Document page, String key) {
        Element td = page.selectFirst("td[data-key=\"" + key + "\"]");
        assertTrue(td != null, "no cell " + key);
        return td;
    }

    @Test
    void leftOutFiguresAreComputedAndMarked() {
        // 2021 gives no 抽查比例 and no 全年: 网站总数 15, checked 5/6/6/8.
        Document page = Jsoup.parse(Fixtures.read(out.resolve("2021/supervision/index.html")));
        Element q1 = cell(page, "网站抽查情况/抽查比例/第一季度");
        assertTrue(q1.hasClass("computed"));
        assertEquals("33.3*（自动计算）", q1.text());
        assertEquals("41.7*（自动计算）", cell(page, "网站抽查情况/抽查比例/全年").text()); // mean of 33.3, 40, 40, 53.3
        assertEquals("25*（自动计算）", cell(page, "网站抽查情况/抽查网站数量/全年").text());
        Element given = cell(page, "网站抽查情况/抽查合格率/第三季度");
        assertFalse(given.hasClass("computed"));
        assertEquals("83.3", given.text());
        assertTrue(page.selectFirst(".table-note").text().contains("自动计算"));
    }

    @Test
    void accountabilityIsCountedFromRecordsOncePerPersonAndQuarterUnderTheHeaviestForm() {
        Document page = Jsoup.parse(Fixtures.read(out.resolve("2022/supervision/index.html")));
        // Q2: one person 约谈+通报批评+书面检查 → 通报批评; another 约谈 → 约谈.
        assertEquals("1", cell(page, "网站抽查情况/问责人次/约谈/第二季度").ownText().replace("*", ""));
        assertEquals("1", cell(page, "网站抽查情况/问责人次/通报批评/第二季度").ownText().replace("*", ""));
        assertEquals("0", cell(page, "网站抽查情况/问责人次/书面检查/第二季度").ownText().replace("*", ""));
        // Q3: 约谈+其他 → 其他 (ranked above 通报批评 in the report's 轻重顺序); 书面检查 → 书面检查.
        assertEquals("1", cell(page, "网站抽查情况/问责人次/其他/第三季度").ownText().replace("*", ""));
        assertEquals("0", cell(page, "网站抽查情况/问责人次/约谈/第三季度").ownText().replace("*", ""));
        assertEquals("4", cell(page, "网站抽查情况/问责人次/合计/全年").ownText().replace("*", ""));
        assertTrue(cell(page, "网站抽查情况/问责人次/合计/全年").hasClass("computed"));
    }

    @Test
    void namesFromRawRecordsAppearNowhereInTheOutput() throws IOException {
        String source = Fixtures.read(Fixtures.DEMO.resolve("reports/2022/_supervision.md"));
        RECORD_NAMES.forEach(name -> assertTrue(source.contains("人员: " + name), "fixture lost " + name));
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 50);
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
            for (String name : RECORD_NAMES) {
                assertFalse(text.contains(name), name + " leaked into " + out.relativize(f));
            }
        }
    }

    @Test
    void otherFormWithoutRankIsRefused() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("norank"));
        Path file = src.resolve("reports/2022/_supervision.md");
        FrontMatterEditor editor = new FrontMatterEditor(file);
        String where = editor.location("问责记录/轻重顺序");
        editor.remove("问责记录/轻重顺序").save();
        List<String> problems = Nianbao.check(Config.builder(src).build()).diagnostics().stream()
                .map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        // the record with 其他 is the fifth; its line moved up by one
        int line = Integer.parseInt(where.split(":")[0]) + 5;
        assertTrue(problems.get(0).startsWith("reports/2022/_supervision.md:" + line + ":7: 问责记录/第5条: 使用了“其他”，请在“轻重顺序”中写明"),
                problems.get(0));
    }

    @Test
    void aSiteTotalPerQuarterIsShownPerQuarter(@TempDir Path dir) throws IOException {
        Path src = Fixtures.copyDemo(dir.resolve("src"));
        new FrontMatterEditor(src.resolve("reports/2023/_supervision.md"))
                .set("网站抽查情况/网站总数", "{ 第一季度: 14, 第二季度: 14, 第三季度: 16, 第四季度: 14 }")
                .remove("网站抽查情况/抽查比例").save();
        assertTrue(Fixtures.build(src, dir.resolve("column")).ok());
        Document page = Jsoup.parse(Fixtures.read(dir.resolve("column/2023/supervision/index.html")));
        assertEquals("16", cell(page, "网站抽查情况/网站总数/第三季度").text());
        assertEquals("—", cell(page, "网站抽查情况/网站总数/全年").text());
        assertEquals("50.0*（自动计算）", cell(page, "网站抽查情况/抽查比例/第三季度").text()); // 8 of 16
        String json = Fixtures.read(dir.resolve("column/2023/supervision/report.json"));
        assertTrue(json.matches("(?s).*\"id\": \"sample.sites\",.*?\"type\": \"quarters\",\\s*\"value\": \\{\\s*"
                + "\"第一季度\": 14,\\s*\"第二季度\": 14,\\s*\"第三季度\": 16,.*"), json);
    }
}
