package org.nianbao.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Milliseconds per chart, printed as name=value lines, each path measured in the same run as its baseline:
 * <ul>
 * <li>{@code nianbao_png}: nianbao's 1x PNG (a reused opaque canvas and {@link PngEncoder}) against
 * {@code jfreechart_png}, JFreeChart's default {@code ChartUtils.writeChartAsPNG}, on the same built charts;
 * <li>{@code full_draw}: what a build does per chart, {@link ChartImages#draw} (building the chart, PNG 1x,
 * PNG 2x, SVG) and the CSV, against {@code full_draw_zlib}, the same with the PNGs written through zlib
 * ({@link ZlibPngEncoder}, nianbao's encoder before {@link PixelDeflater}).
 * <li>{@code default_draw} against {@code full_draw}, paired (the two take turns, each round starting with
 * the other): a default build's chart, without the 1x PNG, against one with it, in wall and thread CPU time.
 * <li>{@code stage_*}: the parts of {@code full_draw} one by one (build, raster 2x, encode 2x, raster 1x,
 * encode 1x, SVG, CSV), to see where the time goes.
 * </ul>
 * Not a test: run it with {@code bench/charts.sh}. Rounds alternate the paths; round 0 warms up.
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
        // nianbao fills the canvas itself; JFreeChart's path draws the same chart on its own background
        List<JFreeChart> baseline = specs.stream().map(renderer::chart).toList();
        baseline.forEach(c -> c.setBackgroundPaint(demo.style.background()));
        ChartImages images = demo.images();
        ZlibPngEncoder zlib = new ZlibPngEncoder(2);
        int w = demo.style.width();
        int h = demo.style.height();

        long[] nanos = new long[4];
        long[] bytes = new long[4];
        String[] stages = {"build", "raster_2x", "encode_2x", "raster_1x", "encode_1x", "svg", "csv"};
        long[] stageNanos = new long[stages.length];
        PngEncoder encoder = new PngEncoder();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] paired = new long[4]; // default wall, default CPU, with 1x wall, with 1x CPU
        for (int round = 0; round <= rounds; round++) {
            long[] p = new long[4];
            for (int turn = 0; turn < 2; turn++) {
                boolean png1x = (round + turn) % 2 == 0;
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                for (ChartSpec spec : specs) {
                    images.draw(spec, png1x);
                    ChartTexts.csv(spec);
                }
                int at = png1x ? 2 : 0;
                p[at] += System.nanoTime() - wall;
                p[at + 1] += threads.getCurrentThreadCpuTime() - cpu;
            }
            if (round > 0) {
                for (int i = 0; i < 4; i++) {
                    paired[i] += p[i];
                }
            }
            long[] t = new long[5];
            long[] b = new long[4];
            t[0] = System.nanoTime();
            for (JFreeChart chart : charts) {
                b[0] += images.png(chart, 1).length;
            }
            t[1] = System.nanoTime();
            for (JFreeChart chart : baseline) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ChartUtils.writeChartAsPNG(out, chart, w, h);
                b[1] += out.size();
            }
            t[2] = System.nanoTime();
            for (ChartSpec spec : specs) {
                ChartImages.Images im = images.draw(spec);
                b[2] += im.png().length + im.png2x().length + ChartTexts.csv(spec).length;
            }
            t[3] = System.nanoTime();
            for (ChartSpec spec : specs) {
                JFreeChart chart = renderer.chart(spec);
                b[3] += zlib.encode(images.raster(chart, 1), w, h).length;
                b[3] += zlib.encode(images.raster(chart, 2), 2 * w, 2 * h).length;
                images.svg(chart, spec.title()).getBytes(StandardCharsets.UTF_8);
                b[3] += ChartTexts.csv(spec).length;
            }
            t[4] = System.nanoTime();
            long[] st = new long[stages.length];
            for (ChartSpec spec : specs) {
                long t0 = System.nanoTime();
                JFreeChart chart = renderer.chart(spec);
                long t1 = System.nanoTime();
                java.awt.image.BufferedImage r2 = images.raster(chart, 2);
                long t2 = System.nanoTime();
                encoder.encode(r2, 2 * w, 2 * h);
                long t3 = System.nanoTime();
                java.awt.image.BufferedImage r1 = images.raster(chart, 1);
                long t4 = System.nanoTime();
                encoder.encode(r1, w, h);
                long t5 = System.nanoTime();
                images.svg(chart, spec.title()).getBytes(StandardCharsets.UTF_8);
                long t6 = System.nanoTime();
                ChartTexts.csv(spec);
                long t7 = System.nanoTime();
                long[] d = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6};
                for (int i = 0; i < d.length; i++) {
                    st[i] += d[i];
                }
            }
            if (round > 0) {
                for (int i = 0; i < stages.length; i++) {
                    stageNanos[i] += st[i];
                }
                for (int i = 0; i < 4; i++) {
                    nanos[i] += t[i + 1] - t[i];
                    bytes[i] = b[i];
                }
            }
        }
        double n = (double) rounds * charts.size();
        double[] ms = new double[4];
        for (int i = 0; i < 4; i++) {
            ms[i] = nanos[i] / 1e6 / n;
        }
        System.out.println("charts=" + charts.size());
        System.out.println("rounds=" + rounds);
        print("nianbao_png_ms_per_chart", ms[0]);
        print("jfreechart_png_ms_per_chart", ms[1]);
        print("speedup", ms[1] / ms[0]);
        System.out.println("nianbao_png_bytes_per_chart=" + bytes[0] / charts.size());
        System.out.println("jfreechart_png_bytes_per_chart=" + bytes[1] / charts.size());
        print("default_draw_ms_per_chart", paired[0] / 1e6 / n);
        print("default_draw_cpu_ms_per_chart", paired[1] / 1e6 / n);
        print("with_1x_draw_ms_per_chart", paired[2] / 1e6 / n);
        print("with_1x_draw_cpu_ms_per_chart", paired[3] / 1e6 / n);
        print("default_to_with_1x_cpu", (double) paired[1] / paired[3]);
        print("full_draw_ms_per_chart", ms[2]);
        print("full_draw_zlib_ms_per_chart", ms[3]);
        print("full_draw_speedup", ms[3] / ms[2]);
        // PNG 1x + PNG 2x + CSV bytes
        System.out.println("full_draw_png_csv_bytes_per_chart=" + bytes[2] / charts.size());
        System.out.println("full_draw_zlib_png_csv_bytes_per_chart=" + bytes[3] / charts.size());
        for (int i = 0; i < stages.length; i++) {
            print("stage_" + stages[i] + "_ms_per_chart", stageNanos[i] / 1e6 / n);
        }
    }

    private static void print(String name, double value) {
        System.out.println(name + "=" + String.format(Locale.ROOT, "%.2f", value));
    }
}
