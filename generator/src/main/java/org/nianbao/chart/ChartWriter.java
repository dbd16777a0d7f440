package org.nianbao.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.render.PageSink;

/**
 * Draws charts on several threads (or takes them from the cache) and writes each one's PNG, 2x PNG,
 * SVG and CSV into a sink, in the specs' order, so that the output does not depend on the threads.
 */
public final class ChartWriter {
    private final ChartImages images;
    private final ChartCache cache;
    private final int threads;

    /**
     * @param cache   where drawings are kept between builds, or {@code null} for none
     * @param threads how many charts are drawn at once
     */
    public ChartWriter(ChartImages images, ChartCache cache, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.images = images;
        this.cache = cache;
        this.threads = threads;
    }

    /** Draws and writes every chart; returns how many were drawn (not taken from the cache). */
    public int write(List<ChartSpec> specs, PageSink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nianbao-chart");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger drawn = new AtomicInteger();
        Set<String> keys = new LinkedHashSet<>();
        try {
            List<Future<ChartImages.Images>> futures = new ArrayList<>();
            for (ChartSpec spec : specs) {
                String key = cache == null ? null : cache.key(spec);
                keys.add(key);
                futures.add(pool.submit(() -> imagesOf(spec, key, drawn)));
            }
            for (int i = 0; i < specs.size(); i++) {
                ChartSpec spec = specs.get(i);
                ChartImages.Images im = futures.get(i).get();
                futures.set(i, null); // written: let the images go, a province has thousands of charts
                sink.write(spec.path() + ".png", im.png());
                sink.write(spec.path() + "@2x.png", im.png2x());
                sink.write(spec.path() + ".svg", im.svg());
                sink.write(spec.path() + ".csv", ChartTexts.csv(spec));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (cache != null) {
            cache.retain(keys);
        }
        return drawn.get();
    }

    private ChartImages.Images imagesOf(ChartSpec spec, String key, AtomicInteger drawnCount) {
        if (cache != null) {
            var cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        ChartImages.Images drawn = images.draw(spec);
        drawnCount.incrementAndGet();
        if (cache != null) {
            cache.put(key, drawn);
        }
        return drawn;
    }
}
