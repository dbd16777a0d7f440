package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Severity;

/** The options the Maven plugin and the command line set: checked when given, carried as given. */
class ConfigTest {
    @TempDir
    Path tmp;

    private Config.Builder builder() {
        return Config.builder(tmp);
    }

    @Test
    void baseUrlMustBeAnAbsoluteHttpUrlAndEndsInASlash() {
        assertEquals(Optional.of("https://www.example.gov.cn/zfwzndbb/"),
                builder().baseUrl("https://www.example.gov.cn/zfwzndbb").build().baseUrl());
        assertEquals(Optional.of("http://example.gov.cn/"), builder().baseUrl(" http://example.gov.cn/ ").build().baseUrl());
        assertEquals(Optional.empty(), builder().baseUrl("").build().baseUrl());
        for (String bad : List.of("www.example.gov.cn", "ftp://example.gov.cn/", "/zfwzndbb/",
                "https://example.gov.cn/?a=1", "https://example.gov.cn/#top", "https://exa mple.gov.cn/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder().baseUrl(bad));
            assertTrue(e.getMessage().startsWith("baseUrl 应为栏目的完整网址"), e.getMessage());
        }
    }

    @Test
    void outputTimestampIsReadAsMavenWritesIt() {
        Instant expected = Instant.parse("2024-01-31T00:00:00Z");
        assertEquals(Optional.of(expected), builder().outputTimestamp("2024-01-31T00:00:00Z").build().outputTimestamp());
        assertEquals(Optional.of(expected), builder().outputTimestamp("2024-01-31T08:00:00+08:00").build().outputTimestamp());
        assertEquals(Optional.of(expected), builder().outputTimestamp("1706659200").build().outputTimestamp());
        assertEquals(Optional.empty(), builder().outputTimestamp("-").build().outputTimestamp());
        assertEquals(Optional.empty(), builder().outputTimestamp(null).build().outputTimestamp());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder().outputTimestamp("2024-01-31"));
        assertTrue(e.getMessage().contains("“2024-01-31”"), e.getMessage());
    }

    @Test
    void onlyUtf8SourcesAreAccepted() {
        builder().sourceEncoding("UTF-8").sourceEncoding("utf8").sourceEncoding(null);
        for (String bad : List.of("GBK", "GB18030", "ISO-8859-1", "no-such-charset")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> builder().sourceEncoding(bad));
            assertTrue(e.getMessage().startsWith("源文件必须是 UTF-8 编码，不能按“" + bad + "”读取"), e.getMessage());
        }
    }

    @Test
    void warningsFailOnlyWhenAskedTo() {
        Diagnostic warning = new Diagnostic(Severity.WARNING, "reports/2023/a.md", 3, 5, "", "示例");
        BuildResult result = new BuildResult(List.of(warning), 1, 0, false);
        assertTrue(result.ok(false));
        assertFalse(result.ok(true));
        assertTrue(new BuildResult(List.of(), 1, 0, false).ok(true));
    }

    @Test
    void progressCountsReportsChartsAndPages() throws IOException {
        List<String> seen = new ArrayList<>();
        Path column = tmp.resolve("column");
        BuildResult result = Nianbao.build(Config.builder(Fixtures.DEMO).outputDirectory(column)
                .progress((stage, done) -> seen.add(stage + " " + done)).build());
        assertTrue(result.ok());
        assertEquals("READING 1", seen.get(0));
        assertTrue(seen.contains("READING " + result.reports()), seen.toString());
        long charts;
        try (var files = Files.walk(column)) {
            charts = files.filter(f -> f.toString().endsWith("@2x.png")).count();
        }
        assertTrue(charts > 0);
        // each counts up by one chart, or by a job's pages, to the whole
        assertEquals(LongStream.rangeClosed(1, charts).mapToObj(n -> "DRAWING " + n).toList(),
                seen.stream().filter(s -> s.startsWith("DRAWING")).toList());
        List<String> writing = seen.stream().filter(s -> s.startsWith("WRITING")).toList();
        assertEquals("WRITING " + result.pages(), writing.get(writing.size() - 1));
    }

    @Test
    void throttledProgressShowsAtMostOneLinePerInterval() {
        long[] now = {0};
        List<String> lines = new ArrayList<>();
        Progress p = Progress.throttled(lines::add, 1_000, () -> now[0]);
        p.update(Progress.Stage.READING, 1);
        now[0] = 999;
        p.update(Progress.Stage.READING, 2);
        now[0] = 1_000;
        p.update(Progress.Stage.READING, 3);
        now[0] = 1_500;
        p.update(Progress.Stage.WRITING, 4);
        now[0] = 2_100;
        p.update(Progress.Stage.WRITING, 5);
        assertEquals(List.of("已读取 3 份报表…", "已写出 5 个页面…"), lines);
    }

    @Test
    void diagnosticsCanNameTheirFileByFullPath() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "reports/2023/a.md", 3, 5, "信息发布/总数（条）", "应为非负整数");
        assertEquals(tmp.resolve("reports/2023/a.md") + ":3:5: 信息发布/总数（条）: 应为非负整数", d.toString(tmp));
    }
}
