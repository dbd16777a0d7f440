package org.nianbao.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.nianbao.chart.ChartDefinition.Type;
import org.nianbao.form.FigureFormat;

/**
 * Builds the JFreeChart of a spec in the theme's style: the title, unit, source and year drawn in,
 * every value labelled, a zero baseline, and series told apart by hatching or by marker and dash.
 * No {@code ChartFactory}: its chart theme is global state.
 */
public final class ChartRenderer {
    private final ChartStyle style;
    private final ChartFont font;

    public ChartRenderer(ChartStyle style, ChartFont font) {
        this.style = style;
        this.font = font;
    }

    public ChartStyle style() {
        return style;
    }

    public JFreeChart chart(ChartSpec spec) {
        DefaultCategoryDataset data = dataset(spec);
        boolean integers = spec.series().stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v.stripTrailingZeros().scale() <= 0);
        boolean legend = spec.series().size() > 1;

        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(font.derive(Font.PLAIN, style.sizes().tick()));
        categories.setTickLabelPaint(style.text());
        categories.setAxisLinePaint(style.axis());
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(spec.type() == Type.LINE ? 0 : 0.25);
        categories.setLowerMargin(spec.type() == Type.LINE ? 0.08 : 0.04);
        categories.setUpperMargin(spec.type() == Type.LINE ? 0.08 : 0.04);
        categories.setMaximumCategoryLabelLines(2);
        if (spec.type() == Type.BAR) {
            categories.setMaximumCategoryLabelWidthRatio(0.4f); // the labels' column left of horizontal bars
        }
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);

        NumberAxis values = new NumberAxis(null);
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.15);
        values.setNumberFormatOverride(FigureFormat.axis());
        if (integers) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        }
        values.setTickLabelFont(font.derive(Font.PLAIN, style.sizes().tick()));
        values.setTickLabelPaint(style.muted());
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);

        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer(spec));
        plot.setOrientation(spec.type() == Type.BAR ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(spec.type() == Type.BAR ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.TOP_OR_LEFT);
        plot.setBackgroundPaint(null); // the canvas is filled before drawing: see ChartImages
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(style.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(style.axis());
        plot.setRangeZeroBaselineStroke(new BasicStroke(1.2f));
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(14, 18, 10, 18));
        chart.setRenderingHints(hints());
        chart.setTitle(title(spec.title(), Font.BOLD, style.sizes().title(), style.text(), RectangleEdge.TOP));
        chart.addSubtitle(title("单位：" + spec.unit(), Font.PLAIN, style.sizes().subtitle(), style.muted(),
                RectangleEdge.TOP));
        if (legend) {
            LegendTitle l = new LegendTitle(plot);
            l.setItemFont(font.derive(Font.PLAIN, style.sizes().legend()));
            l.setItemPaint(style.text());
            l.setBackgroundPaint(null);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.TOP);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
            l.setMargin(new RectangleInsets(4, 0, 2, 0));
            chart.addSubtitle(l);
        }
        chart.addSubtitle(title("来源：" + spec.source() + "　　数据年度：" + spec.period(), Font.PLAIN,
                style.sizes().footer(), style.muted(), RectangleEdge.BOTTOM));
        return chart;
    }

    private TextTitle title(String text, int fontStyle, float size, java.awt.Color paint, RectangleEdge edge) {
        TextTitle t = new TextTitle(text, font.derive(fontStyle, size));
        t.setPaint(paint);
        t.setPosition(edge);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 0, 4, 0));
        return t;
    }

    private AbstractCategoryItemRenderer renderer(ChartSpec spec) {
        AbstractCategoryItemRenderer r;
        int n = spec.series().size();
        if (spec.type() == Type.LINE) {
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < n; i++) {
                line.setSeriesPaint(i, style.color(i));
                line.setSeriesStroke(i, style.lineStroke(i));
                line.setSeriesShape(i, marker(i));
                line.setSeriesShapesFilled(i, true);
                // alternate labels above and below, so that close values of two series do not overlap
                line.setSeriesPositiveItemLabelPosition(i, i % 2 == 0
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
            }
            line.setItemLabelAnchorOffset(6);
            r = line;
        } else {
            BarRenderer bar = spec.type() == Type.STACKED ? new StackedBarRenderer() : new BarRenderer();
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            bar.setDrawBarOutline(false);
            bar.setItemMargin(0.06);
            bar.setMaximumBarWidth(spec.type() == Type.BAR ? 0.12 : 0.14);
            for (int i = 0; i < n; i++) {
                bar.setSeriesPaint(i, style.barPaint(i));
            }
            // stacked values go right of their segment: on white, not on a hatched fill
            bar.setDefaultPositiveItemLabelPosition(spec.type() == Type.STACKED
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : spec.type() == Type.BAR
                            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            bar.setItemLabelAnchorOffset(4);
            for (int i = 0; i < n; i++) {
                bar.setLegendShape(i, new Rectangle2D.Double(-8, -8, 16, 16));
            }
            r = bar;
        }
        r.setDefaultItemLabelGenerator(new FigureLabels(spec, spec.type() == Type.STACKED));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(font.derive(Font.PLAIN, style.sizes().value()));
        r.setDefaultItemLabelPaint(style.text());
        return r;
    }

    /**
     * Each value's label as the report's tables print it ({@link FigureFormat}), from the spec's exact
     * figure rather than the dataset's double; a stacked segment of height zero has nothing to label.
     */
    private static final class FigureLabels extends StandardCategoryItemLabelGenerator {
        private final transient ChartSpec spec;
        private final boolean skipZeros;

        FigureLabels(ChartSpec spec, boolean skipZeros) {
            super("{2}", FigureFormat.axis());
            this.spec = spec;
            this.skipZeros = skipZeros;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            BigDecimal v = spec.series().get(row).values().get(column);
            return v == null || skipZeros && v.signum() == 0 ? null : FigureFormat.of(v);
        }
    }

    /** Distinct marker shapes: circle, square, triangle, diamond. */
    private static Shape marker(int i) {
        double s = 4.5;
        return switch (i % 4) {
            case 0 -> new Ellipse2D.Double(-s, -s, 2 * s, 2 * s);
            case 1 -> new Rectangle2D.Double(-s + 0.5, -s + 0.5, 2 * s - 1, 2 * s - 1);
            case 2 -> polygon(0, -s - 1, s + 1, s, -s - 1, s);
            default -> polygon(0, -s - 1, s + 1, 0, 0, s + 1, -s - 1, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static RenderingHints hints() {
        RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        h.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return h;
    }

    /** The dataset; labels repeated within a chart (two accounts of one name) are made unique. */
    private static DefaultCategoryDataset dataset(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> categories = unique(spec.categories());
        List<String> series = unique(spec.series().stream().map(ChartSpec.Series::name).toList());
        for (int s = 0; s < series.size(); s++) {
            List<BigDecimal> v = spec.series().get(s).values();
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(v.get(c), series.get(s), categories.get(c));
            }
        }
        return data;
    }

    private static List<String> unique(List<String> labels) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String l : labels) {
            String u = l;
            for (int n = 2; !seen.add(u); n++) {
                u = l + "（" + n + "）";
            }
            out.add(u);
        }
        return out;
    }
}
