package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.check.ColumnCheck;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Value;
import org.nianbao.model.Report;

/** The import of a table of 政府信息公开工作年度报告 figures: one column per matrix cell, one row per body. */
class XxgkImportTest {
    private static final String NEW = "三、收到和处理政府信息公开申请情况/一、本年新收政府信息公开申请数量";

    @TempDir
    Path tmp;

    private final FormDefinition form = FormLoader.load(Fixtures.DEMO).get(FormLoader.XXGK);
    private final List<Report> reports2023 = ColumnCheck.read(Fixtures.DEMO, Config.DEFAULT_MAX_FILE_BYTES).column()
            .xxgkReports().stream().filter(r -> r.year() == 2023).toList();

    /** The heads, as the form names its cells: the row's label path, then the column's. */
    private List<String> heads() {
        List<String> heads = new ArrayList<>(List.of("代号", "年度", "发布日期"));
        for (Row r : form.leafRows()) {
            for (MatrixColumn c : r.columns()) {
                heads.add(r.labelPath() + "/" + c.labelPath());
            }
        }
        return heads;
    }

    /** One row per report, the figures as written (this test's own writer, not the importer's). */
    private String csv(List<Report> reports) {
        StringBuilder b = new StringBuilder(String.join(",", heads())).append("\r\n");
        for (Report rep : reports) {
            List<String> cells = new ArrayList<>(List.of(rep.site().slug(), String.valueOf(rep.year()),
                    rep.published().toString()));
            for (Row r : form.leafRows()) {
                assertEquals(RowType.MATRIX, r.type(), "every row of the xxgk form is a matrix");
                Value.Matrix m = (Value.Matrix) rep.figures().get(r.path()).value();
                r.columns().forEach(c -> cells.add(m.at(c.id()).toPlainString()));
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    private CsvImport.Result run(Path src, String csv, boolean overwrite) throws IOException {
        Path file = src.resolve("xxgk.csv"); // inside the sources: problems name it xxgk.csv
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return CsvImport.run(src, file, null, overwrite);
    }

    private static List<String> messages(CsvImport.Result result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void theDemosReportsImportedOverThemselvesAreGivenBackByteForByte() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        assertEquals(16, reports2023.size(), "14 sites' bodies and 2 机关");
        CsvImport.Result result = run(src, csv(reports2023), true);
        assertEquals(List.of(), messages(result));
        assertEquals(16, result.written().size());
        assertTrue(result.written().contains("reports/2023/shenjiju.xxgk.md"), "a 机关 of site.yaml: " + result.written());
        for (String file : result.written()) {
            assertTrue(file.endsWith(".xxgk.md"), file);
            assertEquals(read(Fixtures.DEMO.resolve(file)), read(src.resolve(file)), file);
        }
    }

    @Test
    void intoAnEmptyYearEachRowBecomesAReportWithTheNarrativeHeadingsThatChecksClean() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        for (Report r : reports2023) {
            Files.delete(src.resolve(r.file()));
        }
        CsvImport.Result result = run(src, csv(reports2023), false);
        assertEquals(List.of(), messages(result));
        for (Report r : reports2023) {
            String demo = read(Fixtures.DEMO.resolve(r.file()));
            String frontMatter = demo.substring(0, demo.indexOf("\n---\n") + 5);
            assertEquals(frontMatter + "\n## 一、总体情况\n\n## 五、存在的主要问题及改进情况\n\n## 六、其他需要报告的事项\n",
                    read(src.resolve(r.file())), r.file());
        }
        assertEquals(List.of(), ColumnCheck.read(src, Config.DEFAULT_MAX_FILE_BYTES).diagnostics().stream()
                .map(Diagnostic::toString).toList(), "the rules across years hold against the 2022 reports");
    }

    @Test
    void aBadCellIsToldAtItsRowAndColumnWithTheCellsSubject() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        List<String> heads = heads();
        int person = heads.indexOf(NEW + "/自然人");
        int total = heads.indexOf(NEW + "/总计");
        String csv = csv(reports2023.subList(0, 2));
        List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
        List<String> row2 = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
        row2.set(person, "1，5");
        lines.set(1, String.join(",", row2));
        List<String> row3 = new ArrayList<>(List.of(lines.get(2).split(",", -1)));
        row3.set(total, String.valueOf(Long.parseLong(row3.get(total)) + 1));
        lines.set(2, String.join(",", row3));
        CsvImport.Result result = run(src, String.join("\r\n", lines) + "\r\n", true);
        List<String> problems = messages(result);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("xxgk.csv:2:" + (person + 1) + ": 三、收到和处理政府信息公开申请情况/"
                + "一、本年新收政府信息公开申请数量（件）/申请人：自然人: 填写为“1，5”"), problems.get(0));
        assertTrue(problems.get(1).startsWith("xxgk.csv:3:" + (total + 1) + ": 三、收到和处理政府信息公开申请情况/"
                + "一、本年新收政府信息公开申请数量（件）/申请人：总计: 填写 " + row3.get(total) + "，"), problems.get(1));
        assertTrue(problems.get(2).startsWith("xxgk.csv:3:" + (heads.indexOf("三、收到和处理政府信息公开申请情况/四、结转下年度继续办理/总计") + 1)
                + ": 三、收到和处理政府信息公开申请情况/四、结转下年度继续办理（件）/申请人：总计: "), "new + carried = handled + forward: "
                + problems.get(2));
        assertEquals(List.of(), result.written(), "all or nothing");
    }

    @Test
    void headsNameEveryColumnOfAMatrixRowAndABodyOfSiteYaml() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        String csv = csv(reports2023.subList(0, 1));
        String[] lines = csv.split("\r\n");
        // the row alone is no head; one of its columns missing is told with its head
        String badHeads = lines[0].replace(NEW + "/自然人,", NEW + ",");
        CsvImport.Result result = run(src, badHeads + "\r\n" + lines[1].replaceFirst("^[a-z]+,", "shuiwuju,") + "\r\n", false);
        List<String> problems = messages(result);
        int column = List.of(lines[0].split(",")).indexOf(NEW + "/自然人") + 1;
        assertEquals(List.of("xxgk.csv:1:" + column + ": 未知的列“" + NEW + "”，是否应为“" + NEW + "/总计”。“一、本年新收政府信息公开申请数量”按栏分列填写，每栏一列：“"
                + NEW + "/自然人”、“" + NEW + "/法人或其他组织/商业企业”、“" + NEW + "/法人或其他组织/科研机构”等"), problems);

        result = run(src, lines[0] + "\r\n" + lines[1].replaceFirst("^[a-z]+,", "shuiwuju,") + "\r\n", false);
        assertEquals(List.of("xxgk.csv:2:1: 代号: “shuiwuju”不在 site.yaml 的“网站”或“机关”列表中。请更正代号，或先在 site.yaml 中登记该机关"
                + "（没有网站的登记在“机关”中）"), messages(result));

        String dropped = String.join(",", List.of(lines[0].split(",")).stream().filter(h -> !h.equals(NEW + "/法人或其他组织/其他")).toList());
        String values = String.join(",", dropRow(lines[1], List.of(lines[0].split(",")).indexOf(NEW + "/法人或其他组织/其他")));
        result = run(src, dropped + "\r\n" + values + "\r\n", true);
        assertEquals(List.of("xxgk.csv:1:1: 缺少“" + NEW + "”的 1 栏：“" + NEW + "/法人或其他组织/其他”（2023年度的报告必须填写此项的每一栏，每栏一列）"),
                messages(result));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> dropRow(String line, int index) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        cells.remove(index);
        return cells;
    }
}
