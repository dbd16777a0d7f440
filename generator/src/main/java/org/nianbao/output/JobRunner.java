package org.nianbao.output;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.nianbao.concurrent.Parallel;
import org.nianbao.render.OutputJob;
import org.nianbao.source.Sha256;

/**
 * Runs a column's jobs into a {@link StagedOutput}: a job whose key (its inputs with the build's)
 * and files the output folder already holds is kept as it is; every other job is rendered, on
 * several threads. Files do not depend on which thread renders them, so the column does not either.
 */
public final class JobRunner {
    /**
     * @param manifest    what the output folder holds after the commit
     * @param incremental whether the staging folder holds only the rendered jobs (see {@link StagedOutput#commit})
     */
    public record Outcome(Manifest manifest, boolean incremental, int rendered, int kept) {
    }

    private JobRunner() {
    }

    /**
     * @param buildKey   a hash of what every file depends on: code, theme, templates, forms, configuration
     * @param jobDone    told, one call at a time, the index of each job rendered or kept
     */
    public static Outcome run(List<OutputJob> jobs, String buildKey, StagedOutput out, IntConsumer jobDone) {
        Set<String> ids = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (OutputJob job : jobs) {
            if (!ids.add(job.id()) || !job.paths().stream().allMatch(paths::add)) {
                throw new IllegalStateException("two jobs write " + job.id() + " or one of " + job.paths());
            }
        }
        Manifest old = out.manifest();
        boolean incremental = !old.isEmpty();
        Map<String, Manifest.Entry> next = new ConcurrentHashMap<>();
        AtomicInteger rendered = new AtomicInteger();
        Parallel.forEach(jobs.size(), i -> {
            OutputJob job = jobs.get(i);
            String key = Sha256.of(buildKey + "\n" + job.inputs().get());
            Manifest.Entry before = old.get(job.id());
            boolean keep = incremental && before != null && before.key().equals(key)
                    && before.paths().equals(job.paths()) && job.paths().stream().allMatch(out::holds);
            if (!keep) {
                render(job, out);
                rendered.incrementAndGet();
            }
            next.put(job.id(), new Manifest.Entry(key, job.paths()));
            synchronized (jobDone) {
                jobDone.accept(i);
            }
        });
        return new Outcome(new Manifest(next), incremental, rendered.get(), jobs.size() - rendered.get());
    }

    /** Renders a job, checking that it writes the files it names (so the manifest can be trusted). */
    private static void render(OutputJob job, StagedOutput out) {
        Set<String> written = new HashSet<>();
        job.render().accept((path, bytes) -> {
            if (!job.paths().contains(path) || !written.add(path)) {
                throw new IllegalStateException(job.id() + " writes " + path + ", not among " + job.paths());
            }
            out.write(path, bytes);
        });
        if (written.size() != job.paths().size()) {
            throw new IllegalStateException(job.id() + " wrote " + written + ", not " + job.paths());
        }
    }
}
