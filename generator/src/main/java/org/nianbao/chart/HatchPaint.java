package org.nianbao.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.PaintContext;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.Transparency;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.util.Locale;

/**
 * A fill of one colour with white marks (lines or dots), so that bar series differ by more than
 * colour. One geometry serves both outputs: rasters tile it, the SVG writer emits it as a pattern.
 */
final class HatchPaint implements Paint {
    /** The side of one tile, in user space (pixels at 1x). */
    public static final int TILE = 8;
    /** Marks are white lines of this width. */
    public static final float MARK_WIDTH = 1.6f;
    /** Tiles are drawn at these device scales (PNG 1x and 2x) and, for any other, at the largest. */
    private static final int[] SCALES = {1, 2, 4};

    /** The kinds of marks. */
    public enum Kind {
        SOLID, DIAGONAL, BACKDIAGONAL, CROSS, HORIZONTAL, DOTS;

        static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final Color color;
    private final Kind kind;
    /** The tiles at each scale, drawn when first needed (a paint serves one chart, in one thread). */
    private final TexturePaint[] textures = new TexturePaint[SCALES.length];

    private HatchPaint(Color color, Kind kind) {
        this.color = color;
        this.kind = kind;
    }

    /**
     * The fill of {@code kind} in {@code color}. Unhatched, it is the plain colour, which Java2D fills
     * several times faster than any other paint (even one of a single colour).
     */
    public static Paint of(Color color, Kind kind) {
        return kind == Kind.SOLID ? color : new HatchPaint(color, kind);
    }

    public Color color() {
        return color;
    }

    public Kind kind() {
        return kind;
    }

    /** The marks of one tile in tile coordinates; lines are stroked, dots filled. */
    public Shape lines() {
        Path2D p = new Path2D.Double();
        int t = TILE;
        switch (kind) {
            case DIAGONAL -> {
                // lines overhang the tile so that neighbouring tiles join without gaps
                p.append(new Line2D.Double(-1, 1, 1, -1), false);
                p.append(new Line2D.Double(-1, t + 1, t + 1, -1), false);
                p.append(new Line2D.Double(t - 1, t + 1, t + 1, t - 1), false);
            }
            case BACKDIAGONAL -> {
                p.append(new Line2D.Double(-1, t - 1, 1, t + 1), false);
                p.append(new Line2D.Double(-1, -1, t + 1, t + 1), false);
                p.append(new Line2D.Double(t - 1, -1, t + 1, 1), false);
            }
            case CROSS -> {
                p.append(new Line2D.Double(0, t / 2.0, t, t / 2.0), false);
                p.append(new Line2D.Double(t / 2.0, 0, t / 2.0, t), false);
            }
            case HORIZONTAL -> p.append(new Line2D.Double(0, t / 2.0, t, t / 2.0), false);
            default -> {
            }
        }
        return p;
    }

    public Shape dots() {
        Path2D p = new Path2D.Double();
        if (kind == Kind.DOTS) {
            p.append(new Ellipse2D.Double(0.8, 0.8, 2.4, 2.4), false);
            p.append(new Ellipse2D.Double(4.8, 4.8, 2.4, 2.4), false);
        }
        return p;
    }

    private TexturePaint texture(int scale) {
        int size = TILE * scale;
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setColor(color);
            g.fillRect(0, 0, size, size);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(MARK_WIDTH));
            g.draw(lines());
            g.fill(dots());
        } finally {
            g.dispose();
        }
        // mapped onto one tile of user space: at its own scale, one texture pixel is one device pixel
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, TILE, TILE));
    }

    @Override
    public PaintContext createContext(ColorModel cm, Rectangle deviceBounds, Rectangle2D userBounds,
            AffineTransform xform, RenderingHints hints) {
        int i = 0;
        while (i < SCALES.length - 1 && SCALES[i] != xform.getScaleX()) {
            i++;
        }
        if (textures[i] == null) {
            textures[i] = texture(SCALES[i]);
        }
        return textures[i].createContext(cm, deviceBounds, userBounds, xform, hints);
    }

    @Override
    public int getTransparency() {
        return Transparency.OPAQUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HatchPaint h && h.color.equals(color) && h.kind == kind;
    }

    @Override
    public int hashCode() {
        return color.hashCode() * 31 + kind.hashCode();
    }
}
