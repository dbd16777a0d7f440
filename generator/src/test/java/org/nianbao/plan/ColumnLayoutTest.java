package org.nianbao.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Report;
import org.nianbao.model.Site;

/** Every output path and link of the column, from one place. */
class ColumnLayoutTest {
    private final ColumnLayout layout = new ColumnLayout(null);
    private final Site site = new Site("jiaoyuju", "示例市教育局", "市级部门", 2017, MonthDay.of(1, 31));

    @Test
    void pagesLiveInFoldersAndLinkBackToTheRootBySteps() {
        assertEquals("2023/index.html", layout.year(2023));
        assertEquals("2023/jiaoyuju/index.html", layout.report(2023, "jiaoyuju"));
        assertEquals("sites/jiaoyuju/index.html", layout.site(site));
        assertEquals("charts/2023/index.html", layout.gallery(2023));
        assertEquals("", ColumnLayout.root(ColumnLayout.HOME));
        assertEquals("../../", ColumnLayout.root(layout.report(2023, "jiaoyuju")));
    }

    @Test
    void aFileBesideAPageIsLinkedByItsNameAndAnyOtherByWayOfTheRoot() {
        assertEquals("index.js", ColumnLayout.relative(ColumnLayout.SEARCH_PAGE, ColumnLayout.SEARCH_MANIFEST));
        assertEquals("box.inc", ColumnLayout.relative(ColumnLayout.EMBED_PAGE, ColumnLayout.EMBED_BOX));
        assertEquals("../search/s/0.js", ColumnLayout.relative(ColumnLayout.EMBED_PAGE, layout.searchShard(0)));
        // a file in a folder below the page's is not beside it
        assertEquals("../search/d/1.js", ColumnLayout.relative(ColumnLayout.SEARCH_PAGE, layout.searchDocument(1)));
        assertEquals("data/report.schema.json", ColumnLayout.relative(ColumnLayout.HOME, ColumnLayout.SCHEMA));
    }

    @Test
    void aReportsDownloadsAndChartsSitBesideItsPageAndGallery() {
        Map<String, FormDefinition> forms = FormLoader.load(Map.of());
        Report r = new Report("reports/2023/jiaoyuju.md", site, 2023, LocalDate.of(2024, 1, 20),
                forms.get(FormLoader.WORK), Map.of(), "", "");
        assertEquals("2023/jiaoyuju/report.json", layout.reportJson(r));
        assertEquals("report.csv", ColumnLayout.relative(layout.report(r), layout.reportCsv(r)));
        assertEquals("charts/2023/jiaoyuju/publish", layout.reportChart(r, "publish"));
        assertEquals("charts/sites/jiaoyuju/trend", layout.siteChart(site, "trend"));
        assertEquals("charts/2023/by-level", layout.yearChart(2023, "by-level"));
        // a body's 政府信息公开工作年度报告: its charts apart from its website's 年度报表's, which may share a name
        Report xxgk = new Report("reports/2023/jiaoyuju.xxgk.md", site, 2023, LocalDate.of(2024, 1, 20),
                forms.get(FormLoader.XXGK), Map.of(), "", "");
        assertEquals("charts/xxgk/2023/jiaoyuju/results", layout.reportChart(xxgk, "results"));
        assertEquals("charts/xxgk/bodies/jiaoyuju/requests", layout.xxgkBodyChart(site, "requests"));
        assertEquals("charts/xxgk/2023/requests-new", layout.xxgkYearChart(2023, "requests-new"));
    }

    @Test
    void aXxgkReportHasItsPagesUnderXxgk() {
        Report r = new Report("reports/2023/jiaoyuju.xxgk.md", site, 2023, LocalDate.of(2024, 1, 20),
                org.nianbao.form.FormLoader.load(Map.of()).get(org.nianbao.form.FormLoader.XXGK), Map.of(), "", "");
        assertEquals("xxgk/2023/jiaoyuju/index.html", layout.report(r));
        assertEquals("xxgk/2023/jiaoyuju/report.json", layout.reportJson(r));
        assertEquals("report.csv", ColumnLayout.relative(layout.report(r), layout.reportCsv(r)));
        assertEquals("xxgk/2023/index.html", layout.xxgkYear(2023));
        assertEquals("xxgk/bodies/jiaoyuju/index.html", layout.xxgkBody(site));
        assertEquals("data/xxgk-all-2023.csv", layout.xxgkYearCsv(2023));
        assertEquals("../../../xxgk/bodies/jiaoyuju/index.html",
                ColumnLayout.relative(layout.report(r), layout.xxgkBody(site)));
    }

    @Test
    void absoluteAddressesOnlyWithTheColumnsAddress() {
        ColumnLayout known = new ColumnLayout("https://www.example.gov.cn/zfwzndbb/");
        assertEquals("https://www.example.gov.cn/zfwzndbb/2023/index.html", known.canonical(known.year(2023)));
        assertEquals("www.example.gov.cn", known.domain());
        assertEquals("https://www.example.gov.cn/zfwzndbb/", known.linkBase("../"));
        assertEquals("", layout.canonical(layout.year(2023)));
        assertEquals("", layout.domain());
        assertEquals("../", layout.linkBase("../"));
    }
}
