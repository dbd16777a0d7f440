package org.nianbao.render;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One piece of the column that is rendered at once: a page with its data files, or a chart in its
 * formats. An incremental build renders it again only when its inputs or the build's inputs changed.
 *
 * @param id     a name unique in the column, e.g. the page's path
 * @param paths  every file {@code render} writes, relative to the column folder
 * @param inputs everything the files depend on beyond the build's own inputs (sources' hashes, chart
 *               data…), as text made when the job is run (a province has 100,000 jobs: their
 *               texts are not all held at once); the same inputs must always give the same files
 * @param render writes exactly {@code paths}; called on any thread
 */
public record OutputJob(String id, List<String> paths, Supplier<String> inputs, Consumer<PageSink> render) {
    public OutputJob {
        paths = List.copyOf(paths);
    }
}
