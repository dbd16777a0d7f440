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
import java.util.function.Consumer;
import java.util.function.Predicate;

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

    /** Does {@code call} on every graphics, in order. */
    private void each(Consumer<Graphics2D> call) {
        for (Graphics2D g : targets) {
            call.accept(g);
        }
    }

    /** Does {@code call} on every graphics; whether all of them returned true (an image drawn completely). */
    private boolean all(Predicate<Graphics2D> call) {
        boolean done = true;
        for (Graphics2D g : targets) {
            done &= call.test(g);
        }
        return done;
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
        each(Graphics::dispose);
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
        each(g -> g.setColor(c));
    }

    @Override
    public void setPaintMode() {
        each(g -> g.setPaintMode());
    }

    @Override
    public void setXORMode(Color c1) {
        each(g -> g.setXORMode(c1));
    }

    @Override
    public void setFont(Font font) {
        each(g -> g.setFont(font));
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        each(g -> g.clipRect(x, y, width, height));
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        each(g -> g.setClip(x, y, width, height));
    }

    @Override
    public void setClip(Shape clip) {
        each(g -> g.setClip(clip));
    }

    @Override
    public void clip(Shape s) {
        each(g -> g.clip(s));
    }

    @Override
    public void setComposite(Composite comp) {
        each(g -> g.setComposite(comp));
    }

    @Override
    public void setPaint(Paint paint) {
        each(g -> g.setPaint(paint));
    }

    @Override
    public void setStroke(Stroke s) {
        each(g -> g.setStroke(s));
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        each(g -> g.setRenderingHint(hintKey, hintValue));
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        each(g -> g.setRenderingHints(hints));
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        each(g -> g.addRenderingHints(hints));
    }

    @Override
    public void setBackground(Color color) {
        each(g -> g.setBackground(color));
    }

    @Override
    public void translate(int x, int y) {
        each(g -> g.translate(x, y));
    }

    @Override
    public void translate(double tx, double ty) {
        each(g -> g.translate(tx, ty));
    }

    @Override
    public void rotate(double theta) {
        each(g -> g.rotate(theta));
    }

    @Override
    public void rotate(double theta, double x, double y) {
        each(g -> g.rotate(theta, x, y));
    }

    @Override
    public void scale(double sx, double sy) {
        each(g -> g.scale(sx, sy));
    }

    @Override
    public void shear(double shx, double shy) {
        each(g -> g.shear(shx, shy));
    }

    @Override
    public void transform(AffineTransform tx) {
        each(g -> g.transform(tx));
    }

    // ---- drawing: on every graphics ----

    @Override
    public void draw(Shape s) {
        each(g -> g.draw(s));
    }

    @Override
    public void fill(Shape s) {
        each(g -> g.fill(s));
    }

    @Override
    public void drawString(String str, int x, int y) {
        each(g -> g.drawString(str, x, y));
    }

    @Override
    public void drawString(String str, float x, float y) {
        each(g -> g.drawString(str, x, y));
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        each(g -> {
            iterator.first(); // each graphics reads the text from its start
            g.drawString(iterator, x, y);
        });
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        each(g -> {
            iterator.first(); // each graphics reads the text from its start
            g.drawString(iterator, x, y);
        });
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        each(g -> g.drawGlyphVector(gv, x, y));
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        each(g -> g.copyArea(x, y, width, height, dx, dy));
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        each(g -> g.drawLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        each(g -> g.fillRect(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        each(g -> g.clearRect(x, y, width, height));
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        each(g -> g.drawRoundRect(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        each(g -> g.fillRoundRect(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        each(g -> g.drawOval(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        each(g -> g.fillOval(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        each(g -> g.drawArc(x, y, width, height, startAngle, arcAngle));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        each(g -> g.fillArc(x, y, width, height, startAngle, arcAngle));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        each(g -> g.drawPolyline(xPoints, yPoints, nPoints));
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        each(g -> g.drawPolygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        each(g -> g.fillPolygon(xPoints, yPoints, nPoints));
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return all(g -> g.drawImage(img, xform, obs));
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        each(g -> g.drawImage(img, op, x, y));
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        each(g -> g.drawRenderedImage(img, xform));
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        each(g -> g.drawRenderableImage(img, xform));
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return all(g -> g.drawImage(img, x, y, observer));
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return all(g -> g.drawImage(img, x, y, width, height, observer));
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return all(g -> g.drawImage(img, x, y, bgcolor, observer));
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return all(g -> g.drawImage(img, x, y, width, height, bgcolor, observer));
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        return all(g -> g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer));
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        return all(g -> g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer));
    }
}
