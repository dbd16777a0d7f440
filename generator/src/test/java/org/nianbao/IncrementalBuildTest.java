package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build on top of the last column renders only what changed, and gives exactly the folder a clean
 * build of the same sources gives: the same files with the same bytes, and no other files or folders.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    /** A change to the sources, named for the failure message. */
    private record Edit(String name, boolean charts, Change change) {
    }

    @FunctionalInterface
    private interface Change {
        void apply(Path src) throws IOException;
    }

    /**
     * {@code builder}: {@code build} (each commit swaps in a new folder, made from the spare once there is one),
     * {@code serve} (each replaces the changed files in place), or both taking turns.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"build", "serve", "build and serve"})
    void everyEditBuiltOnTheLastColumnGivesTheColumnOfACleanBuild(String builder) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        String report = "reports/2023/jiaoyuju.md";
        String template = Fixtures.read(Path.of("..", "themes", "default", "src", "main", "resources",
                "org", "nianbao", "theme", "default", "templates", "report.peb"));
        List<Edit> edits = List.of(
                new Edit("a figure that charts and year totals show", true,
                        s -> replace(s.resolve(report), "网站总访问量: 2121704", "网站总访问量: 2200000")),
                new Edit("a report deleted", true, s -> Files.delete(s.resolve("reports/2022/chengxi.md"))),
                new Edit("a report added back", true, s -> Files.copy(Fixtures.DEMO.resolve("reports/2022/chengxi.md"),
                        s.resolve("reports/2022/chengxi.md"))),
                new Edit("charts turned off", false, s -> { }),
                new Edit("a narrative", false, s -> Files.writeString(s.resolve(report),
                        Fixtures.read(s.resolve(report)) + "\n补充说明：本年度新增无障碍浏览功能。\n")),
                new Edit("the supervision report", false, s -> Files.writeString(s.resolve("reports/2023/_supervision.md"),
                        Fixtures.read(s.resolve("reports/2023/_supervision.md")) + "\n本年度监管工作总结。\n")),
                new Edit("a new year folder", false, s -> {
                    Files.createDirectories(s.resolve("reports/2024"));
                    replace(s.resolve("reports/2024/menhu.md"), null,
                            Fixtures.read(s.resolve("reports/2023/menhu.md")).replace("年度: 2023", "年度: 2024")
                                    .replace("发布日期: 2024-01-", "发布日期: 2025-01-"));
                }),
                new Edit("the new year folder removed", false, s -> {
                    Files.delete(s.resolve("reports/2024/menhu.md"));
                    Files.delete(s.resolve("reports/2024"));
                }),
                new Edit("a row added to the form", false, s -> Fixtures.write(s.resolve("forms/work.yaml"), """
                        add:
                          - into: publish
                            after: disclosure
                            row: { id: policy, label: 政策文件更新量, unit: 条, type: count, optional: true }
                        """)),
                new Edit("site.yaml", false, s -> replace(s.resolve("site.yaml"), "栏目名称: 示例市政府网站年度报表", "栏目名称: 示例市政府网站年度报表专栏")),
                new Edit("a file added to static/", false, s -> Fixtures.write(s.resolve("static/notice.txt"), "通知")),
                new Edit("a site template", false, s -> Fixtures.write(s.resolve("templates/report.peb"),
                        template.replace("</article>", "<!-- 本站模板 --></article>"))),
                new Edit("the site template and the added static file removed", false, s -> {
                    Files.delete(s.resolve("templates/report.peb"));
                    Files.delete(s.resolve("templates"));
                    Files.delete(s.resolve("static/notice.txt")); // static/ keeps the demo's 党政机关网站标识
                }));
        Path column = tmp.resolve("column");
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        assertTrue(build(src, column, true, null).written());
        int n = 0;
        for (Edit edit : edits) {
            edit.change().apply(src);
            boolean served = builder.equals("serve") || builder.equals("build and serve") && n % 2 == 1;
            assertTrue(build(src, column, edit.charts(), served ? lock : null).written(), edit.name());
            Path clean = tmp.resolve("clean-" + n++);
            assertTrue(build(src, clean, edit.charts()).written(), edit.name());
            assertSameFolder(clean, column, edit.name());
            assertEquals(Fixtures.read(manifest(clean)), Fixtures.read(manifest(column)), edit.name());
        }
    }

    @Test
    void aRebuildWithNothingChangedWritesNoFile() throws IOException {
        Path column = tmp.resolve("column");
        Fixtures.build(Fixtures.DEMO, column);
        Map<String, String> before = stamps(column);
        assertTrue(Fixtures.build(Fixtures.DEMO, column).written());
        assertEquals(before, stamps(column));
    }

    @Test
    void aNarrativeEditRewritesTheReportAndThePagesThatListItButNoChart() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path column = tmp.resolve("column");
        Fixtures.build(src, column);
        Map<String, String> before = stamps(column);
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, Fixtures.read(report) + "\n补充说明：本年度新增无障碍浏览功能。\n");
        Fixtures.build(src, column);
        Map<String, String> after = stamps(column);
        Set<String> rewritten = new TreeSet<>();
        after.forEach((path, stamp) -> {
            if (!stamp.equals(before.get(path))) {
                rewritten.add(path);
            }
        });
        assertTrue(rewritten.containsAll(List.of("2023/jiaoyuju/index.html", "2023/jiaoyuju/report.json",
                "2023/index.html", "sites/jiaoyuju/index.html", "search/index.js")), rewritten.toString());
        for (String path : rewritten) {
            assertFalse(path.matches("\\d{4}/(?!jiaoyuju/)[^/]+/.*"), "another report rewritten: " + path);
            assertFalse(path.matches("charts/.*\\.(png|svg|csv)"), "a chart rewritten: " + path);
            assertFalse(path.startsWith("assets/"), path);
        }
        assertEquals(1, rewritten.stream().filter(p -> p.startsWith("search/d/")).count(), rewritten.toString());
        // the index's shards holding the report's terms aside (their number grows with the column's reports)
        assertTrue(rewritten.stream().filter(p -> !p.startsWith("search/s/")).count() < 20, rewritten.toString());
    }

    @Test
    void aServedRebuildWaitsForTheRequestsReadingTheColumnThenReplacesOnlyWhatChanged() throws Exception {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path column = tmp.resolve("column");
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        assertTrue(build(src, column, false, lock).written());
        Path edited = column.resolve("2023/jiaoyuju/index.html");
        Path other = column.resolve("2022/jiaoyuju/index.html");
        Map<String, String> before = stamps(column);
        String page = Fixtures.read(edited);
        Fixtures.write(src.resolve("reports/2023/jiaoyuju.md"),
                Fixtures.read(src.resolve("reports/2023/jiaoyuju.md")) + "\n补充说明：本年度新增无障碍浏览功能。\n");

        lock.readLock().lock(); // a request reading the column
        java.util.concurrent.CompletableFuture<BuildResult> rebuild = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return build(src, column, false, lock);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        while (!lock.hasQueuedThreads() && !rebuild.isDone()) {
            Thread.sleep(5);
        }
        assertFalse(rebuild.isDone(), "the commit waits for the request");
        assertEquals(page, Fixtures.read(edited), "nothing changed while a request reads");
        assertEquals(before, stamps(column));
        lock.readLock().unlock();

        assertTrue(rebuild.get().written());
        assertTrue(Fixtures.read(edited).contains("本年度新增无障碍浏览功能"));
        Map<String, String> after = stamps(column);
        assertEquals(before.get("2022/jiaoyuju/index.html"), after.get("2022/jiaoyuju/index.html"),
                "a page no job rendered again is the same file: " + other);
        long replaced = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).count();
        assertTrue(replaced > 0 && replaced < 100, replaced + " of " + before.size() + " files replaced");
    }

    private static BuildResult build(Path src, Path out, boolean charts) throws IOException {
        return build(src, out, charts, null);
    }

    private static BuildResult build(Path src, Path out, boolean charts, ReentrantReadWriteLock served) throws IOException {
        Config config = Config.builder(src).outputDirectory(out).charts(charts).build();
        return served == null ? Nianbao.build(config) : Nianbao.build(config, served);
    }

    private static Path manifest(Path column) {
        return column.resolveSibling("." + column.getFileName() + ".manifest");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        if (from == null) {
            Fixtures.write(file, to);
            return;
        }
        String text = Fixtures.read(file);
        assertTrue(text.contains(from), file + " has " + from);
        Fixtures.write(file, text.replace(from, to));
    }

    /** Same relative files with the same bytes, and the same folders (no empty one left behind). */
    static void assertSameFolder(Path expected, Path actual, String what) throws IOException {
        assertEquals(folders(expected), folders(actual), what + ": folders");
        Fixtures.assertSameFiles(Fixtures.snapshot(expected), Fixtures.snapshot(actual), what);
    }

    private static Set<String> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isDirectory).map(p -> dir.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** Each file's identity and modification time: a file written again (or replaced) gets another. */
    private static Map<String, String> stamps(Path dir) throws IOException {
        Map<String, String> stamps = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                stamps.put(dir.relativize(p).toString().replace('\\', '/'), a.fileKey() + " " + a.lastModifiedTime());
            }
        }
        return stamps;
    }
}
