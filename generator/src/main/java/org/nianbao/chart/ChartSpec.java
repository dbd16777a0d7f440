package org.nianbao.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.chart.ChartDefinition.Type;

/**
 * One chart to draw, with its data: everything the image, its alt text, table and CSV show. Plain
 * values only, so that it can be hashed for the cache and drawn on any thread.
 *
 * @param path           output path without extension, e.g. {@code charts/2023/jiaoyuju/publish}
 * @param title          drawn at the top, e.g. 示例市教育局2023年度信息发布
 * @param unit           e.g. 条; several units joined with 、 when the series differ
 * @param source         主办单位 of the site or of the column, drawn as 来源
 * @param period         e.g. 2023年度 or 2021—2023年度
 * @param categoryHeader what the categories are, as the data table's first header: 项目, 年度, 层级 …
 * @param categories     category labels
 * @param series         one or more series, each with one value per category ({@code null}: no value)
 * @param file           the source file that the figures come from, for messages
 */
public record ChartSpec(String path, Type type, String title, String unit, String source, String period,
        String categoryHeader, List<String> categories, List<Series> series, String file) {

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A named row of values; values may be {@code null} where a report has no such figure. */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** The file name without folders, e.g. {@code publish}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Everything the chart's files show, as one text for its job's key: each text prefixed by its length,
     * so that no two different specs give the same key. Written out because a record's {@code toString}
     * formats every field through {@code String.format}, which is slow for a key computed several times per chart.
     */
    public String key() {
        StringBuilder b = new StringBuilder(512);
        for (String s : List.of(path, type.name(), title, unit, source, period, categoryHeader, file)) {
            text(b, s);
        }
        b.append(categories.size()).append('\n');
        categories.forEach(c -> text(b, c));
        b.append(series.size()).append('\n');
        for (Series s : series) {
            text(b, s.name());
            for (BigDecimal v : s.values()) {
                b.append(v == null ? "-" : v.toString()).append(',');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The keys of several specs, in order, as one text (see {@link #key}). */
    public static String keys(List<ChartSpec> specs) {
        StringBuilder b = new StringBuilder(512 * specs.size() + 16);
        b.append(specs.size()).append('\n');
        specs.forEach(s -> b.append(s.key()));
        return b.toString();
    }

    private static void text(StringBuilder b, String s) {
        if (s == null) {
            b.append("-\n");
            return;
        }
        b.append(s.length()).append(':').append(s).append('\n');
    }

    /** Every text drawn from the data (not the axis numbers), for the font check. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, unit, source, period));
        texts.addAll(categories);
        series.forEach(s -> texts.add(s.name()));
        return texts;
    }
}
