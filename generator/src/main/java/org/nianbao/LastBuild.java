package org.nianbao;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Severity;
import org.nianbao.output.Manifest;
import org.nianbao.source.FileStamp;
import org.nianbao.source.Sha256;
import org.nianbao.source.SourceFiles;

/**
 * What the last good build of an output folder was made from: the code and options, the entries of
 * the source folders, the hash of every byte it read, and what it told. A build whose sources and
 * options all match writes nothing and parses nothing: it tells the same again. Kept beside the
 * column as {@code .<name>.built}; forgotten before a build changes the folder, written after.
 *
 * @param inputs  {@link BuildInputs#options} of the build
 * @param listing {@link BuildInputs#listing} of the source folder when the build started
 * @param read    the SHA-256 of every file the build read, by path
 * @param stamps  the {@link FileStamp} of those files taken before they were read, where they had one: a file
 *                with the same stamp is not read again
 */
record LastBuild(String inputs, String listing, Map<String, String> read, Map<String, String> stamps,
        BuildResult result) {
    private static final String HEADER = "nianbao-built 2";

    static Path file(Path outputDirectory) {
        return outputDirectory.resolveSibling("." + outputDirectory.getFileName() + ".built");
    }

    /** Whether a build of these inputs would give the column as it is: each file read then reads the same now. */
    boolean matches(String inputs, String listing, Path sourceDirectory) {
        if (!this.inputs.equals(inputs) || !this.listing.equals(listing)) {
            return false;
        }
        SourceFiles files = new SourceFiles(sourceDirectory);
        for (Map.Entry<String, String> e : read.entrySet()) {
            String stamp = stamps.get(e.getKey());
            if (stamp != null && stamp.equals(FileStamp.of(sourceDirectory.resolve(e.getKey())))) {
                continue;
            }
            try {
                if (!Sha256.of(files.read(e.getKey(), Long.MAX_VALUE)).equals(e.getValue())) {
                    return false;
                }
            } catch (IOException gone) {
                return false;
            }
        }
        return true;
    }

    /** The record of {@code file}, or {@code null} when there is none or it cannot be read: then the build runs. */
    static LastBuild read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
                return null;
            }
            String[] counts = lines.get(3).split(" ");
            Map<String, String> read = new TreeMap<>();
            Map<String, String> stamps = new TreeMap<>();
            List<Diagnostic> told = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("read") && f.length == 4) {
                    read.put(Manifest.unescape(f[1]), f[2]);
                    if (!f[3].equals("-")) {
                        stamps.put(Manifest.unescape(f[1]), f[3]);
                    }
                } else if (f[0].equals("told") && f.length == 7) {
                    told.add(new Diagnostic(Severity.valueOf(f[1]), Manifest.unescape(f[2]), Integer.parseInt(f[3]),
                            Integer.parseInt(f[4]), Manifest.unescape(f[5]), Manifest.unescape(f[6])));
                } else {
                    return null;
                }
            }
            return new LastBuild(lines.get(1), lines.get(2), read, stamps,
                    new BuildResult(told, Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), true));
        } catch (IOException | RuntimeException e) {
            return null; // costs a build, never a wrong column
        }
    }

    /** Written beside and renamed, so that a reader sees a whole record or none. */
    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, inputs, listing, result.reports() + " " + result.pages()));
        read.forEach((path, sha) -> lines.add("read\t" + Manifest.escape(path) + "\t" + sha + "\t"
                + stamps.getOrDefault(path, "-")));
        for (Diagnostic d : result.diagnostics()) {
            lines.add(String.join("\t", "told", d.severity().name(), Manifest.escape(d.file()), String.valueOf(d.line()),
                    String.valueOf(d.column()), Manifest.escape(d.subject()), Manifest.escape(d.message())));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void forget(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
