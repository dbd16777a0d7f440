package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    @TempDir
    Path tmp;

    @Test
    void sameSourcesGiveIdenticalBytes() throws IOException {
        Fixtures.build(Fixtures.DEMO, tmp.resolve("a"));
        Fixtures.build(Fixtures.DEMO, tmp.resolve("b"));
        Map<String, byte[]> a = Fixtures.snapshot(tmp.resolve("a"));
        Map<String, byte[]> b = Fixtures.snapshot(tmp.resolve("b"));
        Fixtures.assertSameFiles(a, b, "second build");
    }

    @Test
    void theZipHoldsTheColumnSortedWithFixedTimesAndIsTheSameEveryTime() throws IOException {
        Path a = tmp.resolve("a/column");
        Path b = tmp.resolve("b/column");
        Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(a).zip(true).build());
        Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(b).zip(true).build());
        byte[] zip = Files.readAllBytes(tmp.resolve("a/column.zip"));
        assertArrayEquals(zip, Files.readAllBytes(tmp.resolve("b/column.zip")));

        Map<String, byte[]> column = Fixtures.snapshot(a);
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0, 2), e.getTimeLocal(), e.getName());
                if (!e.isDirectory()) {
                    assertArrayEquals(column.get(e.getName()), in.readAllBytes(), e.getName());
                }
            }
        }
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(column.keySet(), names.stream().filter(n -> !n.endsWith("/")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aRebuildWithNothingChangedLeavesTheZipAsItIs() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("out/column");
        Path zip = tmp.resolve("out/column.zip");
        Config config = Config.builder(src).outputDirectory(out).zip(true).charts(false)
                .outputTimestamp("2024-01-31T00:00:00Z").build();
        Nianbao.build(config);
        var before = Files.readAttributes(zip, java.nio.file.attribute.BasicFileAttributes.class);
        assertTrue(Nianbao.build(config).written());
        var after = Files.readAttributes(zip, java.nio.file.attribute.BasicFileAttributes.class);
        assertEquals(before.fileKey(), after.fileKey(), "the same file");
        assertEquals(before.lastModifiedTime(), after.lastModifiedTime());

        Fixtures.write(src.resolve("reports/2023/jiaoyuju.md"),
                Fixtures.read(src.resolve("reports/2023/jiaoyuju.md")) + "\n本年度另有补充说明。\n");
        Nianbao.build(config);
        byte[] edited = Files.readAllBytes(zip);
        Nianbao.build(Config.builder(src).outputDirectory(tmp.resolve("clean/column")).zip(true).charts(false)
                .outputTimestamp("2024-01-31T00:00:00Z").build());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("clean/column.zip")), edited, "rewritten after an edit");
    }

    @Test
    void filesOfAnOlderBuildThatNoLongerHaveASourceAreGone() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        Fixtures.build(src, out);
        assertTrue(Files.exists(out.resolve("2021/shilixian/index.html")));
        Files.delete(src.resolve("reports/2021/shilixian.md"));
        Fixtures.build(src, out);
        assertTrue(Files.notExists(out.resolve("2021/shilixian/index.html")));
        assertTrue(Fixtures.read(out.resolve("2021/index.html")).contains("未发布"));
    }

    @Test
    void siteTemplateOverridesTheTheme() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("templates/year.peb"),
                "{% extends \"layout\" %}{% block content %}<h1>本站自定义 {{ year }}</h1>{% endblock %}");
        Fixtures.build(src, tmp.resolve("column"));
        String year = Fixtures.read(tmp.resolve("column/2022/index.html"));
        assertTrue(year.contains("<h1>本站自定义 2022</h1>"), year);
        assertTrue(year.contains("<footer"), "the theme's layout still wraps the page");
    }

    @Test
    void staticFilesAreCopied() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("static/files/说明.txt"), "附件");
        Fixtures.build(src, tmp.resolve("column"));
        assertEquals("附件", Fixtures.read(tmp.resolve("column/static/files/说明.txt")));
    }
}
