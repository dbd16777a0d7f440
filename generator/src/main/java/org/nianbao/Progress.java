package org.nianbao;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Told how far a build has got, so that a front end can show it on long builds. Called from the
 * build's threads, one call at a time; the library itself never logs.
 */
@FunctionalInterface
public interface Progress {
    /** What the build is doing, with the Chinese line a front end shows for {@code done} items. */
    enum Stage {
        READING("已读取 %d 份报表"),
        DRAWING("已处理 %d 个图表"),
        WRITING("已写出 %d 个页面");

        private final String format;

        Stage(String format) {
            this.format = format;
        }

        public String describe(int done) {
            return String.format(Locale.ROOT, format, done);
        }
    }

    Progress NONE = (stage, done) -> {
    };

    /** {@code done} items of {@code stage} are finished. */
    void update(Stage stage, int done);

    /**
     * Passes a line to {@code out} at most once every {@code intervalNanos}, so that a short build
     * shows nothing and a long one a line a second.
     *
     * @param nanoTime the clock, {@link System#nanoTime} outside tests
     */
    static Progress throttled(Consumer<String> out, long intervalNanos, LongSupplier nanoTime) {
        long start = nanoTime.getAsLong();
        long[] next = {start + intervalNanos};
        return (stage, done) -> {
            long now = nanoTime.getAsLong();
            if (now - next[0] >= 0) {
                next[0] = now + intervalNanos;
                out.accept(stage.describe(done) + "…");
            }
        };
    }
}
