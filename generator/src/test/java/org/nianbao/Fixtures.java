package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared test helpers: the demo column's sources and whole-folder snapshots. */
public final class Fixtures {
    /** The demo column; tests run with the generator module as working directory. */
    public static final Path DEMO = Path.of("..", "site-src").toAbsolutePath().normalize();

    private Fixtures() {
    }

    /** Copies the demo column's sources (not its target/) into {@code dir}. */
    public static Path copyDemo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(DEMO.resolve("site.yaml"), dir.resolve("site.yaml"));
        for (String folder : List.of("reports", "static")) {
            try (Stream<Path> s = Files.walk(DEMO.resolve(folder))) {
                for (Path p : s.sorted().toList()) {
                    Path to = dir.resolve(DEMO.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return dir;
    }

    /** Copies the test resources under {@code folder} (such as {@code /xxgk}) into {@code dir}, keeping their paths. */
    public static void copyResources(String folder, Path dir) throws IOException {
        Path from;
        try {
            from = Path.of(Fixtures.class.getResource(folder).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
    }

    /**
     * Replaces the demo's 政府信息公开工作年度报告 in {@code dir} by the test fixtures under {@code /xxgk}
     * (jiaoyuju's 2022 and 2023 reports): tests of the xxgk rules read figures they know, alone.
     */
    public static void useXxgkFixtures(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("reports"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".xxgk.md")).toList()) {
                Files.delete(p);
            }
        }
        copyResources("/xxgk", dir);
    }

    /** Every file under {@code dir} by relative path, with its bytes. */
    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The same files with the same bytes: two {@link #snapshot}s of columns meant to be identical. */
    public static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path),
                what + ": " + path));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * A case of a spec-style fixture file: its name (the text after {@code ## }) and its lines as
     * {@code key: value} pairs, in order. Lines before the first case (comments) are skipped.
     */
    record Case(String name, java.util.List<String[]> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The cases of a fixture file on the test class path, such as {@code /rules.txt}. */
    static java.util.List<Case> cases(String resource) throws IOException {
        String text;
        try (java.io.InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.List<Case> cases = new java.util.ArrayList<>();
        for (String block : text.split("\n## ")) {
            if (block.startsWith("#")) {
                continue;
            }
            java.util.List<String> lines = block.lines().toList();
            java.util.List<String[]> pairs = new java.util.ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.startsWith("#")) { // a comment may head the next block of cases
                    pairs.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
                }
            }
            cases.add(new Case(lines.get(0), pairs));
        }
        return cases;
    }

    static BuildResult build(Path source, Path out) throws IOException {
        return Nianbao.build(Config.builder(source).outputDirectory(out).build());
    }
}
