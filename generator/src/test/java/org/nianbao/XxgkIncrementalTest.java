package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of 政府信息公开工作年度报告 built on the last column give the column of a clean build, file by file:
 * the xxgk pages' job keys cover what they show (IncrementalBuildTest's check, for these sources).
 */
class XxgkIncrementalTest {
    @TempDir
    Path tmp;

    private record Edit(String name, Change change) {
    }

    @FunctionalInterface
    private interface Change {
        void apply(Path src) throws IOException;
    }

    @Test
    void everyXxgkEditBuiltOnTheLastColumnGivesTheColumnOfACleanBuild() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        String report = "reports/2023/jiaoyuju.xxgk.md";
        if (!Files.exists(src.resolve(report))) {
            Fixtures.copyResources("/xxgk", src);
        }
        String last = "reports/2022/jiaoyuju.xxgk.md";
        String lastText = Fixtures.read(src.resolve(last));
        List<Edit> edits = List.of(
                new Edit("a figure", s -> replace(s.resolve(report), "行政许可: { 本年处理决定数量: ", "行政许可: { 本年处理决定数量: 1")),
                new Edit("a narrative", s -> Fixtures.write(s.resolve(report),
                        Fixtures.read(s.resolve(report)) + "\n本年度新增政策解读专栏。\n")),
                new Edit("the 发布日期, late now", s -> Fixtures.write(s.resolve(report),
                        Fixtures.read(s.resolve(report)).replaceFirst("发布日期: [0-9-]+", "发布日期: 2024-02-20"))),
                new Edit("last year's report deleted", s -> Files.delete(s.resolve(last))),
                new Edit("last year's report added back", s -> Fixtures.write(s.resolve(last), lastText)),
                new Edit("a body's every report deleted", s -> {
                    for (String year : List.of("2021", "2022", "2023")) {
                        Files.deleteIfExists(s.resolve("reports/" + year + "/jiaoyuju.xxgk.md"));
                    }
                }),
                new Edit("its first report added back", s -> Fixtures.write(s.resolve(last), lastText)),
                new Edit("site.yaml's 索引号 template", s -> Fixtures.write(s.resolve("site.yaml"),
                        Fixtures.read(s.resolve("site.yaml")) + "索引号: '000014349-{年度}-{代号}'\n")));
        Path column = tmp.resolve("column");
        assertTrue(build(src, column).written());
        int n = 0;
        for (Edit edit : edits) {
            edit.change().apply(src);
            BuildResult incremental = build(src, column);
            assertTrue(incremental.written(), edit.name() + ": " + incremental.diagnostics());
            Path clean = tmp.resolve("clean-" + n++);
            assertTrue(build(src, clean).written(), edit.name());
            IncrementalBuildTest.assertSameFolder(clean, column, edit.name());
            assertEquals(Fixtures.read(manifest(clean)), Fixtures.read(manifest(column)), edit.name());
        }
    }

    private static BuildResult build(Path src, Path out) throws IOException {
        return Nianbao.build(Config.builder(src).outputDirectory(out).charts(false).build());
    }

    private static Path manifest(Path column) {
        return column.resolveSibling("." + column.getFileName() + ".manifest");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Fixtures.read(file);
        assertTrue(text.contains(from), file + " has " + from);
        Fixtures.write(file, text.replace(from, to));
    }
}
