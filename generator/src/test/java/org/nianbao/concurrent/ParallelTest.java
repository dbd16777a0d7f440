package org.nianbao.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyTaskRunsOnce() {
        int n = 10_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        Parallel.forEach(n, runs::incrementAndGet);
        for (int i = 0; i < n; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        Parallel.forEach(0, i -> {
            throw new AssertionError("no task to run");
        });
    }

    @Test
    void aFailureStopsFurtherTasksAndIsRethrownItselfOnceTheRunningOnesEnd() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        AtomicInteger started = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () ->
                Parallel.forEach(1_000, i -> {
                    started.incrementAndGet();
                    running.incrementAndGet();
                    try {
                        if (i == 10) {
                            throw boom;
                        }
                        sleep(2);
                    } finally {
                        running.decrementAndGet();
                    }
                }));
        assertSame(boom, thrown, "the task's own exception, not a copy");
        assertEquals(0, running.get(), "no task still running when forEach returns");
        assertTrue(started.get() < 100, "tasks after the failure were not started: " + started.get());
    }

    /**
     * Work is handed out one task at a time: a stretch of slow tasks is shared by the threads. (A parallel
     * stream cut the range into a quarter per thread up front, and one thread ran all of these.)
     */
    @Test
    void slowTasksTogetherAreSharedByTheThreads() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(400, i -> {
            if (i < 40) {
                threads.add(Thread.currentThread().getName());
                sleep(10);
            }
        });
        assertTrue(threads.size() >= 2, "the 40 slow tasks ran on " + threads);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
