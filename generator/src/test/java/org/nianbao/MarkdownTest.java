package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nianbao.render.Markdown;

class MarkdownTest {
    private final Markdown safe = new Markdown(false);

    @Test
    void rawHtmlIsEscapedUnlessAllowed() {
        String md = "正文<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n";
        String html = safe.render(md);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    private final Markdown raw = new Markdown(true);

    @Test
    void allowedRawHtmlKeepsTablesWithSpansImagesSafeLinksAndBasicFormatting() {
        String html = raw.render("""
                <table>
                <caption>办件统计</caption>
                <thead><tr><th scope="col">项目</th><th scope="col" colspan="2">数量</th></tr></thead>
                <tbody><tr><td rowspan="2">办件</td><td>自然人</td><td>16744</td></tr></tbody>
                </table>

                <p>图：<img src="static/map.png" alt="示意图" width="300" height="200"><br>
                <a href="https://jyj.shili.gov.cn/">门户</a> <a href="mailto:a@b.cn">信箱</a> <a href="../2022/x/index.html">去年</a>
                <strong>粗</strong><em>斜</em><b>b</b><i>i</i><u>u</u>H<sub>2</sub>O m<sup>2</sup> <span>段</span></p>

                <div><ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引</blockquote><h4>小标题</h4></div>
                """);
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("2", doc.selectFirst("th[scope=col][colspan]").attr("colspan"), html);
        assertEquals("2", doc.selectFirst("td[rowspan]").attr("rowspan"), html);
        assertEquals("办件统计", doc.selectFirst("table > caption").text(), html);
        Element img = doc.selectFirst("img");
        assertEquals(List.of("static/map.png", "示意图", "300", "200"),
                List.of(img.attr("src"), img.attr("alt"), img.attr("width"), img.attr("height")), html);
        assertEquals(List.of("https://jyj.shili.gov.cn/", "mailto:a@b.cn", "../2022/x/index.html"),
                doc.select("a").eachAttr("href"), html);
        for (String tag : List.of("br", "strong", "em", "b", "i", "u", "sub", "sup", "span", "div", "ul", "ol", "li",
                "blockquote", "h4")) {
            assertFalse(doc.select(tag).isEmpty(), tag + " in " + html);
        }
    }

    @Test
    void allowedRawHtmlDropsScriptsFramesScriptLinksStylesAndOutsideResources() {
        String html = raw.render("""
                <script>alert(1)</script>

                <iframe srcdoc="<script>alert(2)</script>"></iframe>

                <p style="width:expression(alert(3))" onclick="alert(4)"><a href="javascript:alert(5)">点</a>
                <a href="java&#x09;script:alert(6)">点</a> <a href="//evil.example/">外</a>
                <img src="https://evil.example/x.png" alt="外图"><img src="/root.png" alt="根"><img src=x onerror=alert(7)>
                <svg onload="alert(8)"><circle r="1"/></svg><object data="x.swf"></object><embed src="x.swf">
                <form action="https://evil.example/"><input name="q"></form><base href="https://evil.example/">
                <meta http-equiv="refresh" content="0;url=https://evil.example/"><style>body{display:none}</style>
                <table><tr><td style="color:red" background="https://evil.example/bg.png">格</td></tr></table></p>
                """);
        assertEquals(List.of(), HostileContentTest.executable("raw", Jsoup.parseBodyFragment(html)));
        assertFalse(html.contains("style="), html);
        assertFalse(html.contains("evil.example"), html);
        assertFalse(html.contains("alert"), html);
        assertTrue(html.contains("<img src=\"x\" alt=\"\">"), "the page-relative image stays, without its handler: " + html);
    }

    @Test
    void allowedRawHtmlKeepsThePageValid() {
        String html = raw.render("<li>孤立项</li>\n\n<ul>\n\n<li>项</li>\n\n</ul>\n\n<img alt=\"无地址\"> <img src=\"a.png\">\n");
        assertEquals("孤立项\n<ul>\n<li>项</li>\n</ul>\n<p> <img src=\"a.png\" alt=\"\"></p>", html.strip(),
                "a list item outside a list loses its tag, an image without an address goes, every image has an alt");
    }

    @Test
    void allowedRawHtmlLeavesWhatMarkdownWritesAsMarkdownWritesIt() {
        String md = "# 概述\n\n1. 一\n\n```java\nint x;\n```\n\n| 项目 | 数量 |\n| :-- | --: |\n| 办件 | 1 |\n\n"
                + "[门户](https://jyj.shili.gov.cn/ \"标题\") ![图](static/a.png \"说明\")\n";
        Document escaped = Jsoup.parseBodyFragment(safe.render(md));
        Document kept = Jsoup.parseBodyFragment(raw.render(md));
        assertEquals(escaped.body().html(), kept.body().html());
    }

    @Test
    void onlyHttpHttpsMailtoAndRelativeLinksSurvive() {
        String html = safe.render("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://x.gov.cn/) "
                + "[d](mailto:a@b.cn) [e](../2022/x/index.html) [f](vbscript:x) [g](/root/x) [h](java\tscript:x) "
                + "![i](https://cdn.example.com/x.png) ![j](//cdn.example.com/y.png) ![k](img/z.png)");
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("vbscript:"), html);
        assertFalse(html.matches("(?s).*(href|src)=\"[^\"]*script.*"), html);
        assertFalse(html.contains("/root/x"), html);
        assertFalse(html.contains("cdn.example.com"), html);
        assertTrue(html.contains("src=\"img/z.png\""), html);
        assertTrue(html.contains("href=\"https://x.gov.cn/\""), html);
        assertTrue(html.contains("href=\"mailto:a@b.cn\""), html);
        assertTrue(html.contains("href=\"../2022/x/index.html\""), html);
    }

    @Test
    void lineBreakInsideChineseTextAddsNoSpace() {
        assertEquals("<p>第一行第二行</p>\n", safe.render("第一行\n第二行\n"));
        assertEquals("<p>网站，\n今年</p>\n".replace("\n今年", "今年"), safe.render("网站，\n今年\n"));
        assertEquals("<p>first\nsecond</p>\n", safe.render("first\nsecond\n"));
    }

    @Test
    void narrativeHeadingsStartBelowThePagesOwn() {
        String html = safe.render("## 概述\n\n### 细节\n");
        assertTrue(html.contains("<h3 id=\"h-概述\">概述</h3>"), html);
        assertTrue(html.contains("<h4 id=\"h-细节\">细节</h4>"), html);
    }

    @Test
    void gfmTablesRender() {
        String html = safe.render("| 专栏 | 条数 |\n|---|---:|\n| 政策解读 | 12 |\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td align=\"right\">12</td>"), html);
    }
}
