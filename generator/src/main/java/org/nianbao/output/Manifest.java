package org.nianbao.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the column folder holds, job by job: the key of the inputs each job was rendered from and
 * the files it wrote. Kept beside the folder; a missing or unreadable manifest means a full build.
 */
public final class Manifest {
    private static final String HEADER = "nianbao-manifest 1";

    /** One job's key and files. */
    public record Entry(String key, List<String> paths) {
    }

    private final Map<String, Entry> entries;
    /** {@link #paths()}, once asked: a province's column has hundreds of thousands. */
    private volatile Set<String> paths;

    public Manifest(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public Entry get(String id) {
        return entries.get(id);
    }

    /** Every job's id, in order. */
    public Set<String> ids() {
        return entries.keySet();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every file of every job. */
    public Set<String> paths() {
        Set<String> all = paths;
        if (all == null) {
            Set<String> files = new TreeSet<>();
            entries.values().forEach(e -> files.addAll(e.paths()));
            paths = all = Collections.unmodifiableSet(files);
        }
        return all;
    }

    /** Reads a manifest; one that is missing, damaged or of another format reads as empty. */
    public static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return empty();
            }
            Map<String, Entry> entries = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    return empty();
                }
                entries.put(unescape(f[0]), new Entry(f[1],
                        Arrays.stream(f, 2, f.length).map(Manifest::unescape).toList()));
            }
            return new Manifest(entries);
        } catch (IOException | RuntimeException e) {
            return empty(); // costs a full build, never a wrong one
        }
    }

    /** A file name of static/ may hold any character but /: tabs and line breaks are written as \\t, \\n, \\r. */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    public static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A hash of every job's key and files: equal digests, equal columns. */
    public String digest() {
        return org.nianbao.source.Sha256.of(String.join("\n", lines()));
    }

    /** Writes beside and renames, so that a reader sees the old manifest or the new one. */
    public void write(Path file) throws IOException {
        List<String> lines = lines();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        StagedOutput.move(tmp, file);
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        entries.forEach((id, e) -> {
            StringBuilder line = new StringBuilder(escape(id)).append('\t').append(e.key());
            e.paths().forEach(p -> line.append('\t').append(escape(p)));
            lines.add(line.toString());
        });
        return lines;
    }
}
