package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild with nothing changed parses no source and writes nothing, and tells what the last build told. */
class NoOpRebuildTest {
    @TempDir
    Path tmp;

    private final List<Progress.Stage> stages = new ArrayList<>();

    private BuildResult build(Path src, Path out) throws IOException {
        stages.clear();
        return Nianbao.build(Config.builder(src).outputDirectory(out).charts(false)
                .progress((stage, done) -> stages.add(stage)).build());
    }

    private long reads() {
        return stages.stream().filter(s -> s == Progress.Stage.READING).count();
    }

    @Test
    void nothingChangedNothingIsParsedOrWritten() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        BuildResult first = build(src, out);
        assertTrue(first.written());
        assertTrue(reads() > 0, "the first build reads every report");
        Object inode = Files.getAttribute(out.resolve("index.html"), "unix:ino");
        long modified = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
        Object folder = Files.getAttribute(out, "unix:ino");

        BuildResult again = build(src, out);
        assertEquals(List.of(), stages, "no report read, no page written");
        assertEquals(first, again, "the same diagnostics and counts");
        assertEquals(folder, Files.getAttribute(out, "unix:ino"), "the folder is not swapped");
        assertEquals(inode, Files.getAttribute(out.resolve("index.html"), "unix:ino"));
        assertEquals(modified, Files.getLastModifiedTime(out.resolve("index.html")).toMillis());
    }

    @Test
    void oneReportEditedTheBuildRunsAndShowsTheEdit() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        build(src, out);
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8) + "\n新增的一段：零跑腿改革。\n",
                StandardCharsets.UTF_8);
        build(src, out);
        assertTrue(reads() > 0);
        assertTrue(Files.readString(out.resolve("2023/jiaoyuju/index.html"), StandardCharsets.UTF_8).contains("零跑腿改革"));
    }

    @Test
    void aFileAddedOrAnOptionChangedOrAnOutputFileDeletedRunsTheBuild() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        build(src, out);
        Files.createDirectories(src.resolve("static"));
        Files.writeString(src.resolve("static/new.txt"), "新文件");
        build(src, out);
        assertTrue(Files.exists(out.resolve("static/new.txt")), "a new file is a change");

        Files.delete(out.resolve("2023/jiaoyuju/index.html"));
        build(src, out);
        assertTrue(Files.exists(out.resolve("2023/jiaoyuju/index.html")), "a page deleted by hand is written again");

        BuildResult before = build(src, out);
        assertEquals(List.of(), stages);
        stages.clear();
        BuildResult withAddress = Nianbao.build(Config.builder(src).outputDirectory(out).charts(false)
                .baseUrl("https://www.example.gov.cn/nb/").progress((stage, done) -> stages.add(stage)).build());
        assertTrue(reads() > 0, "another option is another column");
        assertNotEquals(List.of(), stages);
        assertEquals(before.reports(), withAddress.reports());
    }
}
