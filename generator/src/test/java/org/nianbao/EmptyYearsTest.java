package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo has reports of 2018 and of 2021 to 2023: 2019 and 2020, when nobody reported, show too. */
class EmptyYearsTest {
    @TempDir
    static Path tmp;
    static Path column;

    @BeforeAll
    static void build() throws IOException {
        column = tmp.resolve("column");
        assertTrue(Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(column).charts(false).build()).written());
    }

    @Test
    void theHomePageListsEveryYearFromTheFirstToTheLatest() throws IOException {
        Document home = Jsoup.parse(column.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("2023年度", "2022年度", "2021年度", "2020年度", "2019年度", "2018年度"),
                home.select("#by-year ~ ul.year-list > li > a").eachText());
        String count = home.select("ul.year-list > li:has(a[href=2019/index.html]) .count").text();
        assertTrue(count.matches("已发布 0 份，应发布 [1-9][0-9]* 份"), count);
    }

    @Test
    void aYearNobodyReportedForHasItsPageListingWhoWasExpected() throws IOException {
        Document year = Jsoup.parse(column.resolve("2019/index.html").toFile(), "UTF-8");
        assertTrue(year.select("p.lead").text().contains("已发布 0 份"), year.select("p.lead").text());
        assertFalse(year.select("td.status.missing").isEmpty(), "the expected sites, each 未发布");
        assertEquals(year.select("td.status").size(), year.select("td.status.missing").size());
        assertTrue(year.select("a[href$=.csv]").isEmpty(), "no data download for a year without data");
        Document sitemap = Jsoup.parse(column.resolve("sitemap/index.html").toFile(), "UTF-8");
        assertFalse(sitemap.select("a[href$=2020/index.html]").isEmpty());
    }

    @Test
    void theHomePageLinksTheLatestSupervisionReport() throws IOException {
        Document home = Jsoup.parse(column.resolve("index.html").toFile(), "UTF-8");
        String href = home.select("p.supervision-link a").attr("href");
        assertEquals("2023/supervision/index.html", href);
        assertTrue(Files.exists(column.resolve(href)));
    }
}
