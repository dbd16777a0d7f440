package org.nianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.Nianbao;

/**
 * An incremental commit makes the spare (the column before the last) the new column: it links the
 * files changed in the last two builds, not the column's every file, and gives a clean build's folder.
 */
class SpareColumnTest {
    @TempDir
    Path tmp;

    private final List<String> steps = new ArrayList<>();

    @AfterEach
    void quiet() {
        StagedOutput.beforeStep = step -> {
        };
    }

    private void build(Path src, Path out) throws IOException {
        steps.clear();
        StagedOutput.beforeStep = step -> {
            synchronized (steps) {
                steps.add(step);
            }
        };
        assertTrue(Nianbao.build(Config.builder(src).outputDirectory(out).charts(false).build()).written());
    }

    private long count(String prefix) {
        return steps.stream().filter(s -> s.startsWith(prefix)).count();
    }

    private static void append(Path report, String text) throws IOException {
        Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    @Test
    void aCommitWithASpareLinksTheFilesOfTheLastTwoEditsOnly() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path column = tmp.resolve("column");
        build(src, column);
        int files = Manifest.read(StagedOutput.manifestFile(column)).paths().size();

        append(src.resolve("reports/2023/jiaoyuju.md"), "\n补充说明：本年度新增无障碍浏览功能。\n");
        build(src, column);
        assertTrue(count("link ") > files / 2, "no spare yet: the kept files are linked into a staging folder");
        assertTrue(steps.contains("keep old column as spare"), steps.toString());
        assertTrue(Files.isDirectory(column.resolveSibling(".column.spare")));

        append(src.resolve("reports/2022/gonganju.md"), "\n补充说明：开通适老化服务。\n");
        build(src, column);
        assertEquals(0, count("link "), "the spare is made the new column");
        long linked = count("spare: link ");
        long moved = count("spare: move in ");
        assertTrue(linked > 0 && linked < files / 10, linked + " of " + files + " files linked");
        assertTrue(moved > 0 && moved < files / 10, moved + " of " + files + " files moved in");
        assertTrue(steps.contains("keep old column as spare"), steps.toString());

        Path clean = tmp.resolve("clean");
        build(src, clean);
        Fixtures.assertSameFiles(Fixtures.snapshot(clean), Fixtures.snapshot(column), "the column made from the spare");
    }

    @Test
    void anOldColumnThatDiffersInManyFilesIsDeletedNotKept() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path column = tmp.resolve("column");
        build(src, column);
        Path site = src.resolve("site.yaml");
        Files.writeString(site, Files.readString(site, StandardCharsets.UTF_8).replace("栏目名称: 示例市政府网站年度报表",
                "栏目名称: 示例市政府网站年度报表专栏"), StandardCharsets.UTF_8);
        build(src, column); // every page names the column
        assertTrue(steps.contains("delete old column"), steps.toString());
        assertTrue(Files.notExists(column.resolveSibling(".column.spare")));
    }

    @Test
    void aSpareWithoutItsDeltaIsDeletedAndTheCommitLinksEveryKeptFile() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path column = tmp.resolve("column");
        build(src, column);
        append(src.resolve("reports/2023/jiaoyuju.md"), "\n补充说明一。\n");
        build(src, column);
        Files.delete(column.resolveSibling(".column.spare.delta")); // as a build killed while it worked on the spare
        append(src.resolve("reports/2023/jiaoyuju.md"), "\n补充说明二。\n");
        build(src, column);
        assertEquals(0, count("spare: "));
        assertTrue(count("link ") > 0);
        Path clean = tmp.resolve("clean");
        build(src, clean);
        Fixtures.assertSameFiles(Fixtures.snapshot(clean), Fixtures.snapshot(column), "the column after a spare was lost");
    }
}
