package org.nianbao.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;

/**
 * Draws a spec's chart as PNG (1x and 2x) and SVG on a canvas filled with the style's background (the
 * chart, its plot and legend have none: filling them again, antialiased, took a third of the drawing).
 * Each thread draws into its own reused opaque RGB canvas, so one instance serves a parallel build;
 * nothing else is shared but immutable style and font.
 */
public final class ChartImages {
    /** The three images of one chart. */
    public record Images(byte[] png, byte[] png2x, byte[] svg) {
    }

    private final ChartRenderer renderer;
    private final PngEncoder encoder = new PngEncoder();
    private final ThreadLocal<Canvas> canvas = new ThreadLocal<>();

    public ChartImages(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    public Images draw(ChartSpec spec) {
        JFreeChart chart = renderer.chart(spec);
        return new Images(png(chart, 1), png(chart, 2), svg(chart, spec.title()).getBytes(StandardCharsets.UTF_8));
    }

    /** The chart as PNG at {@code scale} times the style's size. */
    public byte[] png(JFreeChart chart, int scale) {
        Canvas c = drawn(chart, scale);
        return encoder.encode(c.pixels(), c.image().getWidth(), renderer.style().width() * scale,
                renderer.style().height() * scale);
    }

    /**
     * The chart drawn at {@code scale} into this thread's canvas (valid until the thread draws again),
     * in its top-left {@code scale} × the style's size.
     */
    BufferedImage raster(JFreeChart chart, int scale) {
        return drawn(chart, scale).image();
    }

    /** This thread's canvas with the chart drawn at {@code scale}. */
    private Canvas drawn(JFreeChart chart, int scale) {
        int w = renderer.style().width();
        int h = renderer.style().height();
        Canvas c = canvas(w * scale, h * scale);
        BufferedImage image = c.image();
        int[] pixels = c.pixels(); // filled straight: faster than fillRect's loop
        int background = renderer.style().background().getRGB();
        int stride = image.getWidth();
        for (int y = 0; y < h * scale; y++) {
            Arrays.fill(pixels, y * stride, y * stride + w * scale, background);
        }
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        return c;
    }

    public String svg(JFreeChart chart, String title) {
        SvgGraphics2D g = svgGraphics(chart);
        return g.svg(title);
    }

    /** Draws the chart into an SVG graphics, whose drawn texts can then be inspected. */
    public SvgGraphics2D svgGraphics(JFreeChart chart) {
        int w = renderer.style().width();
        int h = renderer.style().height();
        SvgGraphics2D g = new SvgGraphics2D(w, h);
        g.setColor(renderer.style().background());
        g.fillRect(0, 0, w, h);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        return g;
    }

    /** This thread's canvas, at least {@code w} × {@code h}; the 2x canvas also serves 1x drawings. */
    private Canvas canvas(int w, int h) {
        Canvas c = canvas.get();
        if (c == null || c.image().getWidth() < w || c.image().getHeight() < h) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            c = new Canvas(image, ((DataBufferInt) image.getRaster().getDataBuffer()).getData());
            canvas.set(c);
        }
        return c;
    }

    /** An opaque RGB image and its pixels, fetched once (each fetch marks the image untrackable again). */
    private record Canvas(BufferedImage image, int[] pixels) {
    }
}
