package org.nianbao.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tells whether a column's sources changed since the last look, by polling names, sizes and
 * modification times: portable (WatchService is not recursive, and on some systems polls anyway)
 * and cheap even for thousands of reports. Only what a build reads is watched, never the output.
 */
final class SourceWatcher {
    static final List<String> WATCHED = List.of("site.yaml", "reports", "templates", "static");

    private final Path sourceDir;
    private Map<String, String> last;

    SourceWatcher(Path sourceDir) {
        this.sourceDir = sourceDir;
        this.last = snapshot();
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
        for (String name : WATCHED) {
            Path root = sourceDir.resolve(name);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.forEach(p -> files.put(sourceDir.relativize(p).toString(), stamp(p)));
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
