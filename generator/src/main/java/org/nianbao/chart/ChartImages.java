package org.nianbao.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;

/**
 * Draws a spec's chart as PNG (2x, and 1x when asked) and SVG on canvases filled with the style's background (the
 * chart, its plot and legend have none: filling them again, antialiased, took a third of the drawing),
 * all three in one pass of JFreeChart. Each thread draws into its own reused opaque RGB canvases, so one
 * instance serves a parallel build; nothing else is shared but immutable style and font.
 */
public final class ChartImages {
    /** The images of one chart; {@code png} (the 1x PNG) is null when it was not asked for. */
    public record Images(byte[] png, byte[] png2x, byte[] svg) {
    }

    private final ChartRenderer renderer;
    private final PngEncoder encoder = new PngEncoder();
    /** Each thread's canvases, by scale (1 and 2). */
    private final ThreadLocal<Canvas[]> canvases = ThreadLocal.withInitial(() -> new Canvas[3]);

    public ChartImages(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    /** The chart's three images, the 1x PNG included. */
    public Images draw(ChartSpec spec) {
        return draw(spec, true);
    }

    /**
     * The chart's images from one drawing: JFreeChart lays the chart out once, measured at 1x, for all of
     * them (see {@link TeeGraphics2D}). Without {@code png1x} the 1x PNG is neither drawn nor encoded (news
     * posts need only the 2x one); the SVG graphics, which measures text as the 1x PNG does, answers then.
     */
    public Images draw(ChartSpec spec, boolean png1x) {
        JFreeChart chart = renderer.chart(spec);
        int w = renderer.style().width();
        int h = renderer.style().height();
        Canvas one = png1x ? filledCanvas(1) : null;
        Canvas two = filledCanvas(2);
        Graphics2D g1 = png1x ? one.image.createGraphics() : null;
        Graphics2D g2 = two.image.createGraphics();
        g2.scale(2, 2);
        SvgGraphics2D svg = filledSvg();
        try {
            chart.draw(png1x ? new TeeGraphics2D(g1, g2, svg) : new TeeGraphics2D(svg, g2),
                    new Rectangle2D.Double(0, 0, w, h));
        } finally {
            if (g1 != null) {
                g1.dispose();
            }
            g2.dispose();
        }
        return new Images(png1x ? encoded(one) : null, encoded(two),
                svg.svg(spec.title()).getBytes(StandardCharsets.UTF_8));
    }

    /** The chart as PNG at {@code scale} times the style's size, drawn on its own. */
    public byte[] png(JFreeChart chart, int scale) {
        return encoded(drawn(chart, scale));
    }

    /** The canvas as PNG; the encoder leaves it clean for the next chart. */
    private byte[] encoded(Canvas c) {
        int w = c.image.getWidth();
        byte[] png = encoder.encodeAndClear(c.pixels, w, w, c.image.getHeight(), background());
        c.clean = true;
        return png;
    }

    private int background() {
        return renderer.style().background().getRGB();
    }

    /** The chart drawn at {@code scale} into this thread's canvas (valid until the thread draws again). */
    BufferedImage raster(JFreeChart chart, int scale) {
        return drawn(chart, scale).image;
    }

    /** This thread's canvas with the chart drawn at {@code scale}. */
    private Canvas drawn(JFreeChart chart, int scale) {
        Canvas c = filledCanvas(scale);
        Graphics2D g = c.image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, renderer.style().width(), renderer.style().height()));
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
        SvgGraphics2D g = filledSvg();
        chart.draw(g, new Rectangle2D.Double(0, 0, renderer.style().width(), renderer.style().height()));
        return g;
    }

    /** An SVG graphics of the style's size, its background drawn. */
    private SvgGraphics2D filledSvg() {
        int w = renderer.style().width();
        int h = renderer.style().height();
        SvgGraphics2D g = new SvgGraphics2D(w, h);
        g.setColor(renderer.style().background());
        g.fillRect(0, 0, w, h);
        return g;
    }

    /**
     * This thread's canvas for {@code scale} (1 or 2), the style's size times it, all background: left so
     * by the encoder after the last chart, or filled straight in its pixels (faster than {@code fillRect}).
     * It counts as drawn on from here until encoded.
     */
    private Canvas filledCanvas(int scale) {
        Canvas[] mine = canvases.get();
        Canvas c = mine[scale];
        if (c == null) {
            c = new Canvas(new BufferedImage(renderer.style().width() * scale, renderer.style().height() * scale,
                    BufferedImage.TYPE_INT_RGB));
            mine[scale] = c;
        }
        if (!c.clean) {
            Arrays.fill(c.pixels, background());
        }
        c.clean = false;
        return c;
    }

    /** An opaque RGB image and its pixels, fetched once (each fetch marks the image untrackable again). */
    private static final class Canvas {
        final BufferedImage image;
        final int[] pixels;
        /** Whether every pixel is the background, as the encoder leaves it. */
        boolean clean;

        Canvas(BufferedImage image) {
            this.image = image;
            this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
    }
}
