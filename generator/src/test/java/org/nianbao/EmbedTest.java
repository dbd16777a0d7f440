package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The homepage box a portal pastes on its home page: self-styled, pointing at the latest year. */
class EmbedTest {
    @TempDir
    Path tmp;

    @Test
    void theBoxCarriesNoStylesheetAndLinksToTheLatestYearByTheColumnsAddress() throws IOException {
        Path out = tmp.resolve("column");
        Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(out).baseUrl("https://www.shili.gov.cn/zfwzndbb/").build());
        Document box = Jsoup.parseBodyFragment(Fixtures.read(out.resolve("embed/box.inc")));
        // nothing that could restyle the host page: no <style>, <link> or <script>, every element styled inline or plain
        assertTrue(box.select("style, link, script").isEmpty());
        Element root = box.body().child(0);
        assertTrue(root.attr("style").contains("max-width"), root.outerHtml());
        for (Element a : box.select("a")) {
            assertTrue(a.attr("href").startsWith("https://www.shili.gov.cn/zfwzndbb/"), a.attr("href"));
            assertTrue(a.hasAttr("style"), "unstyled link would take the host's colours: " + a);
        }
        assertEquals("https://www.shili.gov.cn/zfwzndbb/2023/index.html", box.select("li a").get(0).attr("href"));
        assertTrue(box.text().contains("2023年度：已发布 14 份，应发布 14 份"), box.text());

        Document page = Jsoup.parse(Fixtures.read(out.resolve("embed/index.html")));
        assertEquals(Fixtures.read(out.resolve("embed/box.inc")), page.selectFirst("pre.snippet code").wholeText());
    }

    @Test
    void withoutAnAddressTheBoxLinksFromTheColumnsRootAndThePageSaysSo() throws IOException {
        Path out = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, out);
        Document box = Jsoup.parseBodyFragment(Fixtures.read(out.resolve("embed/box.inc")));
        assertEquals("2023/index.html", box.select("li a").get(0).attr("href"));
        Document page = Jsoup.parse(Fixtures.read(out.resolve("embed/index.html")));
        assertEquals("../2023/index.html", page.selectFirst(".nianbao-box li a").attr("href"));
        assertTrue(page.text().contains("请在构建时设置栏目地址（baseUrl）"));
        // said plainly, before the preview: the links will not work where the box is pasted
        Element notice = page.selectFirst("main .notice");
        assertTrue(notice.text().contains("挂件中的链接是相对地址，直接放到门户首页后点不开"), notice.text());
        assertTrue(page.html().indexOf("class=\"notice\"") < page.html().indexOf("id=\"preview\""));
        Document gallery = Jsoup.parse(Fixtures.read(out.resolve("charts/2023/index.html")));
        assertTrue(gallery.selectFirst("main .notice").text().contains("粘贴到其他页面后图片不会显示"));
    }

    @Test
    void withAnAddressTheGallerysImgSnippetsUseAbsoluteAddresses() throws IOException {
        Path out = tmp.resolve("column");
        Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(out).baseUrl("https://www.shili.gov.cn/zfwzndbb/").build());
        Document gallery = Jsoup.parse(Fixtures.read(out.resolve("charts/2023/index.html")));
        List<Element> snippets = gallery.select("textarea.snippet");
        assertEquals(93, snippets.size());
        for (Element t : snippets) {
            Element img = Jsoup.parseBodyFragment(t.text()).selectFirst("img");
            assertTrue(img.attr("src").startsWith("https://www.shili.gov.cn/zfwzndbb/charts/2023/"), img.attr("src"));
            assertTrue(img.attr("src").endsWith("@2x.png"), img.attr("src"));
            assertFalse(img.hasAttr("srcset"), "no 1x PNG to offer beside it");
        }
        assertTrue(gallery.select("main .notice").isEmpty());
        assertTrue(Jsoup.parse(Fixtures.read(out.resolve("embed/index.html"))).select("main .notice").isEmpty());
    }
}
