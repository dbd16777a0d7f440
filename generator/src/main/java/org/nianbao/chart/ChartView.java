package org.nianbao.chart;

import java.util.List;
import org.nianbao.xml.Xml;

/**
 * A chart as templates show it. Paths are relative to the column's root (templates prefix {@code root}).
 *
 * @param title  the chart's title, for the figure's caption
 * @param alt    the description naming every value, for {@code alt}
 * @param header the data table's header row
 * @param rows   the data table's rows
 */
public record ChartView(String title, String unit, String source, String alt, String svg, String png, String png2x,
        String csv, int width, int height, List<String> header, List<List<String>> rows) {

    public ChartView {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * An {@code <img>} element for a news post: the PNG, its 2x version, size and alt text, with
     * {@code prefix} (the page's way back to the column root) before each path.
     */
    public String imgTag(String prefix) {
        return "<img src=\"" + Xml.escape(prefix + png) + "\" srcset=\"" + Xml.escape(prefix + png2x) + " 2x\" width=\""
                + width + "\" height=\"" + height + "\" alt=\"" + Xml.escape(alt) + "\">";
    }

    public static ChartView of(ChartSpec spec, ChartStyle style) {
        return new ChartView(spec.title(), spec.unit(), spec.source(), ChartTexts.alt(spec), spec.path() + ".svg",
                spec.path() + ".png", spec.path() + "@2x.png", spec.path() + ".csv", style.width(), style.height(),
                ChartTexts.header(spec), ChartTexts.rows(spec));
    }
}
