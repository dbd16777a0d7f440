package org.nianbao.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.xml.Xml;

/**
 * A small Graphics2D that writes SVG: shapes become paths in the image's coordinates, text stays text
 * (with its measured length, so that a viewer's fallback font keeps the layout). It supports what
 * JFreeChart draws: solid colours, {@link HatchPaint}, basic strokes, clips, transforms; images and
 * other paints are refused rather than drawn wrongly. Ids are numbered in drawing order, so the same
 * drawing gives the same bytes.
 */
final class SvgGraphics2D extends Graphics2D {
    /** Fallbacks after the chart font, for viewers that do not have it. */
    static final String FALLBACK_FAMILIES = "'Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB',"
            + "'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

    /**
     * Measures text as the PNGs are drawn (antialiased, fractional metrics); each thread has its own, only
     * asked, never drawn on.
     */
    private static final ThreadLocal<Graphics2D> METRICS = ThreadLocal.withInitial(() -> {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    });
    private static final Font DEFAULT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /**
     * Each font's family by the font's name, for every graphics: Java looks a family up in the font file's
     * name table on every call (a read from the file), and charts draw their texts in a few fonts.
     */
    private static final Map<String, String> FAMILIES = new ConcurrentHashMap<>();

    /** What all graphics created from one another share: the output and its definitions. */
    private static final class Document {
        final StringBuilder body = new StringBuilder(8 * 1024);
        final StringBuilder defs = new StringBuilder();
        final Map<String, String> clipIds = new LinkedHashMap<>();
        final Map<HatchPaint, String> patternIds = new LinkedHashMap<>();
        final List<DrawnText> texts = new ArrayList<>();
        String openClip;
        /** The family of the first text, set once in a style rule instead of on every text. */
        String family;
        /** The last clip looked up and its id: clips are never changed, only replaced. */
        Shape lastClip;
        String lastClipId;
        /** The last paint, alpha and attribute written, and how: most elements repeat the one before. */
        Paint lastPaint;
        float lastAlpha;
        String lastAttr;
        String lastPaintAttributes;
    }

    /** A text as drawn: for checks that the font covers every label. */
    public record DrawnText(String text, Font font) {
    }

    private final Document doc;
    private final int width;
    private final int height;
    private AffineTransform transform = new AffineTransform();
    private Shape clip; // in image coordinates
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke();
    private Font font = DEFAULT_FONT;
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints = new RenderingHints(null);

    public SvgGraphics2D(int width, int height) {
        this(new Document(), width, height);
    }

    private SvgGraphics2D(Document doc, int width, int height) {
        this.doc = doc;
        this.width = width;
        this.height = height;
    }

    /**
     * The SVG document drawn so far.
     *
     * @param title the accessible name, written as the SVG's {@code <title>}
     */
    public String svg(String title) {
        StringBuilder s = new StringBuilder(doc.body.length() + doc.defs.length() + 512);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\">\n<title>").append(Xml.escape(title)).append("</title>\n");
        if (doc.family != null) {
            s.append("<style>text{font-family:").append(Xml.escape(family(doc.family))).append(";white-space:pre}</style>\n");
        }
        if (doc.defs.length() > 0) {
            s.append("<defs>\n").append(doc.defs).append("</defs>\n");
        }
        s.append(doc.body);
        if (doc.openClip != null) {
            s.append("</g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /** Every text drawn so far, with its font. */
    public List<DrawnText> texts() {
        return List.copyOf(doc.texts);
    }

    // ---- drawing ----

    @Override
    public void fill(Shape s) {
        String fill = paintAttributes("fill");
        Shape device = s instanceof Rectangle2D r && translationOnly()
                ? new Rectangle2D.Double(r.getX() + transform.getTranslateX(), r.getY() + transform.getTranslateY(),
                        r.getWidth(), r.getHeight())
                : transform.createTransformedShape(s);
        begin();
        if (device instanceof Rectangle2D r) {
            StringBuilder b = doc.body;
            num(b.append("<rect x=\""), r.getX());
            num(b.append("\" y=\""), r.getY());
            num(b.append("\" width=\""), r.getWidth());
            num(b.append("\" height=\""), r.getHeight()).append('"');
        } else {
            doc.body.append("<path d=\"").append(path(device)).append('"');
        }
        doc.body.append(fill).append("/>\n");
    }

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke bs)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        String paintAttr = paintAttributes("stroke");
        double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
        begin();
        doc.body.append("<path d=\"").append(path(transform.createTransformedShape(s))).append("\" fill=\"none\"")
                .append(paintAttr).append(" stroke-width=\"").append(num(bs.getLineWidth() * scale)).append('"');
        if (bs.getEndCap() != BasicStroke.CAP_BUTT) {
            doc.body.append(" stroke-linecap=\"").append(bs.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square")
                    .append('"');
        }
        if (bs.getLineJoin() != BasicStroke.JOIN_MITER) {
            doc.body.append(" stroke-linejoin=\"").append(bs.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel")
                    .append('"');
        }
        float[] dash = bs.getDashArray();
        if (dash != null && dash.length > 0) {
            doc.body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                doc.body.append(i == 0 ? "" : ",").append(num(dash[i] * scale));
            }
            doc.body.append('"');
        }
        doc.body.append("/>\n");
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str.isEmpty()) {
            return;
        }
        doc.texts.add(new DrawnText(str, font));
        String fill = paintAttributes("fill");
        double advance = font.getStringBounds(str, getFontRenderContext()).getWidth();
        begin();
        doc.body.append("<text");
        if (translationOnly()) {
            doc.body.append(" x=\"").append(num(x + transform.getTranslateX())).append("\" y=\"")
                    .append(num(y + transform.getTranslateY())).append('"');
        } else {
            double[] m = new double[6];
            transform.getMatrix(m);
            doc.body.append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" transform=\"matrix(");
            for (int i = 0; i < 6; i++) {
                doc.body.append(i == 0 ? "" : " ").append(num(m[i]));
            }
            doc.body.append(")\"");
        }
        String family = FAMILIES.computeIfAbsent(font.getName(), name -> font.getFamily(Locale.ROOT));
        if (doc.family == null) {
            doc.family = family;
        } else if (!doc.family.equals(family)) {
            doc.body.append(" font-family=\"").append(Xml.escape(family(family))).append('"');
        }
        doc.body.append(" font-size=\"").append(num(font.getSize2D())).append('"');
        if (font.isBold()) {
            doc.body.append(" font-weight=\"bold\"");
        }
        doc.body.append(" textLength=\"").append(num(advance)).append("\" lengthAdjust=\"spacingAndGlyphs\"")
                .append(fill).append('>').append(Xml.escape(str)).append("</text>\n");
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder s = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            s.append(c);
        }
        drawString(s.toString(), x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    private static String family(String first) {
        return "'" + first.replace("'", "") + "'," + FALLBACK_FAMILIES;
    }

    private boolean translationOnly() {
        return (transform.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0;
    }

    /** Opens or closes the clip group that the next element needs. */
    private void begin() {
        String id;
        if (clip == null) {
            id = null;
        } else if (clip == doc.lastClip) {
            id = doc.lastClipId;
        } else {
            id = clipId(clip);
            doc.lastClip = clip;
            doc.lastClipId = id;
        }
        if (java.util.Objects.equals(id, doc.openClip)) {
            return;
        }
        if (doc.openClip != null) {
            doc.body.append("</g>\n");
        }
        if (id != null) {
            doc.body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        }
        doc.openClip = id;
    }

    private String clipId(Shape deviceClip) {
        String d = path(deviceClip);
        return doc.clipIds.computeIfAbsent(d, k -> {
            String id = "clip" + doc.clipIds.size();
            doc.defs.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(k).append("\"/></clipPath>\n");
            return id;
        });
    }

    private String paintAttributes(String attr) {
        float alpha = composite instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        if (paint == doc.lastPaint && alpha == doc.lastAlpha && attr.equals(doc.lastAttr)) {
            return doc.lastPaintAttributes;
        }
        String a = paintAttributes(attr, alpha);
        doc.lastPaint = paint;
        doc.lastAlpha = alpha;
        doc.lastAttr = attr;
        doc.lastPaintAttributes = a;
        return a;
    }

    private String paintAttributes(String attr, float alpha) {
        if (paint instanceof HatchPaint h) {
            return " " + attr + "=\"url(#" + patternId(h) + ")\"" + opacity(attr, alpha);
        }
        if (!(paint instanceof Color c)) {
            throw new UnsupportedOperationException("SVG output supports colours and hatching only, not " + paint);
        }
        return " " + attr + "=\"" + hex(c) + "\"" + opacity(attr, alpha * c.getAlpha() / 255f);
    }

    private static String opacity(String attr, float alpha) {
        return alpha >= 1f ? "" : " " + attr + "-opacity=\"" + num(alpha) + "\"";
    }

    private String patternId(HatchPaint h) {
        return doc.patternIds.computeIfAbsent(h, k -> {
            String id = "hatch" + doc.patternIds.size();
            int t = HatchPaint.TILE;
            doc.defs.append("<pattern id=\"").append(id).append("\" patternUnits=\"userSpaceOnUse\" width=\"")
                    .append(t).append("\" height=\"").append(t).append("\"><rect width=\"").append(t)
                    .append("\" height=\"").append(t).append("\" fill=\"").append(hex(h.color())).append("\"/>");
            String lines = path(h.lines());
            if (!lines.isEmpty()) {
                doc.defs.append("<path d=\"").append(lines).append("\" stroke=\"#ffffff\" stroke-width=\"")
                        .append(num(HatchPaint.MARK_WIDTH)).append("\"/>");
            }
            String dots = path(h.dots());
            if (!dots.isEmpty()) {
                doc.defs.append("<path d=\"").append(dots).append("\" fill=\"#ffffff\"/>");
            }
            doc.defs.append("</pattern>\n");
            return id;
        });
    }

    private static String hex(Color c) {
        int rgb = c.getRGB();
        char[] h = new char[7];
        h[0] = '#';
        for (int i = 1; i < 7; i++) {
            h[i] = Character.forDigit((rgb >>> (24 - 4 * i)) & 0xf, 16);
        }
        return new String(h);
    }

    private static String path(Shape s) {
        StringBuilder d = new StringBuilder();
        double[] p = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    d.append('M');
                    yield 1;
                }
                case PathIterator.SEG_LINETO -> {
                    d.append('L');
                    yield 1;
                }
                case PathIterator.SEG_QUADTO -> {
                    d.append('Q');
                    yield 2;
                }
                case PathIterator.SEG_CUBICTO -> {
                    d.append('C');
                    yield 3;
                }
                default -> {
                    d.append('Z');
                    yield 0;
                }
            };
            for (int i = 0; i < 2 * points; i++) {
                num(i == 0 ? d : d.append(' '), p[i]);
            }
        }
        return d.toString();
    }

    /** A coordinate with at most two decimals, without locale or exponent: {@code 12.5}, {@code -3}. */
    static String num(double v) {
        return num(new StringBuilder(12), v).toString();
    }

    /** Appends {@link #num(double)} of {@code v} to {@code s}, without a string in between. */
    static StringBuilder num(StringBuilder s, double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return s.append('0');
        }
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            s.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                s.append(frac % 10);
            }
        }
        return s;
    }

    // ---- state ----

    @Override
    public Graphics create() {
        SvgGraphics2D g = new SvgGraphics2D(doc, width, height);
        g.transform = new AffineTransform(transform);
        g.clip = clip;
        g.paint = paint;
        g.background = background;
        g.stroke = stroke;
        g.font = font;
        g.composite = composite;
        g.hints.putAll(hints);
        return g;
    }

    @Override
    public void dispose() {
    }

    /**
     * Nothing to dispose of. Declared empty, as Java2D's own {@code SunGraphics2D} does, so that the JVM does
     * not track these graphics for finalization ({@link Graphics#finalize} calls {@code dispose}): a
     * finalizable object outlives the young collection that finds it unreachable, and each chart's SVG
     * document (its text buffers) would be copied into the old generation with it.
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void finalize() {
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint != null) {
            this.paint = paint;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setColor(Color c) {
        setPaint(c);
    }

    @Override
    public Color getColor() {
        return paint instanceof Color c ? c : Color.BLACK;
    }

    @Override
    public void setStroke(Stroke s) {
        this.stroke = s;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            this.font = font;
        }
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return METRICS.get().getFontMetrics(f);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return METRICS.get().getFontRenderContext();
    }

    @Override
    public void setComposite(Composite comp) {
        this.composite = comp;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setBackground(Color color) {
        this.background = color;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> map) {
        hints.clear();
        hints.putAll(map);
    }

    @Override
    public void addRenderingHints(Map<?, ?> map) {
        hints.putAll(map);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public void setClip(Shape userClip) {
        clip = userClip == null ? null : transform.createTransformedShape(userClip);
    }

    @Override
    public void clip(Shape s) {
        Shape device = transform.createTransformedShape(s);
        if (clip == null) {
            clip = device;
        } else {
            java.awt.geom.Area a = new java.awt.geom.Area(clip);
            a.intersect(new java.awt.geom.Area(device));
            clip = a.isRectangular() ? a.getBounds2D() : a;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int w, int h) {
        clip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(int x, int y, int w, int h) {
        setClip(new Rectangle(x, y, w, h));
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
        return transform.createTransformedShape(shape).intersects(rect);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return METRICS.get().getDeviceConfiguration();
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color c) {
        throw new UnsupportedOperationException("XOR mode has no SVG equivalent");
    }

    // ---- the int-coordinate shapes of java.awt.Graphics ----

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int w, int h) {
        fill(new Rectangle(x, y, w, h));
    }

    @Override
    public void clearRect(int x, int y, int w, int h) {
        Paint saved = paint;
        paint = background;
        fillRect(x, y, w, h);
        paint = saved;
    }

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void drawArc(int x, int y, int w, int h, int start, int extent) {
        draw(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int w, int h, int start, int extent) {
        fill(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int n) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        draw(p);
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int n) {
        draw(new Polygon(xs, ys, n));
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int n) {
        fill(new Polygon(xs, ys, n));
    }

    // ---- images: charts draw none, and a silent gap would be worse than an error ----

    @Override
    public void copyArea(int x, int y, int w, int h, int dx, int dy) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        throw unsupported();
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        throw unsupported();
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        throw unsupported();
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver observer) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver observer) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver observer) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        throw unsupported();
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bg, ImageObserver observer) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("SVG output does not draw images");
    }
}
