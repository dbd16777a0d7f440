package org.nianbao.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * One drawing sent to several graphics: a chart's layout (text measured, ticks chosen) is worked out
 * once for its 1x PNG, 2x PNG and SVG instead of once each, a tenth of a chart's time. The first graphics
 * answers every question (font metrics, transform, clip, state), so all of them draw the same layout,
 * measured at 1x (the first graphics draws at 1x, untransformed). Each other graphics may start from a
 * transform of its own (the 2x one from a scale of 2), which an absolute {@link #setTransform} keeps.
 */
final class TeeGraphics2D extends Graphics2D {
    private final Graphics2D[] targets;
    /** Each target's transform before the drawing: what {@link #setTransform} is relative to. */
    private final AffineTransform[] bases;

    /** Draws into each of {@code targets}, as they are; the first answers questions. */
    TeeGraphics2D(Graphics2D... targets) {
        this.targets = targets;
        this.bases = new AffineTransform[targets.length];
        for (int i = 0; i < targets.length; i++) {
            bases[i] = targets[i].getTransform();
        }
    }

    private TeeGraphics2D(Graphics2D[] targets, AffineTransform[] bases) {
        this.targets = targets;
        this.bases = bases;
    }

    private Graphics2D first() {
        return targets[0];
    }

    @Override
    public Graphics create() {
        Graphics2D[] copies = new Graphics2D[targets.length];
        for (int i = 0; i < targets.length; i++) {
            copies[i] = (Graphics2D) targets[i].create();
        }
        return new TeeGraphics2D(copies, bases);
    }

    @Override
    public void dispose() {
        for (Graphics2D g : targets) {
            g.dispose();
        }
    }

    /** Declared empty, as {@link SvgGraphics2D#finalize} is: not tracked for finalization. */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void finalize() {
    }

    // ---- questions: the first graphics answers ----

    @Override
    public Color getColor() {
        return first().getColor();
    }

    @Override
    public Font getFont() {
        return first().getFont();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return first().getFontMetrics(f);
    }

    @Override
    public Rectangle getClipBounds() {
        return first().getClipBounds();
    }

    @Override
    public Shape getClip() {
        return first().getClip();
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return first().hit(rect, s, onStroke);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return first().getDeviceConfiguration();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return first().getRenderingHint(hintKey);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return first().getRenderingHints();
    }

    @Override
    public AffineTransform getTransform() {
        return first().getTransform();
    }

    @Override
    public Paint getPaint() {
        return first().getPaint();
    }

    @Override
    public Composite getComposite() {
        return first().getComposite();
    }

    @Override
    public Color getBackground() {
        return first().getBackground();
    }

    @Override
    public Stroke getStroke() {
        return first().getStroke();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return first().getFontRenderContext();
    }

    // ---- state: set on every graphics ----

    @Override
    public void setTransform(AffineTransform tx) {
        for (int i = 0; i < targets.length; i++) {
            AffineTransform t = new AffineTransform(bases[i]);
            t.concatenate(tx);
            targets[i].setTransform(t);
        }
    }

    @Override
    public void setColor(Color c) {
        for (Graphics2D g : targets) {
            g.setColor(c);
        }
    }

    @Override
    public void setPaintMode() {
        for (Graphics2D g : targets) {
            g.setPaintMode();
        }
    }

    @Override
    public void setXORMode(Color c1) {
        for (Graphics2D g : targets) {
            g.setXORMode(c1);
        }
    }

    @Override
    public void setFont(Font font) {
        for (Graphics2D g : targets) {
            g.setFont(font);
        }
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        for (Graphics2D g : targets) {
            g.clipRect(x, y, width, height);
        }
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        for (Graphics2D g : targets) {
            g.setClip(x, y, width, height);
        }
    }

    @Override
    public void setClip(Shape clip) {
        for (Graphics2D g : targets) {
            g.setClip(clip);
        }
    }

    @Override
    public void clip(Shape s) {
        for (Graphics2D g : targets) {
            g.clip(s);
        }
    }

    @Override
    public void setComposite(Composite comp) {
        for (Graphics2D g : targets) {
            g.setComposite(comp);
        }
    }

    @Override
    public void setPaint(Paint paint) {
        for (Graphics2D g : targets) {
            g.setPaint(paint);
        }
    }

    @Override
    public void setStroke(Stroke s) {
        for (Graphics2D g : targets) {
            g.setStroke(s);
        }
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        for (Graphics2D g : targets) {
            g.setRenderingHint(hintKey, hintValue);
        }
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        for (Graphics2D g : targets) {
            g.setRenderingHints(hints);
        }
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        for (Graphics2D g : targets) {
            g.addRenderingHints(hints);
        }
    }

    @Override
    public void setBackground(Color color) {
        for (Graphics2D g : targets) {
            g.setBackground(color);
        }
    }

    @Override
    public void translate(int x, int y) {
        for (Graphics2D g : targets) {
            g.translate(x, y);
        }
    }

    @Override
    public void translate(double tx, double ty) {
        for (Graphics2D g : targets) {
            g.translate(tx, ty);
        }
    }

    @Override
    public void rotate(double theta) {
        for (Graphics2D g : targets) {
            g.rotate(theta);
        }
    }

    @Override
    public void rotate(double theta, double x, double y) {
        for (Graphics2D g : targets) {
            g.rotate(theta, x, y);
        }
    }

    @Override
    public void scale(double sx, double sy) {
        for (Graphics2D g : targets) {
            g.scale(sx, sy);
        }
    }

    @Override
    public void shear(double shx, double shy) {
        for (Graphics2D g : targets) {
            g.shear(shx, shy);
        }
    }

    @Override
    public void transform(AffineTransform tx) {
        for (Graphics2D g : targets) {
            g.transform(tx);
        }
    }

    // ---- drawing: on every graphics ----

    @Override
    public void draw(Shape s) {
        for (Graphics2D g : targets) {
            g.draw(s);
        }
    }

    @Override
    public void fill(Shape s) {
        for (Graphics2D g : targets) {
            g.fill(s);
        }
    }

    @Override
    public void drawString(String str, int x, int y) {
        for (Graphics2D g : targets) {
            g.drawString(str, x, y);
        }
    }

    @Override
    public void drawString(String str, float x, float y) {
        for (Graphics2D g : targets) {
            g.drawString(str, x, y);
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        for (Graphics2D g : targets) {
            iterator.first();
            g.drawString(iterator, x, y);
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        for (Graphics2D g : targets) {
            iterator.first();
            g.drawString(iterator, x, y);
        }
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        for (Graphics2D g : targets) {
            g.drawGlyphVector(gv, x, y);
        }
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        for (Graphics2D g : targets) {
            g.copyArea(x, y, width, height, dx, dy);
        }
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        for (Graphics2D g : targets) {
            g.drawLine(x1, y1, x2, y2);
        }
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        for (Graphics2D g : targets) {
            g.fillRect(x, y, width, height);
        }
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        for (Graphics2D g : targets) {
            g.clearRect(x, y, width, height);
        }
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        for (Graphics2D g : targets) {
            g.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
        }
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        for (Graphics2D g : targets) {
            g.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
        }
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        for (Graphics2D g : targets) {
            g.drawOval(x, y, width, height);
        }
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        for (Graphics2D g : targets) {
            g.fillOval(x, y, width, height);
        }
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        for (Graphics2D g : targets) {
            g.drawArc(x, y, width, height, startAngle, arcAngle);
        }
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        for (Graphics2D g : targets) {
            g.fillArc(x, y, width, height, startAngle, arcAngle);
        }
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        for (Graphics2D g : targets) {
            g.drawPolyline(xPoints, yPoints, nPoints);
        }
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        for (Graphics2D g : targets) {
            g.drawPolygon(xPoints, yPoints, nPoints);
        }
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        for (Graphics2D g : targets) {
            g.fillPolygon(xPoints, yPoints, nPoints);
        }
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, xform, obs);
        }
        return done;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        for (Graphics2D g : targets) {
            g.drawImage(img, op, x, y);
        }
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        for (Graphics2D g : targets) {
            g.drawRenderedImage(img, xform);
        }
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        for (Graphics2D g : targets) {
            g.drawRenderableImage(img, xform);
        }
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, x, y, observer);
        }
        return done;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, x, y, width, height, observer);
        }
        return done;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, x, y, bgcolor, observer);
        }
        return done;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, x, y, width, height, bgcolor, observer);
        }
        return done;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
        }
        return done;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
        }
        return done;
    }
}
