package org.nianbao.chart;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.chart.ChartSpec.Series;
import org.nianbao.form.FigureFormat;
import org.nianbao.source.Csv;

/** A chart's data as words and tables: the alt text, the data table and the CSV file. */
public final class ChartTexts {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ChartTexts() {
    }

    /**
     * A description that names every value, e.g. 示例市教育局2023年度信息发布，条形图，单位：条。
     * 概况类信息更新量 44，政务动态信息更新量 709，信息公开目录信息更新量 461。
     */
    public static String alt(ChartSpec spec) {
        StringBuilder s = new StringBuilder(spec.title()).append('，').append(typeName(spec)).append("，单位：")
                .append(spec.unit()).append("。");
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < spec.categories().size(); c++) {
            if (spec.series().size() == 1) {
                parts.add(spec.categories().get(c) + " " + value(spec.series().get(0).values().get(c)));
            } else {
                List<String> values = new ArrayList<>();
                for (Series series : spec.series()) {
                    values.add(series.name() + " " + value(series.values().get(c)));
                }
                parts.add(spec.categories().get(c) + "：" + String.join("，", values));
            }
        }
        s.append(String.join(spec.series().size() == 1 ? "，" : "；", parts)).append('。');
        return s.toString();
    }

    private static String typeName(ChartSpec spec) {
        return switch (spec.type()) {
            case BAR -> "条形图";
            case COLUMN -> "柱状图";
            case STACKED -> "堆积柱状图";
            case LINE -> "折线图";
        };
    }

    private static String value(BigDecimal v) {
        return v == null ? "无数据" : FigureFormat.of(v);
    }

    /** The header row of the data table and CSV: the category header, then each series with the unit. */
    public static List<String> header(ChartSpec spec) {
        List<String> h = new ArrayList<>();
        h.add(spec.categoryHeader());
        boolean oneUnit = !spec.unit().contains("、");
        for (Series series : spec.series()) {
            h.add(oneUnit ? series.name() + "（" + spec.unit() + "）" : series.name());
        }
        return h;
    }

    /** The data rows, values formatted as on the chart ({@code 1,234}); empty where there is no value. */
    public static List<List<String>> rows(ChartSpec spec) {
        return rows(spec, FigureFormat::of);
    }

    private static List<List<String>> rows(ChartSpec spec, java.util.function.Function<BigDecimal, String> format) {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < spec.categories().size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(spec.categories().get(c));
            for (Series series : spec.series()) {
                BigDecimal v = series.values().get(c);
                row.add(v == null ? "" : format.apply(v));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The data as CSV: UTF-8 with a byte order mark (so that Excel on Chinese Windows opens it as UTF-8),
     * CRLF line ends, numbers as written in the reports (no grouping), quotes where needed.
     */
    public static byte[] csv(ChartSpec spec) {
        StringBuilder s = new StringBuilder();
        line(s, header(spec));
        for (List<String> row : rows(spec, BigDecimal::toPlainString)) {
            line(s, row);
        }
        byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void line(StringBuilder s, List<String> cells) {
        s.append(Csv.line(cells)).append("\r\n");
    }
}
