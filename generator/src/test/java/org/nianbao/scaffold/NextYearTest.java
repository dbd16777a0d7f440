package org.nianbao.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Fixtures;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.form.FormLoader;
import org.nianbao.form.ReportRollover;
import org.nianbao.form.Row;

/** Next year's files from last year's: the site's facts kept, the figures cleared, and the build says what to fill in. */
class NextYearTest {
    private static final long MAX = Config.DEFAULT_MAX_FILE_BYTES;

    @TempDir
    Path tmp;

    @Test
    void aRenameFromNextYearChangesTheKeys() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Files.createDirectories(src.resolve("forms"));
        Files.writeString(src.resolve("forms/work.yaml"), "rename:\n  basic.uv: { label: 独立访客数, from: 2024 }\n"
                + "  interact: { label: 互动与回应, from: 2024 }\n");

        NextYear.create(src, 2024, MAX);

        List<String> next = Files.readAllLines(src.resolve("reports/2024/menhu.md"));
        assertTrue(next.contains("  独立访客数:"), next.toString());
        assertTrue(next.contains("互动与回应:"), next.toString());
        assertFalse(next.contains("  独立用户访问总量:"), next.toString());
        assertTrue(Files.readString(src.resolve("reports/2023/menhu.md")).contains("  独立用户访问总量: "));
    }

    @Test
    void siteFactsAreKeptAndFiguresCleared() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));

        NextYear.Result result = NextYear.create(src, 2024, MAX);

        assertEquals(15, result.created().size(), result.created().toString());
        String supervision = Files.readString(src.resolve("reports/2024/_supervision.md"));
        assertFalse(supervision.contains("问责记录"), supervision);
        assertTrue(supervision.contains("  抽查网站数量:\n"), supervision);
        assertTrue(supervision.contains("  单位负责人: 周立新"), supervision);
        assertEquals(List.of(), result.kept());
        List<String> last = Files.readAllLines(src.resolve("reports/2023/menhu.md"));
        List<String> next = Files.readAllLines(src.resolve("reports/2024/menhu.md"));
        assertEquals("年度: 2024", next.get(1));
        assertEquals("发布日期:", next.get(2));
        for (String kept : List.of("  网站名称: 示例市人民政府门户网站", "  首页网址: https://www.shili.gov.cn/",
                "  政府网站标识码: \"9901000001\"", "  公安机关备案号: 示公网安备 99010202000001号",
                "    - 名称: 示例政务服务", "  单位负责人: 黄启明", "  填报人: 赵一帆")) {
            assertTrue(next.contains(kept), kept);
        }
        for (String cleared : List.of("  独立用户访问总量:", "  总数:", "    平均办理时间:", "      订阅数:",
                "  是否有移动新媒体:", "  已开展:", "  填报日期:")) {
            assertTrue(next.contains(cleared), cleared);
        }
        // Same keys on the same lines: only values changed.
        assertEquals(last.indexOf("填报信息:"), next.indexOf("填报信息:"));
        assertTrue(next.contains("## 年度工作概述"));
        assertFalse(String.join("\n", next).contains("9834"), "a figure survived");
    }

    @Test
    void theBuildListsWhatIsStillToFillIn() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        NextYear.create(src, 2024, MAX);

        BuildResult result = Nianbao.check(Config.builder(src).build());

        List<Diagnostic> menhu = result.diagnostics().stream()
                .filter(d -> d.file().equals("reports/2024/menhu.md")).toList();
        List<String> subjects = menhu.stream().map(Diagnostic::subject).toList();
        assertTrue(subjects.contains("信息发布/总数（条）"), subjects.toString());
        assertTrue(subjects.contains("移动新媒体/微信/第2个/订阅数（个）"), subjects.toString());
        assertTrue(subjects.contains("发布日期"), subjects.toString());
        for (String fact : List.of("网站基本信息/网站名称", "网站基本信息/政府网站标识码", "填报信息/单位负责人",
                "移动新媒体/微信/第1个/名称")) {
            assertFalse(subjects.contains(fact), fact);
        }
        Diagnostic total = menhu.stream().filter(d -> d.subject().equals("信息发布/总数（条）")).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(src.resolve("reports/2024/menhu.md"));
        assertEquals("  总数:", lines.get(total.line() - 1));
        assertTrue(total.message().startsWith("未填写"), total.message());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.file().startsWith("reports/2023/")));
    }

    @Test
    void everyKeptRowIsARowOfTheForm() {
        Set<String> paths = new HashSet<>();
        collect(FormLoader.workReport().sections().stream().flatMap(sec -> sec.rows().stream()).toList(), paths);
        for (String kept : ReportRollover.KEPT) {
            assertTrue(paths.contains(kept), kept + " is no longer a row of the form");
        }
    }

    private static void collect(List<Row> rows, Set<String> paths) {
        for (Row r : rows) {
            paths.add(r.path());
            collect(r.children(), paths);
        }
    }

    @Test
    void existingFilesAreKept() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Files.createDirectories(src.resolve("reports/2024"));
        Files.writeString(src.resolve("reports/2024/menhu.md"), "已写好");

        NextYear.Result result = NextYear.create(src, 2024, MAX);

        assertEquals(List.of("reports/2024/menhu.md"), result.kept());
        assertEquals(14, result.created().size());
        assertEquals("已写好", Files.readString(src.resolve("reports/2024/menhu.md")));
    }

    @Test
    void aYearWithoutAPreviousYearIsRefused() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NextYear.create(src, 2030, MAX));
        assertTrue(e.getMessage().startsWith("找不到上一年度的报表"), e.getMessage());
        assertTrue(Files.notExists(src.resolve("reports/2030")));
    }

    @Test
    void blockListsAndQuotedValuesAreClearedCleanly() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path file = src.resolve("reports/2023/jiaoyuju.md");
        String text = Files.readString(file)
                .replace("  已开展: [搜索即服务, 无障碍浏览]\n", "  已开展:\n    - 搜索即服务\n    - 无障碍浏览\n")
                .replace("  总数: 1214\n", "  总数: \"1214\"  # 全年\n");
        Files.writeString(file, text);

        NextYear.create(src, 2024, MAX);

        String next = Files.readString(src.resolve("reports/2024/jiaoyuju.md"));
        assertTrue(next.contains("  已开展:\n\n  其他:"), next);
        assertTrue(next.contains("  总数:   # 全年\n"), next);
    }
}
