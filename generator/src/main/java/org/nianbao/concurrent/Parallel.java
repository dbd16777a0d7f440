package org.nianbao.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs the independent pieces of a build (reading report files, rendering pages, drawing charts) on
 * every core, in a pool of its own so that a build inside Maven does not share the common pool.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Runs {@code task} for 0 to {@code n - 1} in any order. After a failure no further task starts,
     * and the failure is rethrown only once every running task has ended, so that the caller can
     * clean up what the tasks wrote.
     */
    public static void forEach(int n, IntConsumer task) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        AtomicBoolean failed = new AtomicBoolean();
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                if (failed.get()) {
                    return;
                }
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.set(true);
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private static void awaitQuietly(ForkJoinPool pool) {
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
