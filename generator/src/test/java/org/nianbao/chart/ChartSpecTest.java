package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.chart.ChartDefinition.Type;
import org.nianbao.chart.ChartSpec.Series;

class ChartSpecTest {
    private static ChartSpec spec(String title, String unit, List<String> categories, List<Series> series) {
        return new ChartSpec("charts/2023/a/publish", Type.BAR, title, unit, "示例市教育局", "2023年度", "项目",
                categories, series, "reports/2023/a.md");
    }

    private static Series series(String name, String... values) {
        List<BigDecimal> v = new ArrayList<>();
        for (String s : values) {
            v.add(s == null ? null : new BigDecimal(s));
        }
        return new Series(name, v);
    }

    private final ChartSpec base = spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "2")));

    @Test
    void theSameSpecGivesTheSameKey() {
        assertEquals(base.key(), spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "2"))).key());
    }

    /** The key stands for the chart's files in the manifest: any change to what they show must change it. */
    @Test
    void everyChangeOfWhatTheChartShowsChangesTheKey() {
        List<ChartSpec> variants = List.of(base,
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "3"))),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "2.0"))),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", null))),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "-2"))),
                spec("标题", "条", List.of("甲", "丙"), List.of(series("数量", "1", "2"))),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("件数", "1", "2"))),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "2"), series("数量", "1", "2"))),
                spec("标题二", "条", List.of("甲", "乙"), List.of(series("数量", "1", "2"))),
                spec("标题", "个", List.of("甲", "乙"), List.of(series("数量", "1", "2"))),
                new ChartSpec("charts/2023/b/publish", Type.BAR, "标题", "条", "示例市教育局", "2023年度", "项目",
                        List.of("甲", "乙"), List.of(series("数量", "1", "2")), "reports/2023/a.md"),
                new ChartSpec("charts/2023/a/publish", Type.COLUMN, "标题", "条", "示例市教育局", "2023年度", "项目",
                        List.of("甲", "乙"), List.of(series("数量", "1", "2")), "reports/2023/a.md"),
                new ChartSpec("charts/2023/a/publish", Type.BAR, "标题", "条", "示例市财政局", "2023年度", "项目",
                        List.of("甲", "乙"), List.of(series("数量", "1", "2")), "reports/2023/a.md"),
                new ChartSpec("charts/2023/a/publish", Type.BAR, "标题", "条", "示例市教育局", "2022年度", "项目",
                        List.of("甲", "乙"), List.of(series("数量", "1", "2")), "reports/2023/a.md"),
                new ChartSpec("charts/2023/a/publish", Type.BAR, "标题", "条", "示例市教育局", "2023年度", "年度",
                        List.of("甲", "乙"), List.of(series("数量", "1", "2")), "reports/2023/a.md"));
        Set<String> keys = new HashSet<>();
        variants.forEach(v -> keys.add(v.key()));
        assertEquals(variants.size(), keys.size());
    }

    /** Texts are length-prefixed: moving characters from one field to the next is a change too. */
    @Test
    void textsMovedAcrossFieldsChangeTheKey() {
        assertNotEquals(spec("标题条", "", List.of("甲", "乙"), List.of(series("数量", "1", "2"))).key(),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1", "2"))).key());
        assertNotEquals(spec("标题", "条", List.of("甲乙"), List.of(series("数量", "1"))).key(),
                spec("标题", "条", List.of("甲", "乙"), List.of(series("数量", "1"))).key());
        assertNotEquals(spec("标题", "条", List.of("甲"), List.of(series("数量", "1"), series("乙", "2"))).key(),
                spec("标题", "条", List.of("甲"), List.of(series("数量", "1", "2"), series("乙"))).key());
    }
}
