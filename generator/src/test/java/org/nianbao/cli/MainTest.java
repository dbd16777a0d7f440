package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Fixtures;

/** The command line: exit codes, messages and help, as a user sees them. */
class MainTest {
    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void helpIsInChinese() {
        assertEquals(0, run("--help"));
        assertTrue(out.startsWith("用法：nianbao [-hVX] [命令]"), out);
        for (String command : new String[] {"build", "check", "serve", "new", "import", "export"}) {
            assertTrue(out.contains("  " + command + " "), command);
        }
        assertTrue(out.contains("退出码：0 成功；1 报表有错误；2 用法错误或内部错误。"), out);

        assertEquals(0, run("build", "--help"));
        assertTrue(out.startsWith("用法：nianbao build "), out);
        assertTrue(out.contains("--fail-on-warning"), out);
        assertTrue(out.contains("源文件编码，必须是 UTF-8（默认：UTF-8）"), out);
    }

    @Test
    void buildWritesTheColumnAndExitsWithZero() {
        Path column = tmp.resolve("column");
        assertEquals(0, run("build", "-s", Fixtures.DEMO.toString(), "-o", column.toString()), err);
        assertTrue(out.startsWith("已生成栏目：" + demoReports(false) + " 份报表，"), out); // the 年度报表
        assertTrue(Files.isRegularFile(column.resolve("2023/jiaoyuju/index.html")));
        assertTrue(Files.isRegularFile(column.resolve("charts/2023/jiaoyuju/publish@2x.png")));

        Path plain = tmp.resolve("plain");
        assertEquals(0, run("build", "--no-charts", "-s", Fixtures.DEMO.toString(), "-o", plain.toString()), err);
        assertTrue(Files.isRegularFile(plain.resolve("2023/jiaoyuju/index.html")));
        assertFalse(Files.exists(plain.resolve("charts")), "--no-charts draws no chart");
        assertEquals(0, run("check", "--chart-png-1x", "-s", Fixtures.DEMO.toString()), err);
    }

    @Test
    void badFiguresExitWithOneAndAreNamedByFullPath() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, Files.readString(report).replace("  总数: 1214\n", "  总数: 1,214\n"));

        assertEquals(1, run("build", "-s", src.toString()));

        // on a slow machine the progress line comes first
        assertTrue(err.lines().filter(l -> !l.endsWith("份报表…")).findFirst().orElse("")
                .startsWith(report + ":14:7: 信息发布/总数（条）: 填写为“1,214”"), err);
        assertTrue(err.contains("报表有 1 个错误，栏目未生成（上次生成的栏目保持不变）"), err);
        assertFalse(Files.exists(src.resolve("target/column")));
        assertEquals(1, run("check", "-s", src.toString()));
        assertTrue(err.contains("报表有 1 个错误，请改正后再生成栏目"), err);
    }

    @Test
    void checkWritesNothing() {
        assertEquals(0, run("check", "--source", Fixtures.DEMO.toString(), "--output", tmp.resolve("c").toString()));
        assertTrue(out.startsWith("已检查 " + demoReports(true) + " 份报表：没有错误"), out); // every file read
        assertFalse(Files.exists(tmp.resolve("c")));
    }

    @Test
    void checkListsDraftsAsNoticesAndBuildsSkipThem() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Files.writeString(src.resolve("reports/2023/jiaoyuju.md.draft"), "---\n年度: 2023\n信息发布:\n  总数: -1\n---\n");
        assertEquals(0, run("check", "-s", src.toString()), err);
        assertTrue(err.contains("reports/2023/jiaoyuju.md.draft: 提示: 填报页面保存的草稿，未参与检查和生成"), err);
        assertTrue(out.startsWith("已检查 " + demoReports(true) + " 份报表：没有错误"), out);
    }

    /** The demo's report files; {@code withXxgk}: the 政府信息公开工作年度报告 too. */
    private static long demoReports(boolean withXxgk) {
        try (java.util.stream.Stream<Path> s = Files.walk(Fixtures.DEMO.resolve("reports"))) {
            return s.filter(p -> p.toString().endsWith(".md") && (withXxgk || !p.toString().endsWith(".xxgk.md"))).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertTrue(err.startsWith("参数错误：请指定命令：build、check、serve、new、import 或 export"), err);
        assertEquals(2, run("build", "--no-such-option"));
        assertTrue(err.startsWith("参数错误："), err);
        assertTrue(err.contains("用法：nianbao build"), err);
        assertEquals(2, run("build", "-s", Fixtures.DEMO.toString(), "--encoding", "GBK"));
        assertTrue(err.startsWith("错误：源文件必须是 UTF-8 编码，不能按“GBK”读取"), err);
        assertEquals(2, run("check", "-s", Fixtures.DEMO.toString(), "--base-url", "www.example.gov.cn"));
        assertTrue(err.startsWith("错误：--base-url 应为栏目的完整网址"), err);
        assertEquals(2, run("check", "-s", Fixtures.DEMO.toString(), "--output-timestamp", "2024-01-31"));
        assertTrue(err.startsWith("错误：--output-timestamp 应为 ISO 8601 时间"), err);
        assertEquals(2, run("build", "-s", Fixtures.DEMO.toString(), "-o", tmp.resolve("x").toString(), "--theme", "nope"));
        assertTrue(err.startsWith("错误：找不到主题“nope”"), err);
        assertTrue(err.contains("主题的 jar 应放在类路径上"), err);
    }

    @Test
    void internalErrorsExitWithTwoAndShowDetailsOnlyWithDebug() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "");
        String output = file.resolve("column").toString();

        assertEquals(2, run("build", "-s", Fixtures.DEMO.toString(), "-o", output));
        assertTrue(err.startsWith("内部错误："), err);
        assertFalse(err.contains("\tat "), err);

        assertEquals(2, run("build", "-X", "-s", Fixtures.DEMO.toString(), "-o", output));
        assertTrue(err.contains("\tat "), err);
    }

    @Test
    void importWritesTheReportsOfACsvOrNamesItsBadCells() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path csv = tmp.resolve("import.csv");
        Files.writeString(csv, exported(src), java.nio.charset.Charset.forName("GB18030"));

        assertEquals(1, run("import", csv.toString(), "-s", src.toString()));
        assertTrue(err.contains(csv + ":9:1: 代号: reports/2023/menhu.md 已存在，未覆盖"), err);
        assertTrue(err.endsWith("CSV 有 14 个错误，未写入任何文件" + System.lineSeparator()), err);

        assertEquals(0, run("import", csv.toString(), "-s", src.toString(), "--overwrite"), err);
        assertTrue(out.startsWith("已按 GB18030 编码读取 " + csv + "，写入 14 份报表：" + System.lineSeparator()
                + "  reports/2023/caizhengju.md"), out);
        assertEquals(0, run("check", "-s", src.toString()), err);

        Files.writeString(csv, exported(src).replace(",2024-01-12,", ",2024-1-12,"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, run("import", csv.toString(), "-s", src.toString(), "--overwrite", "--encoding", "UTF-8"));
        assertTrue(err.startsWith(csv + ":8:3: 发布日期: 填写为“2024-1-12”，应为日期，格式为 YYYY-MM-DD"), err);

        assertEquals(2, run("import", tmp.resolve("none.csv").toString(), "-s", src.toString()));
        assertTrue(err.startsWith("错误：找不到 CSV 文件 "), err);
        assertEquals(2, run("import", csv.toString(), "--encoding", "no-such-charset"));
        assertTrue(err.startsWith("参数错误："), err);
    }

    /** The workbook sent out for filling and imported back unchanged gives the same report files. */
    @Test
    void exportWritesAWorkbookThatImportsBackUnchanged() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path xlsx = tmp.resolve("填报 2023.xlsx");

        assertEquals(0, run("export", "-s", src.toString(), "--year", "2023", "-o", xlsx.toString()), err);
        assertTrue(out.startsWith("已写出 " + xlsx + "："), out);
        java.util.Map<String, byte[]> before = Fixtures.snapshot(src.resolve("reports"));

        assertEquals(1, run("import", xlsx.toString(), "-s", src.toString()));
        assertTrue(err.contains(xlsx + ": 报表!A10: 代号: reports/2023/menhu.md 已存在，未覆盖"), err);
        assertTrue(err.endsWith("工作簿有 14 个错误，未写入任何文件" + System.lineSeparator()), err);
        assertEquals(0, run("import", xlsx.toString(), "-s", src.toString(), "--overwrite"), err);
        assertTrue(out.startsWith("已读取 " + xlsx + " 的工作表“报表”，写入 14 份报表："), out);
        Fixtures.assertSameFiles(before, Fixtures.snapshot(src.resolve("reports")), "the reports imported back");

        assertEquals(2, run("import", xlsx.toString(), "-s", src.toString(), "--sheet", "Sheet1", "--encoding", "UTF-8"));
        assertTrue(err.startsWith("错误：编码选项只用于 CSV 文件"), err);
    }

    @Test
    void aMissingSourceFolderIsAUsageError() {
        String none = tmp.resolve("没有此文件夹").toString();
        for (String command : List.of("build", "check", "export")) {
            String[] args = command.equals("export") ? new String[] {command, "-s", none, "--year", "2023"}
                    : new String[] {command, "-s", none};
            assertEquals(2, run(args), command);
            assertTrue(err.startsWith("错误：找不到栏目源文件夹 " + none), err);
        }
        assertEquals(2, run("import", "x.csv", "-s", none));
        assertTrue(err.startsWith("错误：找不到栏目源文件夹 " + none), err);
    }

    /** The demo's 2023 work reports as CSV. */
    private static String exported(Path src) {
        var form = org.nianbao.form.FormLoader.load(src).get(org.nianbao.form.FormLoader.WORK);
        var reports = org.nianbao.check.ColumnCheck.read(src, org.nianbao.Config.DEFAULT_MAX_FILE_BYTES).column()
                .reports().stream().filter(r -> r.year() == 2023).toList();
        return org.nianbao.render.CsvExport.csv(reports, form.forEdition(form.defaultEdition(2023).orElseThrow()));
    }

    @Test
    void newCreatesAProjectThatBuildsThenPreparesTheNextYear() throws IOException {
        Path dir = tmp.resolve("我的 专栏");

        assertEquals(0, run("new", dir.toString()), err);
        assertTrue(out.startsWith("已新建栏目项目 " + dir + "：pom.xml、site.yaml、reports/"), out);
        assertEquals(0, run("build", "-s", dir.toString()), err);

        int year;
        try (var years = Files.list(dir.resolve("reports"))) {
            year = Integer.parseInt(years.findFirst().orElseThrow().getFileName().toString());
        }
        assertEquals(0, run("new", dir.toString(), "--year", String.valueOf(year + 1)), err);
        assertTrue(Files.isRegularFile(dir.resolve("reports/" + (year + 1) + "/menhu.md")));
        assertEquals(1, run("check", "-s", dir.toString()));
        assertTrue(err.contains("信息发布/总数（条）: 未填写"), err);

        assertEquals(2, run("new", dir.toString()));
        assertTrue(err.startsWith("错误：文件夹 " + dir + " 中已有 pom.xml"), err);
    }
}
