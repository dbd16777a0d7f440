package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.form.Figure;
import org.nianbao.form.Value;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The 政府信息公开工作年度报告's charts on the demo: per report, per body across the years, per year across the bodies. */
class XxgkChartsTest {
    private static final List<String> GROUPS = List.of("granted", "partly", "withheld", "unable", "unprocessed",
            "otherwise");

    private final DemoCharts demo = new DemoCharts();

    private Report xxgk(int year, String slug) {
        return demo.column.xxgkReports().stream().filter(r -> r.year() == year && r.site().slug().equals(slug))
                .findFirst().orElseThrow();
    }

    /** Column {@code column} of the matrix rows at or under {@code path}, summed from the report's figures. */
    private static BigDecimal cells(Report r, String path, String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Figure> e : r.figures().entrySet()) {
            if ((e.getKey().equals(path) || e.getKey().startsWith(path + ".")) && e.getValue().value() instanceof Value.Matrix m) {
                sum = sum.add(m.at(column));
            }
        }
        return sum;
    }

    @Test
    void aReportsChartIsItsHandlingResultsInTheTotalColumnByTheBodysName() {
        Report r = xxgk(2023, "menhu");
        List<ChartSpec> specs = demo.charts.specsOf(r);
        assertEquals(List.of("charts/xxgk/2023/menhu/results"), specs.stream().map(ChartSpec::path).toList());
        ChartSpec results = specs.get(0);
        assertEquals("示例市人民政府2023年度政府信息公开申请办理结果", results.title(), "the body's name, not the website's");
        assertEquals("示例市人民政府", results.source());
        assertEquals("件", results.unit());
        assertEquals(List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"), results.categories());
        List<BigDecimal> expected = GROUPS.stream().map(g -> cells(r, "requests.results." + g, "total")).toList();
        assertEquals(expected, results.series().get(0).values());
        assertEquals(cells(r, "requests.results.total", "total"), expected.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                "the six results make up （七）总计");
        assertTrue(expected.get(2).signum() > 0, "（三）不予公开 sums its eight reasons");

        Report work = demo.column.reportsOf(2023).stream().filter(w -> w.site().slug().equals("menhu")).findFirst()
                .orElseThrow();
        assertTrue(demo.charts.specsOf(work).stream().noneMatch(s -> s.path().startsWith("charts/xxgk/")),
                "the 年度报表 of the same body keeps its own charts");
        assertEquals(List.of("charts/xxgk/2023/menhu/results.svg"),
                demo.charts.report(r).stream().map(ChartView::svg).toList());
    }

    @Test
    void aBodysTrendIsItsRequestsAcrossTheYearsA机关Too() {
        Site audit = demo.column.config().body("shenjiju").orElseThrow();
        List<ChartSpec> specs = demo.charts.xxgkSpecsOf(audit);
        assertEquals(List.of("charts/xxgk/bodies/shenjiju/requests"), specs.stream().map(ChartSpec::path).toList());
        ChartSpec trend = specs.get(0);
        assertEquals("示例市审计局2021—2023年度政府信息公开申请", trend.title());
        assertEquals(List.of("2021年度", "2022年度", "2023年度"), trend.categories());
        assertEquals(List.of("本年新收", "本年办结", "结转下年度继续办理"),
                trend.series().stream().map(ChartSpec.Series::name).toList());
        for (int i = 0; i < 3; i++) {
            Report r = xxgk(2021 + i, "shenjiju");
            assertEquals(cells(r, "requests.new", "total"), trend.series().get(0).values().get(i));
            assertEquals(cells(r, "requests.results.total", "total"), trend.series().get(1).values().get(i));
            assertEquals(cells(r, "requests.forward", "total"), trend.series().get(2).values().get(i));
        }
        assertEquals(List.of("charts/xxgk/bodies/shenjiju/requests@2x.png"),
                demo.charts.xxgkBody(audit).stream().map(ChartView::png2x).toList());
    }

    @Test
    void aYearsChartsRankTheBodiesByRequestsReceivedAndByTheShareWithheld() {
        List<ChartSpec> specs = demo.charts.xxgkSpecsOf(2023);
        assertEquals(List.of("charts/xxgk/2023/requests-new", "charts/xxgk/2023/withheld-share"),
                specs.stream().map(ChartSpec::path).toList());
        List<Report> reports = demo.column.xxgkReports().stream().filter(r -> r.year() == 2023).toList();
        assertEquals(16, reports.size(), "14 sites' bodies and 2 机关");

        ChartSpec received = specs.get(0);
        assertEquals("机关", received.categoryHeader());
        assertEquals(reports.size(), received.categories().size());
        assertTrue(received.categories().contains("示例市统计局"));
        assertTrue(received.categories().contains("示例市江北区人民政府"));
        List<BigDecimal> values = received.series().get(0).values();
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1).compareTo(values.get(i)) >= 0, values.toString());
        }
        assertEquals(reports.stream().map(r -> cells(r, "requests.new", "total")).max(BigDecimal::compareTo).orElseThrow(),
                values.get(0));

        ChartSpec share = specs.get(1);
        assertEquals("%", share.unit());
        List<BigDecimal> expected = new ArrayList<>();
        for (String name : share.categories()) {
            Report r = reports.stream().filter(x -> x.site().body().equals(name)).findFirst().orElseThrow();
            expected.add(cells(r, "requests.results.withheld", "total").multiply(BigDecimal.valueOf(100))
                    .divide(cells(r, "requests.results.total", "total"), 1, RoundingMode.HALF_UP));
        }
        assertEquals(expected, share.series().get(0).values());
        assertEquals(List.of("charts/xxgk/2023/requests-new.csv", "charts/xxgk/2023/withheld-share.csv"),
                demo.charts.xxgkYear(2023).stream().map(ChartView::csv).toList());
    }

    @Test
    void everyXxgkChartIsWrittenWithTheOthers() {
        List<String> all = demo.charts.all().stream().map(ChartSpec::path).toList();
        long reports = demo.column.xxgkReports().size();
        assertEquals(reports, all.stream().filter(p -> p.matches("charts/xxgk/\\d{4}/[a-z0-9-]+/results")).count());
        assertEquals(demo.column.config().bodies().size(), all.stream().filter(p -> p.startsWith("charts/xxgk/bodies/")).count());
        assertEquals(3 * 2, all.stream().filter(p -> p.matches("charts/xxgk/\\d{4}/[a-z-]+")).count());
        assertEquals(all.size(), all.stream().distinct().count(), "no two charts share a path");
        assertTrue(demo.images().draw(demo.spec("charts/xxgk/2023/withheld-share")).png().length > 1000);
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @Test
    void aMatrixRowMustNameItsColumnAndLabelsAndPerMustFit() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartDefinitions.read(yaml("""
                charts:
                  - { name: a, form: xxgk, scope: report, type: bar, title: 新收, rows: [requests.new] }
                  - { name: b, form: xxgk, scope: report, type: bar, title: 新收, rows: [requests.new.nobody] }
                  - { name: c, form: xxgk, scope: report, type: bar, title: 新收, rows: [requests.new.total],
                      labels: [一, 二] }
                  - { name: d, form: xxgk, scope: report, type: bar, title: 新收, categories: [全部],
                      series: [{ label: 新收, rows: [requests.new.total] }], per: requests.results.total.total }
                """), demo.forms));
        String m = e.getMessage();
        assertTrue(m.contains("charts.yaml: a: row requests.new is a matrix: name a column, as requests.new.total"), m);
        assertTrue(m.contains("charts.yaml: b: no row requests.new.nobody in form xxgk"), m);
        assertTrue(m.contains("charts.yaml: c: labels needs one label per row"), m);
        assertTrue(m.contains("charts.yaml: d: per is for rows only"), m);
    }
}
