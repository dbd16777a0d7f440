package org.nianbao.chart;

import java.util.List;
import org.nianbao.plan.ColumnLayout;

/**
 * A chart as templates show it. Paths are relative to the column's root (templates prefix {@code root}).
 *
 * @param title  the chart's title, for the figure's caption
 * @param alt    the description naming every value, for {@code alt}
 * @param png    the 1x PNG, empty when the build does not write it (the site did not ask)
 * @param png2x  the 2x PNG, always written; shown at {@code width} × {@code height}
 * @param header the data table's header row
 * @param rows   the data table's rows
 */
public record ChartView(String title, String unit, String source, String alt, String svg, String png, String png2x,
        String csv, int width, int height, List<String> header, List<List<String>> rows) {

    public ChartView {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The image the gallery shows: the 1x PNG when written, else the 2x one. */
    public String shownPng() {
        return png.isEmpty() ? png2x : png;
    }

    /** @param png1x whether the build writes the 1x PNG */
    public static ChartView of(ChartSpec spec, ChartStyle style, boolean png1x) {
        ColumnLayout.ChartFiles files = ColumnLayout.chartFiles(spec.path(), png1x);
        return new ChartView(spec.title(), spec.unit(), spec.source(), ChartTexts.alt(spec), files.svg(), files.png(),
                files.png2x(), files.csv(), style.width(), style.height(), ChartTexts.header(spec), ChartTexts.rows(spec));
    }
}
