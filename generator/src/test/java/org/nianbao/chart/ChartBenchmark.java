package org.nianbao.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Milliseconds per chart for nianbao's PNG path (a reused opaque canvas and {@link PngEncoder}) and for
 * JFreeChart's default ({@code ChartUtils.writeChartAsPNG}) on the same charts, printed as name=value
 * lines. Not a test: run it with {@code bench/charts.sh}. Each path draws the chart and encodes the 1x PNG.
 */
public final class ChartBenchmark {
    private ChartBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DemoCharts demo = new DemoCharts();
        // one year's charts of every kind: report, site trend, year summary
        List<ChartSpec> specs = demo.specs().stream().filter(s -> s.path().startsWith("charts/2023/")).toList();
        ChartRenderer renderer = new ChartRenderer(demo.style, demo.font);
        List<JFreeChart> charts = specs.stream().map(renderer::chart).toList();
        ChartImages images = demo.images();
        int w = demo.style.width();
        int h = demo.style.height();

        long nianbaoBytes = 0;
        long jfreeBytes = 0;
        long nianbaoNanos = 0;
        long jfreeNanos = 0;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up and is not counted
            long t0 = System.nanoTime();
            long bytes = 0;
            for (JFreeChart chart : charts) {
                bytes += images.png(chart, 1).length;
            }
            long t1 = System.nanoTime();
            long jbytes = 0;
            for (JFreeChart chart : charts) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ChartUtils.writeChartAsPNG(out, chart, w, h);
                jbytes += out.size();
            }
            long t2 = System.nanoTime();
            if (round > 0) {
                nianbaoNanos += t1 - t0;
                jfreeNanos += t2 - t1;
                nianbaoBytes = bytes;
                jfreeBytes = jbytes;
            }
        }
        double n = (double) rounds * charts.size();
        double nianbaoMs = nianbaoNanos / 1e6 / n;
        double jfreeMs = jfreeNanos / 1e6 / n;
        System.out.println("charts=" + charts.size());
        System.out.println("rounds=" + rounds);
        System.out.println("nianbao_png_ms_per_chart=" + String.format(Locale.ROOT, "%.2f", nianbaoMs));
        System.out.println("jfreechart_png_ms_per_chart=" + String.format(Locale.ROOT, "%.2f", jfreeMs));
        System.out.println("speedup=" + String.format(Locale.ROOT, "%.2f", jfreeMs / nianbaoMs));
        System.out.println("nianbao_png_bytes_per_chart=" + nianbaoBytes / charts.size());
        System.out.println("jfreechart_png_bytes_per_chart=" + jfreeBytes / charts.size());
    }
}
