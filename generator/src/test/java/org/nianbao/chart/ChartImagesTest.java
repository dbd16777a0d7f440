package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartImagesTest {
    private final DemoCharts demo = new DemoCharts();

    @Test
    void pngsAreOpaqueRgbAtOneAndTwiceTheStyleSizeWithNoChunkButImageData() throws IOException {
        ChartImages.Images im = demo.images().draw(demo.spec("charts/2023/jiaoyuju/publish"));
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(im.png()));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(im.png2x()));
        assertEquals(800, one.getWidth());
        assertEquals(450, one.getHeight());
        assertEquals(1600, two.getWidth());
        assertEquals(900, two.getHeight());
        assertFalse(one.getColorModel().hasAlpha());
        assertEquals(List.of("IHDR", "IDAT", "IEND"), chunks(im.png()));
        assertEquals(0xffffff, one.getRGB(2, 2) & 0xffffff, "the style's white background");
    }

    /** The encoder writes exactly the pixels it was given. */
    @Test
    void theEncoderKeepsEveryPixel() throws IOException {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                image.setRGB(x, y, y < 10 ? random.nextInt() : 0x0072b2 + x);
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(new PngEncoder().encode(image, 37, 23)));
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), x + "," + y);
            }
        }
    }

    /**
     * A chart's SVG graphics (and the document they write) are garbage as soon as the SVG is made: a phantom
     * reference to them is enqueued after one collection. An object with a finalizer would need its
     * finalizer run and a second collection, surviving young collections into the old generation.
     */
    @Test
    void svgGraphicsAreCollectedByTheFirstCollection() throws InterruptedException {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        ChartRenderer renderer = new ChartRenderer(demo.style, demo.font);
        List<PhantomReference<Object>> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(svgGraphicsDropped(renderer, queue));
        }
        System.gc();
        for (int i = 0; i < refs.size(); i++) {
            assertTrue(queue.remove(5000) != null, "SVG graphics " + i + " not collected by one collection");
        }
    }

    /** Draws an SVG and keeps nothing of its graphics but a phantom reference (in its own frame, so no local holds them). */
    private PhantomReference<Object> svgGraphicsDropped(ChartRenderer renderer, ReferenceQueue<Object> queue) {
        SvgGraphics2D g = new ChartImages(renderer).svgGraphics(renderer.chart(demo.spec("charts/2023/jiaoyuju/publish")));
        assertTrue(g.svg("t").contains("<text"));
        return new PhantomReference<>(g, queue);
    }

    private static List<String> chunks(byte[] png) {
        List<String> names = new ArrayList<>();
        for (int at = 8; at < png.length; ) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8)
                    | (png[at + 3] & 0xff);
            names.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return names;
    }

    @Test
    void svgIsWellFormedWithItsTitleAndKeepsTextAsText() throws Exception {
        ChartSpec spec = demo.spec("charts/2023/levels-messages");
        byte[] svg = demo.images().draw(spec).svg();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(spec.title(), doc.getElementsByTagName("title").item(0).getTextContent());
        NodeList texts = doc.getElementsByTagName("text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }
        assertTrue(strings.containsAll(List.of(spec.title(), "单位：条", "市政府门户网站", "收到留言数量", "16,779")),
                strings.toString());
        assertTrue(new String(svg, StandardCharsets.UTF_8).contains("<pattern id=\"hatch1\""),
                "the second series is hatched");
    }

    /** Lines differ by dash and marker, not only by colour. */
    @Test
    void aLineChartDashesItsSecondSeries() {
        ChartSpec s = demo.spec("charts/sites/jiaoyuju/visits");
        ChartSpec line = new ChartSpec(s.path(), ChartDefinition.Type.LINE, s.title(), s.unit(), s.source(),
                s.period(), s.categoryHeader(), s.categories(), s.series(), s.file());
        String svg = new String(demo.images().draw(line).svg(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("stroke-dasharray=\"8,4\""), "the second series' dash from chart-style.yaml");
        assertTrue(svg.contains(">2,121,704</text>"), "values are labelled");
    }

    /**
     * The three images drawn in one pass (JFreeChart lays the chart out once, measured at 1x) are the
     * images drawn one by one, each laid out on its own: every chart of a year, bars, stacks and lines.
     */
    @Test
    void oneDrawingForAllThreeImagesGivesTheBytesOfThreeDrawings() {
        List<ChartSpec> specs = demo.specs().stream().filter(s -> s.path().startsWith("charts/2023/")).toList();
        ChartRenderer renderer = new ChartRenderer(demo.style, demo.font);
        ChartImages images = demo.images();
        for (ChartSpec spec : specs) {
            ChartImages.Images once = images.draw(spec);
            org.jfree.chart.JFreeChart chart = renderer.chart(spec);
            assertArrayEquals(images.png(chart, 1), once.png(), spec.path());
            assertArrayEquals(images.png(chart, 2), once.png2x(), spec.path());
            assertArrayEquals(images.svg(chart, spec.title()).getBytes(StandardCharsets.UTF_8), once.svg(), spec.path());
        }
    }

    /**
     * Without the 1x PNG (the SVG graphics then answers what the 1x one did) the 2x PNG and the SVG keep
     * their bytes, for every chart of a year (bars, stacks and lines); the 1x PNG is not drawn.
     */
    @Test
    void leavingOutThe1xPngKeepsThe2xAndSvgBytes() {
        ChartImages images = demo.images();
        for (ChartSpec spec : demo.specs().stream().filter(s -> s.path().startsWith("charts/2023/")).toList()) {
            ChartImages.Images all = images.draw(spec, true);
            ChartImages.Images two = images.draw(spec, false);
            assertNull(two.png(), spec.path());
            assertArrayEquals(all.png2x(), two.png2x(), spec.path());
            assertArrayEquals(all.svg(), two.svg(), spec.path());
        }
    }

    @Test
    void theSameSpecGivesTheSameBytes() {
        ChartSpec spec = demo.spec("charts/sites/menhu/visits");
        ChartImages.Images a = demo.images().draw(spec);
        ChartImages.Images b = demo.images().draw(spec);
        assertArrayEquals(a.png(), b.png());
        assertArrayEquals(a.png2x(), b.png2x());
        assertArrayEquals(a.svg(), b.svg());
    }

    @Test
    void drawingOnFourThreadsGivesTheBytesOfDrawingOnOne() {
        List<ChartSpec> specs = demo.specs().stream().filter(s -> s.path().startsWith("charts/2023/")).toList();
        assertTrue(specs.size() > 50, "charts: " + specs.size());
        ChartImages images = demo.images(); // one instance, as a build shares it between threads
        Map<String, ChartImages.Images> serial = new TreeMap<>();
        specs.forEach(s -> serial.put(s.path(), images.draw(s)));
        Map<String, ChartImages.Images> parallel = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
        try {
            pool.submit(() -> specs.parallelStream().forEach(s -> parallel.put(s.path(), images.draw(s)))).join();
        } finally {
            pool.shutdown();
        }
        assertEquals(serial.keySet(), new TreeMap<>(parallel).keySet());
        serial.forEach((path, im) -> {
            assertArrayEquals(im.png(), parallel.get(path).png(), path);
            assertArrayEquals(im.png2x(), parallel.get(path).png2x(), path);
            assertArrayEquals(im.svg(), parallel.get(path).svg(), path);
        });
    }
}
