package org.nianbao.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the independent pieces of a build (reading report files, rendering pages, drawing charts) on
 * every core, in a pool of its own so that a build inside Maven does not share the common pool.
 *
 * <p>Each thread takes the next piece when it is done with one, so that all of them stay busy to the end.
 * (A parallel stream cuts the range into a few parts up front, and a thread that has finished its parts
 * waits for the others.) A failing piece's exception is rethrown as it is, not wrapped in copies of itself.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Runs {@code task} for 0 to {@code n - 1}, on every core, in about that order. After a failure no
     * further task starts, and the failure is rethrown only once every running task has ended, so that
     * the caller can clean up what the tasks wrote.
     */
    public static void forEach(int n, IntConsumer task) {
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < n; ) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(worker));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new IllegalStateException("interrupted", e));
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause()); // the worker itself catches what a task throws
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error r) {
            throw r;
        }
        if (t != null) {
            throw new IllegalStateException(t);
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
