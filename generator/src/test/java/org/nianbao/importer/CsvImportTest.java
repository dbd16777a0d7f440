package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.Nianbao;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Report;
import org.nianbao.render.CsvExport;
import org.nianbao.check.ColumnCheck;
import org.nianbao.source.Csv;

/** The import of a CSV of report figures, and its round trip with the export. */
class CsvImportTest {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The demo column's 2023 work reports, exported. */
    static String demo2023;

    @TempDir
    Path tmp;

    @BeforeAll
    static void export() {
        List<Report> reports = ColumnCheck.read(Fixtures.DEMO, Config.DEFAULT_MAX_FILE_BYTES).column().reports()
                .stream().filter(r -> r.year() == 2023).toList();
        FormDefinition work = FormLoader.load(Fixtures.DEMO).get(FormLoader.WORK);
        demo2023 = CsvExport.csv(reports, work.forEdition(work.defaultEdition(2023).orElseThrow()));
    }

    @Test
    void exportHasTheFormsHeadsInOrderAndARowPerWorkReport() throws Exception {
        List<Csv.Record> records = Csv.parse(demo2023);
        List<String> heads = records.get(0).fields();
        assertEquals(List.of("代号", "年度", "发布日期", "网站基本信息/网站名称", "网站基本信息/首页网址"), heads.subList(0, 5));
        assertEquals(11, heads.indexOf("信息发布/总数"));
        assertTrue(heads.contains("移动新媒体/微信/2/订阅数"), "menhu has two 微信 accounts");
        assertEquals("填报信息/填报日期", heads.get(heads.size() - 1));
        assertEquals(1 + 14, records.size(), "the heads and the 14 work reports; the supervision report is not one");
        assertTrue(demo2023.contains("\r\njiaoyuju,2023,2024-01-12,示例市教育局,https://jyj.shili.gov.cn/,"), demo2023);
        assertTrue(demo2023.contains(",搜索即服务、无障碍浏览,"));
    }

    /** Imported over the demo's own files (bodies kept), the 2023 sources come out byte for byte as they were. */
    @Test
    void overwritingTheDemoGivesItsSourcesBackByteForByte() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Map<String, String> before = texts(src.resolve("reports"));
        Path csv = write(tmp.resolve("all-2023.csv"), CsvExport.utf8WithBom(demo2023));

        CsvImport.Result r = CsvImport.run(src, csv, null, true);

        assertEquals(List.of(), strings(r.diagnostics()));
        assertEquals(StandardCharsets.UTF_8, r.encoding());
        assertEquals(14, r.written().size());
        assertTrue(r.written().contains("reports/2023/jiaoyuju.md"), r.written().toString());
        assertEquals(before, texts(src.resolve("reports")));
    }

    /** Deleted and imported again, the 2023 reports give the same tables and report.json as before. */
    @Test
    void importedIntoAnEmptyYearTheReportTablesAreByteIdentical() throws IOException {
        Path original = Fixtures.copyDemo(tmp.resolve("original"));
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        List<String> slugs = new ArrayList<>();
        try (Stream<Path> s = Files.list(src.resolve("reports/2023"))) {
            for (Path p : s.sorted().toList()) {
                // the 年度报表 only: the 政府信息公开工作年度报告 (.xxgk.md) are not in the CSV
                if (!p.getFileName().toString().startsWith("_") && !p.getFileName().toString().endsWith(".xxgk.md")) {
                    slugs.add(p.getFileName().toString().replace(".md", ""));
                    Files.delete(p);
                }
            }
        }
        Path csv = write(tmp.resolve("all-2023.csv"), CsvExport.utf8WithBom(demo2023));

        CsvImport.Result r = CsvImport.run(src, csv, null, false);

        assertEquals(List.of(), strings(r.diagnostics()));
        assertEquals(14, slugs.size());
        assertTrue(read(src.resolve("reports/2023/jiaoyuju.md")).endsWith("---\n\n## 年度工作概述\n"));
        BuildResult a = Nianbao.build(Config.builder(original).outputDirectory(tmp.resolve("a")).build());
        BuildResult b = Nianbao.build(Config.builder(src).outputDirectory(tmp.resolve("b")).build());
        assertTrue(a.written() && b.written(), strings(b.diagnostics()).toString());
        for (String slug : slugs) {
            String page = "2023/" + slug + "/index.html";
            String table = table(read(tmp.resolve("a").resolve(page)));
            assertTrue(table.length() > 3000, page);
            assertEquals(table, table(read(tmp.resolve("b").resolve(page))), page);
            assertEquals(read(tmp.resolve("a/2023/" + slug + "/report.json")),
                    read(tmp.resolve("b/2023/" + slug + "/report.json")), slug);
            assertNotEquals(read(tmp.resolve("a").resolve(page)), read(tmp.resolve("b").resolve(page)),
                    "the narrative is not in the CSV");
        }
    }

    @Test
    void badCellsAreNamedByRowAndHeadAndNothingIsWritten() throws IOException {
        Path src = emptied2023();
        String csv = edit(demo2023, "jiaoyuju", "信息发布/总数", "1,234");
        csv = edit(csv, "jiaoyuju", "互动交流/是否使用统一平台", "yes");
        csv = edit(csv, "menhu", "填报信息/填报日期", "2024/1/16");
        csv = edit(csv, "menhu", "移动新媒体/微信/2/订阅数", "#238600");
        csv = edit(csv, "caizhengju", "网站基本信息/独立用户访问总量", "99999999");
        Path file = write(tmp.resolve("import.csv"), csv.getBytes(StandardCharsets.UTF_8));

        CsvImport.Result r = CsvImport.run(src, file, null, false);

        String f = file.toString();
        List<String> errors = strings(r.diagnostics());
        assertEquals(List.of(
                f + ":2:10: 网站基本信息/独立用户访问总量（个）: 填写 99999999，不应大于 网站总访问量 476821",
                f + ":8:12: 信息发布/总数（条）: 填写为“1,234”，不要使用千位分隔符，应为非负整数，如 1234",
                f + ":8:" + (col("互动交流/是否使用统一平台")) + ": 互动交流/是否使用统一平台: 填写为“yes”，应为“是”或“否”",
                f + ":9:" + col("移动新媒体/微信/2/订阅数") + ": 移动新媒体/微信/2/订阅数（个）: 填写为“#238600”，应为非负整数，如 1234",
                f + ":9:" + col("填报信息/填报日期") + ": 填报信息/填报日期: 填写为“2024/1/16”，应为日期，格式为 YYYY-MM-DD，如 2024-01-15"),
                errors);
        assertFalse(r.ok());
        assertEquals(List.of(), r.written());
        assertEquals(List.of("_supervision.md"), names(src.resolve("reports/2023")));
    }

    private static int col(String head) throws IOException {
        try {
            return Csv.parse(demo2023).get(0).fields().indexOf(head) + 1;
        } catch (Csv.Malformed e) {
            throw new IOException(e);
        }
    }

    @Test
    void gb18030IsDetectedOrGiven() throws IOException {
        Path src = emptied2023();
        Path file = write(tmp.resolve("gbk.csv"), demo2023.getBytes(GB18030));

        CsvImport.Result detected = CsvImport.run(src, file, null, false);
        assertEquals(List.of(), strings(detected.diagnostics()));
        assertEquals(GB18030, detected.encoding());
        assertTrue(read(src.resolve("reports/2023/jiaoyuju.md")).contains("  网站名称: 示例市教育局\n"));

        Path again = emptied2023();
        assertEquals(List.of(), strings(CsvImport.run(again, file, GB18030, false).diagnostics()));

        CsvImport.Result wrong = CsvImport.run(emptied2023(), file, StandardCharsets.UTF_8, false);
        assertEquals(1, wrong.errors());
        assertTrue(strings(wrong.diagnostics()).get(0).startsWith(file + ":1:1: 文件不是 UTF-8 编码（第 1 字节无效）"),
                strings(wrong.diagnostics()).toString());
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws IOException {
        Path src = emptied2023();
        String other = "抖音号“示例教育”, \"快手号\": 示例教育\n视频号 #1";
        Path file = write(tmp.resolve("q.csv"), edit(demo2023, "jiaoyuju", "移动新媒体/其他", other)
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(read(file).contains(",\"抖音号“示例教育”, \"\"快手号\"\": 示例教育\n视频号 #1\","));

        assertEquals(other, importedMobileOther(src, file));
    }

    @Test
    void aFormulaLikeCellIsExportedDefusedAndImportedAsWritten() throws IOException {
        Path src = emptied2023();
        String formula = "=HYPERLINK(\"https://evil.example\",\"点此\")";
        Path file = write(tmp.resolve("f.csv"), edit(demo2023, "jiaoyuju", "移动新媒体/其他", formula)
                .getBytes(StandardCharsets.UTF_8));
        // the export writes it as a spreadsheet shows text: a leading ' and quotes
        assertTrue(read(file).contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"点此\"\")\","), read(file));

        assertEquals(formula, importedMobileOther(src, file));
    }

    /** Imports {@code file} into {@code src} without a problem; the 移动新媒体/其他 of 教育局's 2023 report. */
    private static String importedMobileOther(Path src, Path file) throws IOException {
        CsvImport.Result r = CsvImport.run(src, file, null, false);
        assertEquals(List.of(), strings(r.diagnostics()));
        Report report = ColumnCheck.read(src, Config.DEFAULT_MAX_FILE_BYTES).column().reports().stream()
                .filter(x -> x.year() == 2023 && x.site().slug().equals("jiaoyuju")).findFirst().orElseThrow();
        return report.figures().get("mobile.other").value().display();
    }

    @Test
    void unknownHeadsGetASuggestionAndIdsAreHeadsToo() throws IOException {
        Path src = emptied2023();
        Path file = write(tmp.resolve("h.csv"), demo2023.replaceFirst("信息发布/总数,", "信息发布/总量,")
                .replaceFirst("移动新媒体/微博/1/关注量,", "移动新媒体/微博/1/关注数,")
                .replaceFirst("信息发布/概况类信息更新量,", "publish.overview,")
                .getBytes(StandardCharsets.UTF_8));

        CsvImport.Result r = CsvImport.run(src, file, null, false);

        List<String> errors = strings(r.diagnostics());
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":1:1: 缺少“移动新媒体/微博/1/关注量”列"), errors.toString());
        assertEquals(file + ":1:12: 未知的列“信息发布/总量”，是否应为“信息发布/总数”。列名为表中项目的完整名称，如“信息发布/总数”",
                errors.get(1));
        assertTrue(errors.get(2).startsWith(file + ":1:" + col("移动新媒体/微博/1/关注量")
                + ": 未知的列“移动新媒体/微博/1/关注数”，是否应为“移动新媒体/微博/1/关注量”。微博账号按序号分列填写"), errors.toString());
        assertEquals(List.of("_supervision.md"), names(src.resolve("reports/2023")));

        Path ids = write(tmp.resolve("ids.csv"), demo2023.replaceFirst("信息发布/总数,", "publish.total,")
                .replaceFirst("移动新媒体/微博/1/关注量,", "mobile.weibo.1.followers,").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), strings(CsvImport.run(src, ids, null, false).diagnostics()));
    }

    @Test
    void aSiteNotInSiteYamlIsRefused() throws IOException {
        Path src = emptied2023();
        String csv = edit(demo2023, "jiaoyuju", "代号", "jiaoyu");
        Path file = write(tmp.resolve("s.csv"), edit(csv, "jiaoyu", "专栏专题/维护数量", "九").getBytes(StandardCharsets.UTF_8));

        CsvImport.Result r = CsvImport.run(src, file, null, false);

        assertEquals(List.of(file + ":8:1: 代号: “jiaoyu”不在 site.yaml 的“网站”列表中，是否应为“jiaoyuju”；网站名称“示例市教育局”"
                + "在 site.yaml 中的代号为“jiaoyuju”。请更正代号，或先在 site.yaml 中登记该网站",
                file + ":8:16: 专栏专题/维护数量（个）: 填写为“九”，请用阿拉伯数字填写，应为非负整数，如 1234"), strings(r.diagnostics()));
        assertEquals(List.of("_supervision.md"), names(src.resolve("reports/2023")));
    }

    @Test
    void existingReportsAreNotOverwrittenUnlessAsked() throws IOException {
        Path src = emptied2023();
        String kept = "---\n年度: 2023\n---\n\n## 年度工作概述\n\n原有的正文。\n";
        Files.writeString(src.resolve("reports/2023/menhu.md"), kept);
        Path file = write(tmp.resolve("o.csv"), demo2023.getBytes(StandardCharsets.UTF_8));

        CsvImport.Result refused = CsvImport.run(src, file, null, false);

        assertEquals(List.of(file + ":9:1: 代号: reports/2023/menhu.md 已存在，未覆盖；如要以本表数据替换其中的报表数据（正文保留），"
                + "请使用覆盖选项（命令行 --overwrite，Maven -Dnianbao.overwrite）"), strings(refused.diagnostics()));
        assertEquals(List.of("_supervision.md", "menhu.md"), names(src.resolve("reports/2023")));
        assertEquals(kept, read(src.resolve("reports/2023/menhu.md")));

        CsvImport.Result replaced = CsvImport.run(src, file, null, true);
        assertTrue(replaced.ok(), strings(replaced.diagnostics()).toString());
        String text = read(src.resolve("reports/2023/menhu.md"));
        assertTrue(text.startsWith("---\n年度: 2023\n发布日期: 2024-01-20\n网站基本信息:\n"), text);
        assertTrue(text.endsWith("\n---\n\n## 年度工作概述\n\n原有的正文。\n"), text);
    }

    @Test
    void rowsThatRepeatASiteOrLackColumnsAreRefused() throws IOException {
        Path src = emptied2023();
        List<String> lines = new ArrayList<>(demo2023.lines().toList());
        lines.add(lines.get(7));
        Path dup = write(tmp.resolve("d.csv"), String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(dup + ":16:1: 代号: 与第 8 行重复：同一网站同一年度只能有一行"),
                strings(CsvImport.run(src, dup, null, false).diagnostics()));

        Path missing = write(tmp.resolve("m.csv"), demo2023.replace(",信息发布/总数,", ",,").getBytes(StandardCharsets.UTF_8));
        List<String> errors = strings(CsvImport.run(src, missing, null, false).diagnostics());
        assertEquals(List.of(missing + ":1:1: 缺少“信息发布/总数”列（2023年度的报表必须填写此项）",
                missing + ":1:12: 此列没有表头，却有数据（如第 2 行“622”）；请填写表头，或删去此列"), errors);
        assertEquals(List.of("_supervision.md"), names(src.resolve("reports/2023")));
    }

    @Test
    void rowsOfAYearWhoseEditionLacksARowMustLeaveItEmpty() throws IOException {
        Path src = emptied2023();
        String csv = edit(edit(demo2023, "jiaoyuju", "年度", "2018"), "jiaoyuju", "发布日期", "2019-01-12");
        Path file = write(tmp.resolve("e.csv"), edit(csv, "jiaoyuju", "填报信息/填报日期", "2019-01-05")
                .getBytes(StandardCharsets.UTF_8));

        List<String> errors = strings(CsvImport.run(src, file, null, false).diagnostics());

        String lacks = "2018年度使用的2017年版（2017、2018年度）没有此项，请留空";
        assertEquals(List.of(
                file + ":8:" + col("办事服务/办件量/自然人办件量") + ": 办事服务/办件量/自然人办件量（件）: " + lacks,
                file + ":8:" + col("办事服务/办件量/法人办件量") + ": 办事服务/办件量/法人办件量（件）: " + lacks,
                file + ":8:" + col("互动交流/是否提供智能问答") + ": 互动交流/是否提供智能问答: " + lacks), errors);

        Path empty = write(tmp.resolve("e2.csv"), edit(edit(edit(csv, "jiaoyuju", "办事服务/办件量/自然人办件量", ""),
                "jiaoyuju", "办事服务/办件量/法人办件量", ""), "jiaoyuju", "互动交流/是否提供智能问答", "")
                .getBytes(StandardCharsets.UTF_8));
        CsvImport.Result r = CsvImport.run(src, empty, null, false);
        assertTrue(r.ok(), strings(r.diagnostics()).toString());
        assertTrue(r.written().contains("reports/2018/jiaoyuju.md"));
        assertFalse(read(src.resolve("reports/2018/jiaoyuju.md")).contains("自然人办件量"));
    }

    @Test
    void aRuleOnAListIsToldAtItsFirstCellUnderTheListsLabel() throws IOException {
        Path src = emptied2023();
        Path file = write(tmp.resolve("flag.csv"), edit(demo2023, "jiaoyuju", "移动新媒体/是否有移动新媒体", "否")
                .getBytes(StandardCharsets.UTF_8));

        List<String> errors = strings(CsvImport.run(src, file, null, false).diagnostics());

        String why = "“是否有移动新媒体”填写为否，却填写了账号；请改为是，或删去账号";
        assertEquals(List.of(file + ":8:" + col("移动新媒体/微博/1/名称") + ": 移动新媒体/微博: " + why,
                file + ":8:" + col("移动新媒体/微信/1/名称") + ": 移动新媒体/微信: " + why), errors);
    }

    @Test
    void aCellIsTypedAsItsRowWithoutGoingThroughYaml() throws IOException {
        Path src = emptied2023();
        String csv = edit(demo2023, "jiaoyuju", "信息发布/总数", "- 5");
        csv = edit(csv, "jiaoyuju", "创新发展/已开展", "搜索即服务、、无障碍浏览");
        Path file = write(tmp.resolve("typed.csv"), csv.getBytes(StandardCharsets.UTF_8));

        List<String> errors = strings(CsvImport.run(src, file, null, false).diagnostics());

        assertEquals(List.of(file + ":8:12: 信息发布/总数（条）: 填写为“- 5”，不能为负数",
                file + ":8:" + col("创新发展/已开展") + ": 创新发展/已开展: “”不是可选项。可选：搜索即服务、多语言版本、无障碍浏览、千人千网；其他做法请填在“其他”中"),
                errors, "a number YAML could not hold plain is told what is wrong with it, not just what it should be");
    }

    @Test
    void warningsAreToldByCellButDoNotStopTheImport() throws IOException {
        Path src = emptied2023();
        Path file = write(tmp.resolve("w.csv"), edit(demo2023, "menhu", "发布日期", "2024-02-05")
                .getBytes(StandardCharsets.UTF_8));

        CsvImport.Result r = CsvImport.run(src, file, null, false);

        assertEquals(List.of(file + ":9:3: 警告: 发布日期: 填写 2024-02-05，晚于发布期限 2024-01-31（国办函〔2018〕12号要求每年 1 月 31 日前发布）"),
                strings(r.diagnostics()));
        assertTrue(r.ok());
        assertEquals(14, r.written().size());
    }

    /** A copy of the demo column without its 2023 work reports. */
    private Path emptied2023() throws IOException {
        Path src = Fixtures.copyDemo(Files.createTempDirectory(tmp, "src"));
        for (String name : names(src.resolve("reports/2023"))) {
            if (!name.startsWith("_")) {
                Files.delete(src.resolve("reports/2023").resolve(name));
            }
        }
        return src;
    }

    /** {@code csv} with the cell of {@code slug}'s row under {@code head} replaced. */
    static String edit(String csv, String slug, String head, String value) {
        try {
            List<Csv.Record> records = Csv.parse(csv);
            int column = records.get(0).fields().indexOf(head);
            assertTrue(column >= 0, head);
            StringBuilder out = new StringBuilder();
            for (Csv.Record r : records) {
                List<String> fields = new ArrayList<>(r.fields());
                if (fields.get(0).equals(slug)) {
                    fields.set(column, value);
                }
                out.append(Csv.line(fields)).append("\r\n");
            }
            return out.toString();
        } catch (Csv.Malformed e) {
            throw new AssertionError(e);
        }
    }

    /** The table of a report page, as the bytes of the page have it. */
    private static String table(String page) {
        int start = page.indexOf("<table class=\"form-table\"");
        return page.substring(start, page.indexOf("</table>", start));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    private static List<String> strings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Object::toString).toList();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
