package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.plan.ColumnLayout;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ChartPlannerTest {
    private final DemoCharts demo = new DemoCharts();

    @Test
    void theAltTextNamesEveryValueOfTheReport() {
        ChartSpec publish = demo.spec("charts/2023/jiaoyuju/publish");
        assertEquals("示例市教育局2023年度信息发布，条形图，单位：条。"
                + "概况类信息更新量 44，政务动态信息更新量 709，信息公开目录信息更新量 461。", ChartTexts.alt(publish));
        assertEquals("示例市教育局", publish.source());
        assertEquals("reports/2023/jiaoyuju.md", publish.file());
    }

    @Test
    void csvIsUtf8WithBomAndTheFiguresAsWritten() {
        String csv = new String(ChartTexts.csv(demo.spec("charts/2023/jiaoyuju/service-cases")), StandardCharsets.UTF_8);
        assertEquals("\uFEFF项目,数量（件）\r\n办件量总数,18272\r\n自然人办件量,16744\r\n法人办件量,1528\r\n", csv);
    }

    @Test
    void supervisionChartsReadTheQuartersIncludingComputedOnes() {
        // 2022's 问责人次 come from raw records: Q2 one 约谈 and one 通报批评, Q3 one 书面检查 and one 其他
        ChartSpec acc = demo.spec("charts/2022/supervision/accountability");
        assertEquals(ChartDefinition.Type.STACKED, acc.type());
        assertEquals("人次", acc.unit());
        assertEquals(List.of("第一季度", "第二季度", "第三季度", "第四季度"), acc.categories());
        assertEquals(List.of("约谈", "书面检查", "通报批评", "警告或记过处分", "调离岗位或免职", "其他"),
                acc.series().stream().map(ChartSpec.Series::name).toList());
        assertEquals(List.of(0, 1, 0, 0), ints(acc.series().get(0)));
        assertEquals(List.of(0, 0, 1, 0), ints(acc.series().get(1)));
        assertEquals(List.of(0, 1, 0, 0), ints(acc.series().get(2)));
        assertEquals(List.of(0, 0, 1, 0), ints(acc.series().get(5)));
        ChartSpec rate = demo.spec("charts/2021/supervision/passrate");
        assertEquals("%", rate.unit());
        assertEquals(new BigDecimal("83.3"), rate.series().get(0).values().get(2));
        assertEquals("示例市人民政府办公室", rate.source());
    }

    private static List<Integer> ints(ChartSpec.Series s) {
        return s.values().stream().map(BigDecimal::intValueExact).toList();
    }

    @Test
    void aPerQuarterRowMustNameItsQuarter() {
        Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load("""
                charts:
                  - { name: x, form: supervision, scope: report, type: column, title: 抽查,
                      categories: [全部], series: [{ label: 抽查, rows: [sample.checked] }] }
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartDefinitions.read(yaml, demo.forms));
        assertTrue(e.getMessage().contains("row sample.checked holds no number (name a quarter: sample.checked.q1 … .q4 or .year)"),
                e.getMessage());
    }

    @Test
    void siteTrendsHaveOneSeriesPerRowAndOneCategoryPerYear() {
        ChartSpec visits = demo.spec("charts/sites/jiaoyuju/visits");
        assertEquals(List.of("2021年度", "2022年度", "2023年度"), visits.categories());
        assertEquals(List.of("独立用户访问总量（个）", "网站总访问量（次）"),
                visits.series().stream().map(ChartSpec.Series::name).toList());
        assertEquals("个、次", visits.unit());
        assertEquals(new BigDecimal(373336), visits.series().get(0).values().get(2));
    }

    @Test
    void topSitesAreTheHighestInOrderAndLevelsSumTheirSites() {
        ChartSpec top = demo.spec("charts/2023/top-visits");
        List<BigDecimal> values = top.series().get(0).values();
        assertEquals(10, values.size());
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1).compareTo(values.get(i)) >= 0, values.toString());
        }
        List<Report> reports = demo.column.reportsOf(2023);
        BigDecimal max = reports.stream().map(r -> BigDecimal.valueOf(
                ((org.nianbao.form.Value.Count) r.figures().get("basic.pv").value()).value()))
                .max(BigDecimal::compareTo).orElseThrow();
        assertEquals(max, values.get(0));

        ChartSpec levels = demo.spec("charts/2023/levels-publish");
        assertEquals(demo.column.config().levels(), levels.categories());
        BigDecimal all = reports.stream().map(r -> BigDecimal.valueOf(
                ((org.nianbao.form.Value.Count) r.figures().get("publish.total").value()).value()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(all, levels.series().get(0).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** A chart of several series over named categories, as the supervision form's quarterly charts will be. */
    @Test
    void aSeriesChartIsDefinedAsDataAlone() {
        String yaml = """
                charts:
                  - name: messages-stack
                    form: work
                    scope: report
                    type: stacked
                    title: 留言和访谈
                    categories: [收到, 答复]
                    series:
                      - { label: 留言办理, rows: [interact.messages.received, interact.messages.public] }
                      - { label: 在线访谈, rows: [interact.interviews.questions, interact.interviews.answers] }
                """;
        ChartDefinitions defs = ChartDefinitions.read(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml),
                Map.of("work", demo.form));
        Report r = demo.column.reportsOf(2023).stream().filter(x -> x.site().slug().equals("jiaoyuju"))
                .findFirst().orElseThrow();
        ChartSpec spec = new ChartPlanner(demo.column, new ColumnLayout(null), demo.form, defs).report(r).get(0);
        assertEquals("charts/2023/jiaoyuju/messages-stack", spec.path());
        assertEquals(List.of("收到", "答复"), spec.categories());
        assertEquals(List.of(new BigDecimal(1210), new BigDecimal(893)), spec.series().get(0).values());
        assertEquals(List.of(new BigDecimal(254), new BigDecimal(236)), spec.series().get(1).values());
        assertTrue(demo.images().draw(spec).png().length > 1000);
    }

    @Test
    void aDefinitionNamingAMissingOrNonNumericRowFailsAtLoad() {
        String yaml = """
                charts:
                  - { name: bad, form: work, scope: report, type: bar, title: 坏, rows: [publish.nothing, basic.name] }
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartDefinitions.read(
                new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), Map.of("work", demo.form)));
        assertTrue(e.getMessage().contains("no row publish.nothing"), e.getMessage());
        assertTrue(e.getMessage().contains("row basic.name holds no number"), e.getMessage());
    }
}
