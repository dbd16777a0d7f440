package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** 回填: with the column's address, each year offers every report's full address as a page and a CSV. */
class AddressListTest {
    static final String BASE = "https://www.example.gov.cn/zfwzndbb/";

    @TempDir
    Path tmp;

    @Test
    void withTheColumnsAddressEachYearListsEveryReportsFullAddress() throws IOException {
        Path column = tmp.resolve("column");
        assertTrue(Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(column).charts(false).baseUrl(BASE)
                .build()).written());
        Document year = Jsoup.parse(column.resolve("2023/index.html").toFile(), "UTF-8");
        assertEquals("addresses/index.html", year.select("p.addresses-link a").attr("href").replace("../2023/", ""));
        Document list = Jsoup.parse(column.resolve("2023/addresses/index.html").toFile(), "UTF-8");
        List<String> urls = list.select("table.addresses td.url a").eachText();
        long reports;
        try (var s = Files.list(Fixtures.DEMO.resolve("reports/2023"))) {
            reports = s.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".xxgk.md")).count();
        }
        assertEquals(reports, urls.size(), "one row per report file of 2023, the supervision report included");
        assertTrue(urls.contains(BASE + "2023/jiaoyuju/index.html"), urls.toString());
        assertTrue(urls.contains(BASE + "2023/supervision/index.html"), urls.toString());
        for (String url : urls) {
            assertTrue(Files.exists(column.resolve(url.substring(BASE.length()))), url);
        }
        List<String> csv = Files.readAllLines(column.resolve("data/addresses-2023.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF网站名称,网站代号,层级,报表网址", csv.get(0));
        assertEquals(urls.size() + 1, csv.size());
        assertTrue(csv.stream().anyMatch(l -> l.contains(",jiaoyuju,") && l.endsWith("," + BASE + "2023/jiaoyuju/index.html")),
                csv.toString());
        assertTrue(list.select("a[href$=.csv]").attr("href").endsWith("data/addresses-2023.csv"));
    }

    @Test
    void withoutTheColumnsAddressThereIsNoListSinceNoAddressIsKnown() throws IOException {
        Path column = tmp.resolve("column");
        assertTrue(Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(column).charts(false).build()).written());
        assertFalse(Files.exists(column.resolve("2023/addresses")));
        assertFalse(Files.exists(column.resolve("data/addresses-2023.csv")));
        assertTrue(Jsoup.parse(column.resolve("2023/index.html").toFile(), "UTF-8").select("p.addresses-link").isEmpty());
    }
}
