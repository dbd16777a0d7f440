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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's forms/work.yaml changes the table, the checks and the JSON export alike. */
class FormOverrideTest {
    @TempDir
    Path tmp;
    Path src;
    Path report;

    @BeforeEach
    void siteWithOverride() throws IOException {
        src = Fixtures.copyDemo(tmp.resolve("src"));
        // one report is enough, and keeps the renamed label from breaking the others
        try (Stream<Path> s = Files.walk(src.resolve("reports"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                if (!p.endsWith(Path.of("2023", "jiaoyuju.md"))) {
                    Files.delete(p);
                }
            }
        }
        Fixtures.write(src.resolve("forms/work.yaml"), """
                rename:
                  basic.uv: 独立访客数
                add:
                  - into: publish
                    after: disclosure
                    row: { id: policy, label: 政策文件更新量, unit: 条, type: count, since: "2023" }
                editions:
                  - { id: "2023", label: 示例市2023年版, from: 2023 }
                rules:
                  - { kind: le, severity: error, a: publish.policy, b: publish.disclosure }
                """);
        report = src.resolve("reports/2023/jiaoyuju.md");
        String text = Fixtures.read(report).replace("  独立用户访问总量:", "  独立访客数:");
        text = text.replaceFirst("(  信息公开目录信息更新量: [0-9]+\n)", "$1  政策文件更新量: 12\n");
        Fixtures.write(report, text);
    }

    @Test
    void tableFollowsTheOverride() throws IOException {
        BuildResult result = Fixtures.build(src, tmp.resolve("column"));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        Document page = Jsoup.parse(Fixtures.read(tmp.resolve("column/2023/jiaoyuju/index.html")));
        List<String> labels = page.select("table.form-table th[scope=row]").eachText();
        assertTrue(labels.contains("独立访客数（个）"), labels.toString());
        assertFalse(labels.contains("独立用户访问总量（个）"));
        int disclosure = labels.indexOf("信息公开目录信息更新量（条）");
        assertEquals("政策文件更新量（条）", labels.get(disclosure + 1));
        assertEquals("12", page.selectFirst("td[data-key=\"信息发布/政策文件更新量\"]").text());
        assertTrue(page.selectFirst(".report-meta").text().contains("示例市2023年版"));
    }

    @Test
    void checksFollowTheOverride() throws IOException {
        new FrontMatterEditor(report).set("信息发布/政策文件更新量", "9999").set("网站基本信息/独立访客数", "99999999").save();
        List<String> problems = Nianbao.check(Config.builder(src).build()).diagnostics().stream()
                .map(Object::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(": 网站基本信息/独立访客数（个）: 填写 99999999，不应大于 网站总访问量 "), problems.get(0));
        assertTrue(problems.get(1).contains(": 信息发布/政策文件更新量（条）: 填写 9999，不应大于 信息公开目录信息更新量 "),
                problems.get(1));
    }

    @Test
    void jsonExportFollowsTheOverride() throws IOException {
        Fixtures.build(src, tmp.resolve("column"));
        String json = Fixtures.read(tmp.resolve("column/2023/jiaoyuju/report.json"));
        assertTrue(json.contains("\"edition\": \"2023\""), json);
        assertTrue(json.matches("(?s).*\"id\": \"basic.uv\",\\s*\"labels\": \\[\\s*\"网站基本信息\",\\s*\"独立访客数\"\\s*].*"), json);
        assertTrue(json.matches("(?s).*\"id\": \"publish.policy\",\\s*\"labels\": \\[\\s*\"信息发布\",\\s*\"政策文件更新量\"\\s*],"
                + "\\s*\"unit\": \"条\",\\s*\"type\": \"count\",\\s*\"value\": 12,.*"), json);
    }

    @Test
    void aMistakeInTheOverrideIsReportedWithItsFile() throws IOException {
        Fixtures.write(src.resolve("forms/work.yaml"), "rename:\n  basic.nosuch: 某项\n");
        List<String> problems = Nianbao.check(Config.builder(src).build()).diagnostics().stream()
                .map(Object::toString).toList();
        assertEquals(List.of("forms/work.yaml:2:3: 没有编号为“basic.nosuch”的项目"), problems);
    }
}
