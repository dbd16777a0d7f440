package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.output.CrashingBuild;
import org.nianbao.source.Sha256;

/**
 * A build killed at any moment (a JVM of its own, stopped dead) leaves the output folder holding the
 * whole old column or the whole new one, never a mix; the next build gives the new one. A web server
 * serving the folder directly never serves a column half old and half new.
 */
class KilledBuildTest {
    @TempDir
    Path tmp;

    private Path oldSources;
    private Path newSources;
    private Path column;
    private Tree oldColumn;
    private Tree newColumn;

    /** Every folder and every file with its SHA-256: what a reader of the folder can see. */
    private record Tree(TreeSet<String> folders, TreeMap<String, String> files) {
        static Tree of(Path dir) throws IOException {
            TreeSet<String> folders = new TreeSet<>();
            TreeMap<String, String> files = new TreeMap<>();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.toList()) {
                    String rel = dir.relativize(p).toString();
                    if (Files.isDirectory(p)) {
                        folders.add(rel);
                    } else {
                        files.put(rel, Sha256.of(Files.readAllBytes(p)));
                    }
                }
            }
            return new Tree(folders, files);
        }
    }

    @BeforeEach
    void twoColumns() throws IOException {
        oldSources = Fixtures.copyDemo(tmp.resolve("old"));
        newSources = Fixtures.copyDemo(tmp.resolve("new"));
        // an edit that rewrites a report, the pages listing it and the search index; a report gone
        Path report = newSources.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, Fixtures.read(report) + "\n补充说明：本年度新增无障碍浏览功能。\n");
        Files.delete(newSources.resolve("reports/2022/chengxi.md"));
        oldColumn = Tree.of(build(oldSources, tmp.resolve("clean-old")));
        newColumn = Tree.of(build(newSources, tmp.resolve("clean-new")));
        column = tmp.resolve("www/column");
    }

    /** {@code spare}: the build makes the spare (the new column, from the build before) the new column again. */
    @ParameterizedTest(name = "with a spare: {0}")
    @ValueSource(booleans = {false, true})
    void anIncrementalBuildKilledBeforeAnyOfItsStepsLeavesTheOldColumnOrTheNew(boolean spare) throws Exception {
        prepare(spare);
        List<String> whole = run(-1);
        String last = whole.isEmpty() ? "" : whole.get(whole.size() - 1);
        assertTrue(last.startsWith("steps "), whole.toString());
        int steps = Integer.parseInt(last.substring("steps ".length()));
        TreeSet<Integer> at = new TreeSet<>();
        at.add(0); // before the first changed file is staged
        for (int i = 1; i < 4; i++) {
            at.add(steps * i / 4); // files staged and linked
        }
        for (int i = steps - 8; i < steps; i++) {
            at.add(i); // the commit: last links, the manifest, the two renames, the old column kept or deleted
        }
        List<String> halted = new ArrayList<>();
        for (int step : at) {
            prepare(spare);
            List<String> said = run(step);
            String where = said.isEmpty() ? "?" : said.get(said.size() - 1);
            assertTrue(where.startsWith("halted before "), step + ": " + said);
            halted.add(where);
            checkKilled(where, where.equals("halted before move new column in"));
            assertRepairedByTheNextBuild(where);
        }
        assertTrue(halted.contains("halted before move old column aside"), halted.toString());
        assertTrue(halted.contains("halted before move new column in"), halted.toString());
        assertTrue(halted.contains("halted before keep old column as spare"), halted.toString());
        assertTrue(halted.contains("halted before spare delta"), halted.toString());
        if (spare) {
            assertTrue(halted.stream().anyMatch(h -> h.startsWith("halted before spare: ")), halted.toString());
        }
    }

    /**
     * The old column in the output folder; with {@code spare}, the new one beside it as the spare (built
     * before the old one again), else no spare.
     */
    private void prepare(boolean spare) throws IOException {
        if (spare) {
            build(newSources, column);
        }
        build(oldSources, column);
        if (!spare) {
            Files.deleteIfExists(column.resolveSibling(".column.spare.delta")); // the next build deletes the spare
        }
    }

    @Test
    void anIncrementalBuildKilledWithSigkillAtMomentsSpreadOverItLeavesTheOldColumnOrTheNew() throws Exception {
        build(oldSources, column);
        long start = System.nanoTime();
        run(-1);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        build(oldSources, column);
        int killed = 0;
        for (int i = 1; i <= 4; i++) {
            Process p = child(-1).start();
            long at = millis * i / 5;
            // a build that ended first (the machine is shared: times vary) is checked all the same
            if (!p.waitFor(at, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                killed++;
            }
            String where = "a kill at " + at + " of " + millis + " ms";
            // that rare kill between the two renames leaves the old column aside, as named in checkKilled
            checkKilled(where, !Files.exists(column));
            assertRepairedByTheNextBuild(where);
        }
        assertTrue(killed >= 2, "builds killed before they ended: " + killed);
    }

    @Test
    void aServedBuildKilledBeforeAnyStepOfItsCommitInPlaceLeavesAFolderTheNextBuildWritesWhole() throws Exception {
        build(oldSources, column);
        List<String> commit = run(-1, true).stream().filter(l -> l.startsWith("step ")).map(l -> l.substring(5)).toList();
        int from = commit.indexOf("forget manifest");
        assertTrue(from > 0 && commit.get(commit.size() - 1).equals("manifest"), commit.toString());
        int deletes = (int) commit.stream().filter(c -> c.startsWith("delete ")).count();
        int last = commit.size() - 1;
        // the manifest forgotten, the first, a middle and the last file replaced, a file deleted, the manifest
        TreeSet<Integer> at = new TreeSet<>(List.of(from, from + 1, (from + last - deletes) / 2, last - deletes - 1,
                last - 1, last));
        List<String> halted = new ArrayList<>();
        for (int step : at) {
            build(oldSources, column);
            List<String> said = run(step, true);
            String where = said.isEmpty() ? "?" : said.get(said.size() - 1);
            assertEquals("halted before " + commit.get(step), where);
            halted.add(where);
            Tree seen = Tree.of(column);
            if (!seen.equals(oldColumn) && !seen.equals(newColumn)) {
                // a mix is left only with no manifest, so that no build takes the folder for a column
                assertTrue(Files.notExists(column.resolveSibling(".column.manifest")), where);
            }
            build(newSources, column, true);
            assertEquals(newColumn, Tree.of(column), where + ", then a served build");
        }
        assertTrue(halted.contains("halted before manifest"), halted.toString());
        assertTrue(halted.stream().anyMatch(h -> h.startsWith("halted before replace ")), halted.toString());
        assertTrue(halted.stream().anyMatch(h -> h.startsWith("halted before delete ")), halted.toString());
        assertTrue(halted.contains("halted before forget manifest"), halted.toString());
    }

    /**
     * The folder is the old column or the new one; only a build killed between its two renames leaves
     * no folder, with the old column aside for the next build to restore.
     */
    private void checkKilled(String where, boolean betweenTheRenames) throws IOException {
        if (betweenTheRenames) {
            assertEquals(oldColumn, Tree.of(column.resolveSibling(".column.previous")), where);
            return;
        }
        Tree seen = Tree.of(column);
        if (!seen.equals(oldColumn) && !seen.equals(newColumn)) {
            fail(where + ": a mix of " + differences(seen, oldColumn) + " files that differ from the old column and "
                    + differences(seen, newColumn) + " from the new");
        }
    }

    /** The next build gives the new column; the one after it the old one again, for the next kill. */
    private void assertRepairedByTheNextBuild(String where) throws IOException {
        build(newSources, column);
        assertEquals(newColumn, Tree.of(column), where + ", then a build");
        build(oldSources, column);
        assertEquals(oldColumn, Tree.of(column), where + ", then a build of the old sources");
    }

    private static long differences(Tree a, Tree b) {
        TreeSet<String> paths = new TreeSet<>(a.files().keySet());
        paths.addAll(b.files().keySet());
        return paths.stream().filter(p -> !java.util.Objects.equals(a.files().get(p), b.files().get(p))).count();
    }

    /** Builds the new sources into the column in a JVM of its own that stops dead before step {@code haltAt}. */
    private List<String> run(int haltAt) throws Exception {
        return run(haltAt, false);
    }

    /** As {@link #run(int)}; {@code served}: the build of {@code serve}, which commits in place. */
    private List<String> run(int haltAt, boolean served) throws Exception {
        Process p = child(haltAt, served).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the build did not end");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    private ProcessBuilder child(int haltAt) {
        return child(haltAt, false);
    }

    private ProcessBuilder child(int haltAt, boolean served) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingBuild.class.getName(), newSources.toString(), column.toString(), String.valueOf(haltAt),
                served ? "served" : "standalone")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static Path build(Path src, Path out) throws IOException {
        return build(src, out, false);
    }

    private static Path build(Path src, Path out, boolean served) throws IOException {
        Config config = Config.builder(src).outputDirectory(out).charts(false).build();
        assertTrue((served ? Nianbao.build(config, new java.util.concurrent.locks.ReentrantReadWriteLock())
                : Nianbao.build(config)).written());
        return out;
    }
}
