package org.nianbao.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tells whether a column's sources changed since the last look, by polling names, sizes and
 * modification times: portable and cheap even for thousands of reports. Only what a build reads is
 * watched, never the output. Where the system tells of changes to a folder (Linux's inotify, through
 * a {@link WatchService}), {@link #awaitEvent} wakes the preview as soon as a file is saved, so that it
 * need not wait for its next poll; the poll stays the judge of what changed.
 */
final class SourceWatcher implements AutoCloseable {
    static final List<String> WATCHED = List.of("site.yaml", "forms", "reports", "templates", "static");

    private final Path sourceDir;
    private final WatchService events;
    private final java.util.Set<Path> registered = new java.util.HashSet<>();
    private Map<String, String> last;

    SourceWatcher(Path sourceDir) {
        this.sourceDir = sourceDir;
        WatchService w;
        try {
            w = sourceDir.getFileSystem().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            w = null; // polling alone
        }
        this.events = w;
        this.last = snapshot();
    }

    /**
     * Waits up to {@code millis} for the system to tell of a change in a watched folder; returns at once
     * when it cannot tell. Whether it did or not, {@link #changed()} decides.
     */
    void awaitEvent(long millis) throws InterruptedException {
        if (events == null) {
            Thread.sleep(millis);
            return;
        }
        try {
            WatchKey key = events.poll(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            while (key != null) {
                key.pollEvents();
                key.reset();
                key = events.poll();
            }
        } catch (java.nio.file.ClosedWatchServiceException e) {
            Thread.sleep(millis);
        }
    }

    @Override
    public void close() {
        if (events != null) {
            try {
                events.close();
            } catch (IOException e) {
                // closing only stops the wake-ups
            }
        }
    }

    /** Asks the system to tell of changes in {@code folder} (once per folder). */
    private void register(Path folder) {
        if (events != null && registered.add(folder)) {
            try {
                folder.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException | RuntimeException e) {
                // this folder is polled only
            }
        }
    }

    /** Whether anything changed since the previous call (or since construction). */
    boolean changed() {
        Map<String, String> now = snapshot();
        boolean changed = !now.equals(last);
        last = now;
        return changed;
    }

    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        register(sourceDir);
        for (String name : WATCHED) {
            Path root = sourceDir.resolve(name);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.forEach(p -> {
                    files.put(sourceDir.relativize(p).toString(), stamp(p));
                    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        register(p);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // A file that vanished while listed: the next look sees the settled state.
                files.put(name, "?" + e);
            }
        }
        return files;
    }

    private static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toInstant();
        } catch (IOException e) {
            return "?";
        }
    }
}
