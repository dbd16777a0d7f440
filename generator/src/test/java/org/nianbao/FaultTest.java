package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that dies half way, two builds at once, an output that cannot be written: the last good
 * column survives and the next build succeeds. A killed build is simulated by the files it leaves.
 */
class FaultTest {
    @TempDir
    Path tmp;

    @Test
    void buildKilledWhileWritingLeavesTheColumnAndIsCleanedUpNextTime() throws IOException {
        Path out = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, out);
        Map<String, byte[]> good = Fixtures.snapshot(out);
        // what a build killed while writing pages leaves: a half-written staging folder
        Fixtures.write(tmp.resolve(".column.staging/2023/index.html"), "<p>half");
        Fixtures.assertSameFiles(good, Fixtures.snapshot(out), "column");

        assertTrue(Fixtures.build(Fixtures.DEMO, out).ok());
        Fixtures.assertSameFiles(good, Fixtures.snapshot(out), "column");
        assertFalse(Files.exists(tmp.resolve(".column.staging")));
    }

    @Test
    void buildKilledBetweenTheTwoRenamesIsRecovered() throws IOException {
        Path out = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, out);
        Map<String, byte[]> good = Fixtures.snapshot(out);
        // killed after moving the old column aside, before moving the new one in
        Files.move(out, tmp.resolve(".column.previous"));
        Fixtures.write(tmp.resolve(".column.staging/index.html"), "<p>new");

        Path broken = Fixtures.copyDemo(tmp.resolve("src"));
        new FrontMatterEditor(broken.resolve("reports/2023/jiaoyuju.md")).set("专栏专题/维护数量", "九").save();
        assertFalse(Fixtures.build(broken, out).ok());
        // a failed build writes nothing, so the column is still to be restored by the next one that writes
        assertTrue(Fixtures.build(Fixtures.DEMO, out).ok());
        Fixtures.assertSameFiles(good, Fixtures.snapshot(out), "column");
        assertFalse(Files.exists(tmp.resolve(".column.previous")));
    }

    @Test
    void twoBuildsIntoOneFolderAtOnceGiveAWholeColumn() throws Exception {
        Path out = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, tmp.resolve("clean"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BuildResult>> builds = pool.invokeAll(List.of(
                    () -> Fixtures.build(Fixtures.DEMO, out), () -> Fixtures.build(Fixtures.DEMO, out)));
            for (Future<BuildResult> b : builds) {
                assertTrue(b.get().ok());
            }
        } finally {
            pool.shutdown();
        }
        Fixtures.assertSameFiles(Fixtures.snapshot(tmp.resolve("clean")), Fixtures.snapshot(out), "column");
    }

    @Test
    void anOutputThatCannotBeWrittenEndsWithAClearError() {
        // /proc refuses new folders even for root, as a read-only disk would
        Path out = Path.of("/proc/self/nianbao-column");
        IOException e = assertThrows(IOException.class, () -> Fixtures.build(Fixtures.DEMO, out));
        assertTrue(e.getMessage().startsWith("无法写入栏目文件夹 " + out.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().endsWith("（上次生成的栏目保持不变）"), e.getMessage());
    }

    @Test
    void aCommitThatNianbao01LeftHalfDoneIsReplacedByAFullBuild() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        buildWithoutCharts(src, out);
        Map<String, byte[]> original = Fixtures.snapshot(out);
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        String text = Fixtures.read(report);
        Fixtures.write(report, text.replace("网站总访问量: 2121704", "网站总访问量: 2200000"));
        Path edited = tmp.resolve("edited");
        buildWithoutCharts(src, edited);
        Map<String, byte[]> next = Fixtures.snapshot(edited);

        // what nianbao 0.1's incremental build left when killed half way through its commit (it moved
        // the changed files in one by one): the next manifest written, some moved in, the others staged
        Files.copy(tmp.resolve(".edited.manifest"), tmp.resolve(".column.manifest.next"));
        int i = 0;
        for (Map.Entry<String, byte[]> e : next.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), original.get(e.getKey()))) {
                Path to = (i++ % 2 == 0 ? out : tmp.resolve(".column.staging")).resolve(e.getKey());
                Files.createDirectories(to.getParent());
                Files.write(to, e.getValue());
            }
        }
        assertTrue(i >= 4, "changed files: " + i);

        // the folder may be a mix: the next build trusts no manifest and builds the whole column
        Fixtures.write(report, text);
        buildWithoutCharts(src, out);
        Fixtures.assertSameFiles(original, Fixtures.snapshot(out), "column");
        assertFalse(Files.exists(tmp.resolve(".column.staging")));
        assertFalse(Files.exists(tmp.resolve(".column.manifest.next")));
    }

    private static void buildWithoutCharts(Path src, Path out) throws IOException {
        assertTrue(Nianbao.build(Config.builder(src).outputDirectory(out).charts(false).build()).written());
    }
}
