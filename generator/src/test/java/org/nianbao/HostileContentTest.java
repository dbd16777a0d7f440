package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payloads in every text a webmaster writes reach no page, feed or data file in an executable form. */
class HostileContentTest {
    @TempDir
    Path tmp;

    @Test
    void nothingExecutableReachesTheOutput() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        new FrontMatterEditor(report)
                .set("网站基本信息/网站名称", "'<script>alert(1)</script>'")
                .set("网站基本信息/主办单位", "'<img src=x onerror=alert(2)>'")
                .set("网站基本信息/首页网址", "\"https://evil.example/?q='onmouseover='alert(14)'&r=1\"")
                .set("填报信息/填报人", "'</textarea><script>alert(3)</script>'")
                .set("填报信息/审核人", "'\"><svg onload=alert(4)>'")
                .set("移动新媒体/微博/名称", "'javascript:alert(5)'")
                .set("移动新媒体/微信/名称", "'=HYPERLINK(\"https://evil.example\",\"点此\")'")
                .set("移动新媒体/其他", "'<a href=\"javascript:alert(6)\">点我</a>'")
                .set("创新发展/其他", "'<iframe src=\"data:text/html,<script>alert(7)</script>\"></iframe>'")
                .save();
        Files.writeString(report, "\n<script>alert(8)</script>\n\n<img src=x onerror=alert(9)>\n\n"
                + "[链接](javascript:alert(10)) [数据](data:text/html;base64,PHNjcmlwdD4=) "
                + "![图](https://evil.example/x.png) <a href=\"javascript:alert(11)\">x</a>\n\n"
                + "</textarea><style>body{display:none}</style>\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        String site = Fixtures.read(src.resolve("site.yaml"))
                .replace("栏目名称: 示例市政府网站年度报表", "栏目名称: '示例<script>alert(12)</script>'")
                .replace("  本栏目集中发布", "  <img src=x onerror=alert(13)>本栏目集中发布");
        Fixtures.write(src.resolve("site.yaml"), site);

        BuildResult result = Fixtures.build(src, tmp.resolve("column"));
        assertTrue(result.ok(), result.diagnostics().toString());

        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(tmp.resolve("column"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = tmp.resolve("column").relativize(f).toString();
            if (name.endsWith(".png") || name.endsWith(".otf") || name.endsWith(".ttf")) {
                continue; // images and fonts hold no markup
            }
            if (name.endsWith(".xlsx")) {
                // every cell is a value: a formula (<f>) would run when the workbook is opened
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(f.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        String part = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        if (part.contains("<f>") || part.contains("<f ")) {
                            found.add(name + ": formula in " + e.getName());
                        }
                    }
                }
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (name.endsWith(".svg")) {
                found.addAll(svgExecutable(name, Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser())));
            } else if (name.endsWith(".html")) {
                found.addAll(executable(name, Jsoup.parse(text)));
            } else if (name.endsWith(".css")) {
                continue; // the theme's own stylesheet
            } else if (name.endsWith(".csv")) {
                // text, not markup; but a cell a spreadsheet would run as a formula must be defused
                text.lines().filter(l -> l.matches(".*(^|,)\"?[=+@].*")).forEach(l -> found.add(name + ": formula " + l));
            } else if (text.toLowerCase(java.util.Locale.ROOT).contains("<script")
                    || text.toLowerCase(java.util.Locale.ROOT).contains("<img")) {
                found.add(name + ": raw markup in a data file");
            }
        }
        assertEquals(List.of(), found);
        // the payload reached the charts as text: the SVG of the report's chart shows it, escaped
        String chart = Fixtures.read(tmp.resolve("column/charts/2023/jiaoyuju/publish.svg"));
        assertTrue(chart.contains("&lt;img src=x onerror=alert(2)&gt;"), "the chart lost its source (主办单位)");
        // the payloads are still shown, as text
        Document page = Jsoup.parse(Fixtures.read(tmp.resolve("column/2023/jiaoyuju/index.html")));
        assertEquals("<script>alert(1)</script>", page.selectFirst("td[data-key=\"网站基本信息/网站名称\"]").text());
        Element url = page.selectFirst("td[data-key=\"网站基本信息/首页网址\"] > a");
        assertEquals("https://evil.example/?q='onmouseover='alert(14)'&r=1", url.attr("href"));
        assertEquals(url.attr("href"), url.text());
        assertTrue(page.select(".narrative").text().contains("<script>alert(8)</script>"));
        assertTrue(Fixtures.read(tmp.resolve("column/data/all-2023.csv"))
                .contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"点此\"\")\","), "the year's CSV defuses it too");
        assertTrue(Fixtures.read(tmp.resolve("column/2023/jiaoyuju/report.csv"))
                .contains("移动新媒体/微信/1/名称,,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"点此\"\")\",否"));
    }

    @Test
    void rawHtmlAllowedBySiteYamlStillRunsNothing() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("site.yaml"), Fixtures.read(src.resolve("site.yaml")) + "允许原始HTML: 是\n");
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, "\n<script>alert(8)</script>\n\n<img src=x onerror=alert(9)>\n\n"
                + "<a href=\"javascript:alert(11)\">x</a> <iframe srcdoc=\"<script>alert(12)</script>\"></iframe>\n\n"
                + "<p style=\"background:url(javascript:alert(13))\">段</p><style>body{display:none}</style>\n\n"
                + "<table><tr><td colspan=\"2\">合并</td></tr></table>\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        BuildResult result = Fixtures.build(src, tmp.resolve("column"));
        assertTrue(result.ok(), result.diagnostics().toString());
        Document page = Jsoup.parse(Fixtures.read(tmp.resolve("column/2023/jiaoyuju/index.html")));
        assertEquals(List.of(), executable("2023/jiaoyuju/index.html", page));
        assertEquals("2", page.selectFirst(".narrative td[colspan]").attr("colspan"), "the merged cell stays");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("<script> 已删除")),
                result.diagnostics().toString());
    }

    /** In an SVG: script, foreign HTML, event handlers and script or outside links. */
    static List<String> svgExecutable(String name, Document svg) {
        List<String> found = new ArrayList<>();
        for (Element el : svg.getAllElements()) {
            String tag = el.tagName().toLowerCase(java.util.Locale.ROOT);
            if (tag.equals("script") || tag.equals("foreignobject") || tag.equals("iframe")) {
                found.add(name + ": <" + tag + ">");
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on") || (key.endsWith("href") && !a.getValue().startsWith("#"))) {
                    found.add(name + ": " + key + "=" + a.getValue());
                }
            }
        }
        return found;
    }

    /** The theme's own scripts (trusted code) and the generated search index: nothing else may run. */
    private static final java.util.regex.Pattern OWN_SCRIPT =
            java.util.regex.Pattern.compile("(\\.\\./)*assets/(care|search|charts)\\.[0-9a-f]{8}\\.js|index\\.js");

    /** Script elements, event handlers, script URLs, frames, objects and outside resources. */
    static List<String> executable(String name, Document doc) {
        List<String> found = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            String tag = el.tagName();
            if (tag.equals("script") && el.data().isEmpty() && OWN_SCRIPT.matcher(el.attr("src")).matches()
                    && (!el.attr("src").equals("index.js") || name.startsWith("search/"))) {
                continue;
            }
            if (tag.equals("form") && el.id().equals("search-form") && !el.hasAttr("action")) {
                continue;
            }
            if (List.of("script", "iframe", "object", "embed", "frame", "base", "form", "svg", "math").contains(tag)) {
                found.add(name + ": <" + tag + ">");
            }
            if (tag.equals("style") || tag.equals("meta") && el.hasAttr("http-equiv")) {
                found.add(name + ": <" + tag + ">");
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(name + ": " + key + "= on <" + tag + ">");
                }
                if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("srcset"))
                        && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                    found.add(name + ": " + key + "=" + a.getValue());
                }
                if ((key.equals("src") || key.equals("srcset")) && value.matches("^(https?:)?//.*")) {
                    found.add(name + ": loads " + a.getValue());
                }
            }
        }
        return found;
    }
}
