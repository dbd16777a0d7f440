package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Windows editors and spreadsheets produce still works, and values are kept as written. */
class SourceFormatTest {
    @TempDir
    Path tmp;

    @Test
    void byteOrderMarkAndCrlfLineEndsGiveTheSamePage() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.build(src, tmp.resolve("a"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        String windows = "\uFEFF" + Fixtures.read(report).replace("\n", "\r\n");
        Files.writeString(report, windows, StandardCharsets.UTF_8);
        BuildResult result = Fixtures.build(src, tmp.resolve("b"));
        assertEquals(List.of(), result.diagnostics());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/2023/jiaoyuju/index.html")),
                Files.readAllBytes(tmp.resolve("b/2023/jiaoyuju/index.html")));
    }

    @Test
    void crlfKeepsLineNumbersRight() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        FrontMatterEditor editor = new FrontMatterEditor(report);
        editor.set("专栏专题/维护数量", "九").save();
        String where = editor.location("专栏专题/维护数量");
        Files.writeString(report, Fixtures.read(report).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        String problem = Nianbao.check(Config.builder(src).build()).diagnostics().get(0).toString();
        assertTrue(problem.startsWith("reports/2023/jiaoyuju.md:" + where + ": "), problem);
    }

    @Test
    void valuesAreKeptAsWrittenNotAsYamlWouldReadThem() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        new FrontMatterEditor(src.resolve("reports/2023/jiaoyuju.md"))
                .set("互动交流/留言办理/平均办理时间", "1.10")
                .set("填报信息/填报人", "2023-01-20")
                .set("网站基本信息/网站名称", "no")
                .save();
        assertTrue(Fixtures.build(src, tmp.resolve("column")).ok());
        Document page = Jsoup.parse(Fixtures.read(tmp.resolve("column/2023/jiaoyuju/index.html")));
        assertEquals("1.10", page.selectFirst("td[data-key=\"互动交流/留言办理/平均办理时间\"]").text());
        assertEquals("2023-01-20", page.selectFirst("td[data-key=\"填报信息/填报人\"]").text());
        assertEquals("no", page.selectFirst("td[data-key=\"网站基本信息/网站名称\"]").text());
    }
}
