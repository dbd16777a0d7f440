package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footer's 我为政府网站找错 link: by default the national platform's entry for this site (the address
 * portals put in their footers, site_code = 网站标识码); site.yaml's 找错地址 replaces it (docs/furniture.md).
 */
class ErrorReportLinkTest {
    @TempDir
    Path tmp;

    private String link(Path source) throws IOException {
        Path out = tmp.resolve("column-" + source.getFileName());
        assertTrue(Nianbao.build(Config.builder(source).outputDirectory(out).charts(false).build()).written());
        Document home = Jsoup.parse(Fixtures.read(out.resolve("index.html")));
        return home.select("footer a").stream().filter(a -> a.text().equals("我为政府网站找错"))
                .findFirst().orElseThrow().attr("href");
    }

    @Test
    void theDefaultIsTheNationalPlatformWithTheSitesCode() throws IOException {
        assertEquals("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=9901000001", link(Fixtures.DEMO));
    }

    @Test
    void siteYamlOverridesIt() throws IOException {
        Path source = Fixtures.copyDemo(tmp.resolve("own"));
        Path yaml = source.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml)
                + "找错地址: https://www.example.gov.cn/jiucuo/?code={标识码}\n");
        assertEquals("https://www.example.gov.cn/jiucuo/?code=9901000001", link(source));
    }
}
