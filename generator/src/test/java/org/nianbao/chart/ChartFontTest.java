package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every chart of the demo column is drawn only in the chart font, and the font has every character drawn. */
class ChartFontTest {
    private final DemoCharts demo = new DemoCharts();

    @Test
    void theChartFontCanDisplayEveryTextEveryDemoChartDraws() {
        ChartImages images = demo.images();
        ChartRenderer renderer = new ChartRenderer(demo.style, demo.font);
        List<String> failures = new ArrayList<>();
        Set<String> families = new TreeSet<>();
        int texts = 0;
        assertTrue(demo.specs().size() > 300, "charts: " + demo.specs().size());
        for (ChartSpec spec : demo.specs()) {
            List<SvgGraphics2D.DrawnText> drawn = images.svgGraphics(renderer.chart(spec)).texts();
            List<String> strings = drawn.stream().map(SvgGraphics2D.DrawnText::text).toList();
            // the labels that come from the data are among the drawn texts, so the check below covers them
            for (String label : spec.categories()) {
                if (strings.stream().noneMatch(s -> s.contains(label) || label.contains(s))) {
                    failures.add(spec.path() + ": category label not drawn: " + label);
                }
            }
            if (!strings.contains(spec.title())) {
                failures.add(spec.path() + ": title not drawn");
            }
            for (SvgGraphics2D.DrawnText t : drawn) {
                texts++;
                families.add(t.font().getFamily(java.util.Locale.ROOT));
                int at = t.font().canDisplayUpTo(t.text());
                if (at >= 0) {
                    failures.add(spec.path() + ": cannot display “" + t.text().charAt(at) + "” in " + t.text());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(Set.of(demo.font.family()), families, "every text is drawn in the chart font");
        assertTrue(texts > 300 * 10, "texts checked: " + texts);
    }

    @Test
    void theBundledFontIsASmallCjkSubsetAndNotALogicalFont() {
        assertEquals("Noto Sans CJK SC", demo.font.family());
        assertEquals(-1, demo.font.cannotDisplay("示例市人力资源和社会保障局（个）：，。、—“”0123456789"));
        // outside GB2312: the subset leaves it out, and the build reports it (see ChartBuildTest)
        assertEquals(0, demo.font.cannotDisplay("䶮"));
    }
}
