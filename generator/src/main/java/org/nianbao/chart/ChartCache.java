package org.nianbao.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;

/**
 * Drawn charts kept between builds, outside the column folder (which each build replaces), keyed by
 * a hash of everything a drawing depends on: the spec, the style, the font, and the drawing code.
 */
public final class ChartCache {
    /** The classes whose code decides the pixels: a change in any of them is a new cache. */
    private static final List<Class<?>> DRAWING_CODE = List.of(ChartRenderer.class, ChartImages.class,
            PngEncoder.class, PixelDeflater.class, HuffmanCode.class, SvgGraphics2D.class, HatchPaint.class,
            ChartStyle.class, JFreeChart.class);

    private final Path dir;
    private final String salt;

    public ChartCache(Path dir, ChartStyle style, ChartFont font) {
        this.dir = dir;
        this.salt = ChartFont.hash(style.source()) + font.sha256() + codeVersion();
    }

    /** The folder beside a column's output folder: {@code target/.column.chart-cache} for {@code target/column}. */
    public static Path beside(Path outputDirectory) {
        return outputDirectory.resolveSibling("." + outputDirectory.getFileName() + ".chart-cache");
    }

    public String key(ChartSpec spec) {
        return ChartFont.hash((salt + spec).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<ChartImages.Images> get(String key) {
        try {
            Path png = dir.resolve(key + ".png");
            Path png2x = dir.resolve(key + "@2x.png");
            Path svg = dir.resolve(key + ".svg");
            if (!Files.isRegularFile(png) || !Files.isRegularFile(png2x) || !Files.isRegularFile(svg)) {
                return Optional.empty();
            }
            return Optional.of(new ChartImages.Images(Files.readAllBytes(png), Files.readAllBytes(png2x),
                    Files.readAllBytes(svg)));
        } catch (IOException e) {
            return Optional.empty(); // a damaged cache only costs a redraw
        }
    }

    /** Stores a drawing; each file is written beside and renamed, so a reader never sees half a file. */
    public void put(String key, ChartImages.Images images) {
        try {
            Files.createDirectories(dir);
            // the SVG last: get() needs all three, and a crash before it leaves an incomplete, ignored entry
            write(key + ".png", images.png());
            write(key + "@2x.png", images.png2x());
            write(key + ".svg", images.svg());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes every entry but {@code keys}, so that the cache holds one build's charts and no more. */
    public void retain(Set<String> keys) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String key = name.replaceFirst("(@2x)?\\.(png|svg)(\\.tmp)?$", "");
                if (!keys.contains(key) || name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash of the drawing code's class files, so that a new nianbao never serves old drawings. */
    static String codeVersion() {
        StringBuilder hashes = new StringBuilder();
        for (Class<?> c : DRAWING_CODE) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                hashes.append(c.getName()).append(in == null ? "?" : ChartFont.hash(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ChartFont.hash(hashes.toString().getBytes(StandardCharsets.UTF_8));
    }
}
