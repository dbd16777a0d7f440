package org.nianbao.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How charts look, from the theme's {@code chart-style.yaml}: size, colours, series cues, font sizes.
 *
 * @param font   the chart font's path inside the theme, e.g. {@code fonts/NotoSansSC-nianbao-subset.otf}
 * @param source the file's bytes, part of every chart's cache key
 */
public record ChartStyle(String font, int width, int height, Color background, Color text, Color muted, Color grid,
        Color axis, List<Color> palette, List<HatchPaint.Kind> hatches, List<float[]> dashes, Sizes sizes,
        byte[] source) {

    /** Font sizes in pixels at 1x. */
    public record Sizes(float title, float subtitle, float axis, float tick, float value, float legend,
            float footer) {
    }

    public ChartStyle {
        palette = List.copyOf(palette);
        hatches = List.copyOf(hatches);
        dashes = List.copyOf(dashes);
    }

    /** Reads a {@code chart-style.yaml}; a theme is trusted code, so a broken file fails loudly. */
    @SuppressWarnings("unchecked")
    public static ChartStyle parse(byte[] yaml) {
        Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new ByteArrayInputStream(yaml));
        Map<String, Object> colors = (Map<String, Object>) m.get("colors");
        Map<String, Object> sizes = (Map<String, Object>) m.get("sizes");
        return new ChartStyle((String) m.get("font"), (Integer) m.get("width"), (Integer) m.get("height"),
                color(colors, "background"), color(colors, "text"), color(colors, "muted"), color(colors, "grid"),
                color(colors, "axis"),
                ((List<String>) m.get("palette")).stream().map(Color::decode).toList(),
                ((List<String>) m.get("hatches")).stream().map(HatchPaint.Kind::of).toList(),
                ((List<List<Number>>) m.get("dashes")).stream().map(ChartStyle::floats).toList(),
                new Sizes(size(sizes, "title"), size(sizes, "subtitle"), size(sizes, "axis"), size(sizes, "tick"),
                        size(sizes, "value"), size(sizes, "legend"), size(sizes, "footer")),
                yaml.clone());
    }

    /** The fill of bar series {@code i}: its colour, and its hatching. */
    public Paint barPaint(int i) {
        return HatchPaint.of(color(i), hatches.get(i % hatches.size()));
    }

    public Color color(int i) {
        return palette.get(i % palette.size());
    }

    /** The line of series {@code i}: its dash pattern. */
    public BasicStroke lineStroke(int i) {
        float[] dash = dashes.get(i % dashes.size());
        return dash.length == 0 ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static Color color(Map<String, Object> colors, String key) {
        return Color.decode((String) colors.get(key));
    }

    private static float size(Map<String, Object> sizes, String key) {
        return ((Number) sizes.get(key)).floatValue();
    }

    private static float[] floats(List<Number> list) {
        float[] f = new float[list.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = list.get(i).floatValue();
        }
        return f;
    }
}
