package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(new Markdown(true).render(md).contains("<script>"));
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
