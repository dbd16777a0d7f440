package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCacheTest {
    private final DemoCharts demo = new DemoCharts();
    @TempDir
    Path tmp;

    private List<ChartSpec> someSpecs() {
        return demo.specs().stream().filter(s -> s.path().startsWith("charts/2022/")).limit(12).toList();
    }

    @Test
    void unchangedChartsAreNotDrawnAgainAndGiveTheSameBytes() {
        ChartCache cache = new ChartCache(tmp.resolve("cache"), demo.style, demo.font);
        List<ChartSpec> specs = someSpecs();
        Map<String, byte[]> first = new TreeMap<>();
        Map<String, byte[]> second = new TreeMap<>();
        assertEquals(specs.size(), new ChartWriter(demo.images(), cache, 2).write(specs, first::put));
        assertEquals(0, new ChartWriter(demo.images(), cache, 2).write(specs, second::put));
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));

        // one changed figure: only its chart is drawn again
        List<ChartSpec> changed = new ArrayList<>(specs);
        ChartSpec s = changed.get(0);
        List<BigDecimal> values = new ArrayList<>(s.series().get(0).values());
        values.set(0, values.get(0).add(BigDecimal.ONE));
        changed.set(0, new ChartSpec(s.path(), s.type(), s.title(), s.unit(), s.source(), s.period(),
                s.categoryHeader(), s.categories(), List.of(new ChartSpec.Series(s.series().get(0).name(), values)),
                s.file()));
        Map<String, byte[]> third = new TreeMap<>();
        assertEquals(1, new ChartWriter(demo.images(), cache, 2).write(changed, third::put));
        assertNotEquals(java.util.Arrays.hashCode(first.get(s.path() + ".png")),
                java.util.Arrays.hashCode(third.get(s.path() + ".png")));
    }

    @Test
    void theKeyDependsOnStyleAndFont() throws IOException {
        ChartSpec spec = someSpecs().get(0);
        String key = new ChartCache(tmp, demo.style, demo.font).key(spec);
        byte[] otherStyle = new String(demo.style.source(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("width: 800", "width: 801").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertNotEquals(key, new ChartCache(tmp, ChartStyle.parse(otherStyle), demo.font).key(spec));
        byte[] fontBytes = org.nianbao.render.Theme.load("default", getClass().getClassLoader())
                .resource(demo.style.font());
        byte[] otherFontFile = java.util.Arrays.copyOf(fontBytes, fontBytes.length + 4); // same font, other file
        assertNotEquals(key, new ChartCache(tmp, demo.style, ChartFont.load(otherFontFile)).key(spec));
        assertEquals(key, new ChartCache(tmp, demo.style, demo.font).key(spec));
    }

    @Test
    void entriesOfChartsNoLongerBuiltAreDropped() throws IOException {
        Path dir = tmp.resolve("cache");
        ChartCache cache = new ChartCache(dir, demo.style, demo.font);
        List<ChartSpec> specs = someSpecs();
        new ChartWriter(demo.images(), cache, 2).write(specs, (p, b) -> { });
        assertEquals(specs.size() * 3, count(dir));
        new ChartWriter(demo.images(), cache, 2).write(specs.subList(0, 2), (p, b) -> { });
        assertEquals(2 * 3, count(dir));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
