package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Report;
import org.nianbao.render.CsvExport;
import org.nianbao.render.XlsxExport;
import org.nianbao.render.XlsxWriter;
import org.nianbao.check.ColumnCheck;
import org.nianbao.source.Csv;

/** The import of an .xlsx workbook, and its round trip with the workbook export. */
class WorkbookImportTest {
    static List<Report> reports;
    static FormDefinition form2023;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() {
        reports = ColumnCheck.read(Fixtures.DEMO, Config.DEFAULT_MAX_FILE_BYTES).column().reports()
                .stream().filter(r -> r.year() == 2023).toList();
        FormDefinition work = FormLoader.load(Fixtures.DEMO).get(FormLoader.WORK);
        form2023 = work.forEdition(work.defaultEdition(2023).orElseThrow());
    }

    /** Imported over the demo's own files (bodies kept), the 2023 sources come out byte for byte as they were. */
    @Test
    void theDemosWorkbookImportedOverItGivesItsSourcesBackByteForByte() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Map<String, String> before = texts(src.resolve("reports"));
        Path xlsx = Files.write(tmp.resolve("all-2023.xlsx"), XlsxExport.workbook(reports, form2023));

        CsvImport.Result r = CsvImport.runFile(src, xlsx, null, null, true);

        assertEquals(List.of(), lines(r, src));
        assertEquals(14, r.written().size());
        assertEquals("报表", r.workbook().sheet());
        assertEquals(before, texts(src.resolve("reports")));
    }

    /** Into a column without the 2023 reports, the workbook writes the same report files as the CSV. */
    @Test
    void intoAnEmptyYearTheWorkbookWritesWhatTheCsvWrites() throws IOException {
        Path fromCsv = emptied2023("csv");
        Path csv = Files.write(tmp.resolve("all-2023.csv"), CsvExport.utf8WithBom(CsvExport.csv(reports, form2023)));
        assertEquals(List.of(), lines(CsvImport.run(fromCsv, csv, null, false), fromCsv));
        Path fromXlsx = emptied2023("xlsx");
        Path xlsx = Files.write(tmp.resolve("all-2023.xlsx"), XlsxExport.workbook(reports, form2023));

        CsvImport.Result r = CsvImport.runFile(fromXlsx, xlsx, null, null, false);

        assertEquals(List.of(), lines(r, fromXlsx));
        assertEquals(14, r.written().size());
        assertEquals(texts(fromCsv.resolve("reports")), texts(fromXlsx.resolve("reports")));
    }

    /** Whatever the time zone: a zip entry dated 1980-01-01 00:00 gets an extra, zoned timestamp from the JDK. */
    @Test
    void theExportIsTheSameBytesEachTimeInAnyTimeZone() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
            byte[] shanghai = XlsxExport.workbook(reports, form2023);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            assertArrayEquals(shanghai, XlsxExport.workbook(reports, form2023));
            assertArrayEquals(shanghai, XlsxExport.workbook(reports, form2023));
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void badCellsAreNamedAsExcelNamesThemWithTheirHeadsAndNothingIsWritten() throws IOException {
        Path src = emptied2023("src");
        CsvExport.Table t = CsvExport.table(reports, form2023);
        List<List<String>> rows = new ArrayList<>(t.rows());
        set(t, rows, "jiaoyuju", "信息发布/总数", "1,234");
        set(t, rows, "menhu", "填报信息/填报日期", "2024/1/16");
        Path xlsx = Files.write(tmp.resolve("bad.xlsx"), workbook("填报表", t, rows, List.of()));

        CsvImport.Result r = CsvImport.runFile(src, xlsx, null, null, false);

        int jiaoyuju = row(t, "jiaoyuju");
        int menhu = row(t, "menhu");
        assertEquals(List.of(
                xlsx + ": 填报表!" + cell(t, "信息发布/总数", jiaoyuju) + ": 信息发布/总数（条）: 填写为“1,234”，不要使用千位分隔符，应为非负整数，如 1234",
                xlsx + ": 填报表!" + cell(t, "填报信息/填报日期", menhu) + ": 填报信息/填报日期: 填写为“2024/1/16”，应为日期，格式为 YYYY-MM-DD，如 2024-01-15"),
                lines(r, src));
        assertFalse(r.ok());
        assertEquals(List.of(), r.written());
        assertEquals(List.of("_supervision.md"), names(src.resolve("reports/2023")));
    }

    /** A 标识码 typed into a number cell has lost its leading zeros: refused, with how to fix it. */
    @Test
    void aCodeStoredAsANumberIsRefusedWithHowToFixIt() throws IOException {
        Path src = emptied2023("src");
        CsvExport.Table t = CsvExport.table(reports, form2023);
        int code = t.heads().indexOf("网站基本信息/政府网站标识码");
        String stored = rows(t).get(row(t, "jiaoyuju") - 2).get(code);
        assertTrue(stored.matches("[0-9A-Z]+"), stored);
        List<List<String>> rows = new ArrayList<>(t.rows());
        set(t, rows, "jiaoyuju", "网站基本信息/政府网站标识码", "0" + stored.replaceAll("[^0-9]", ""));

        Path xlsx = Files.write(tmp.resolve("n.xlsx"), workbook("报表", t, rows, List.of(code)));
        CsvImport.Result r = CsvImport.runFile(src, xlsx, null, null, false);

        List<String> lines = lines(r, src);
        assertEquals(14, lines.size(), "the column's every code is a number cell: " + lines);
        assertTrue(lines.contains(xlsx + ": 报表!" + cell(t, "网站基本信息/政府网站标识码", row(t, "jiaoyuju"))
                + ": 网站基本信息/政府网站标识码: 单元格存的是数字 " + stored.replaceAll("[^0-9]", "").replaceFirst("^0+", "")
                + "，不是文字：数字会丢掉开头的 0，超过 15 位会被改写。请把此列的单元格格式设为“文本”后重新输入（或输入时在前面加英文单引号 '）"),
                lines.toString());
        assertEquals(List.of("_supervision.md"), names(src.resolve("reports/2023")));
    }

    @Test
    void aSheetIsChosenByNameAndAMissingOneIsNamedWithThoseThereAre() throws IOException {
        Path src = emptied2023("src");
        Path xlsx = Files.write(tmp.resolve("all-2023.xlsx"), XlsxExport.workbook(reports, form2023));

        assertEquals(14, CsvImport.runFile(src, xlsx, null, "报表", false).written().size());

        CsvImport.Result r = CsvImport.runFile(emptied2023("again"), xlsx, null, "Sheet1", false);
        assertEquals(List.of(xlsx + ": 工作簿中没有名为“Sheet1”的工作表；其中的工作表：报表"), lines(r, src));
    }

    @Test
    void aFileThatIsNoWorkbookIsToldSoAndAnOldXlsToBeSavedAsXlsx() throws IOException {
        Path src = emptied2023("src");
        Path fake = Files.writeString(tmp.resolve("fake.xlsx"), "代号,年度\n");
        CsvImport.Result r = CsvImport.runFile(src, fake, null, null, false);
        assertEquals(1, r.errors());
        assertTrue(lines(r, src).get(0).startsWith(fake + ": 不是 .xlsx 工作簿"), lines(r, src).toString());

        Path xls = Files.writeString(tmp.resolve("old.xls"), "");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CsvImport.runFile(src, xls, null, null, false));
        assertTrue(e.getMessage().contains("另存为“Excel 工作簿（*.xlsx）”"), e.getMessage());
    }

    /** The workbook to send out: a row per site owing a 2024 report, its name filled in, the units in row 2. */
    @Test
    void theWorkbookForFillingHasARowPerSiteAndReadsBack() throws IOException, XlsxReader.Unreadable {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path xlsx = tmp.resolve("nianbao-2024.xlsx");

        WorkbookForFilling.Result r = WorkbookForFilling.write(src, 2024, xlsx);

        List<Csv.Record> records = XlsxReader.read(xlsx, null).records();
        long owing = ColumnCheck.read(src, Config.DEFAULT_MAX_FILE_BYTES).column().config().sites().stream()
                .filter(s -> s.expectedIn(2024)).count();
        assertEquals(owing, r.rows());
        assertEquals(2 + owing, records.size());
        assertEquals(List.of("单位", "", ""), records.get(1).fields().subList(0, 3));
        assertTrue(records.get(1).fields().contains("条"));
        List<String> menhu = records.stream().filter(x -> x.fields().get(0).equals("menhu")).findFirst().orElseThrow()
                .fields();
        assertEquals("2024", menhu.get(1));
        assertTrue(menhu.contains("示例市人民政府门户网站"), menhu.toString());
    }

    @Test
    void excelNumbersAndDatesReadAsExcelShowsThem() {
        assertEquals("1234", XlsxReader.general(new java.math.BigDecimal("1234")));
        assertEquals("93.5", XlsxReader.general(new java.math.BigDecimal("93.500000000000014")));
        assertEquals("0.3", XlsxReader.general(new java.math.BigDecimal("0.30000000000000004")));
        assertEquals("12345678901234567000", XlsxReader.general(new java.math.BigDecimal("1.2345678901234567E+19")));
        assertTrue(XlsxReader.isDateFormat(14, null));
        assertTrue(XlsxReader.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\";@"));
        assertFalse(XlsxReader.isDateFormat(177, "0.00_ ;[Red]\\-0.00\\ "));
        assertEquals(27, XlsxReader.columnIndex("AB12"));
        assertEquals("AB", XlsxWriter.columnName(28));
    }

    /** A workbook of {@code rows} under {@code t}'s heads; the {@code numberColumns} written as numbers, as Excel stores a number typed in. */
    private static byte[] workbook(String sheet, CsvExport.Table t, List<List<String>> rows, List<Integer> numberColumns) {
        List<Boolean> textual = new ArrayList<>();
        for (int i = 0; i < t.heads().size(); i++) {
            textual.add(!numberColumns.contains(i));
        }
        return XlsxWriter.write(new XlsxWriter.Sheet(sheet, List.of(t.heads()), textual, rows, 1));
    }

    private static List<List<String>> rows(CsvExport.Table t) {
        return t.rows();
    }

    /** The sheet row (heads = 1) of {@code slug}'s report. */
    private static int row(CsvExport.Table t, String slug) {
        for (int i = 0; i < t.rows().size(); i++) {
            if (t.rows().get(i).get(0).equals(slug)) {
                return i + 2;
            }
        }
        throw new AssertionError(slug);
    }

    private static String cell(CsvExport.Table t, String head, int row) {
        return XlsxWriter.columnName(t.heads().indexOf(head) + 1) + row;
    }

    private static void set(CsvExport.Table t, List<List<String>> rows, String slug, String head, String value) {
        int i = row(t, slug) - 2;
        List<String> cells = new ArrayList<>(rows.get(i));
        cells.set(t.heads().indexOf(head), value);
        rows.set(i, cells);
    }

    private Path emptied2023(String name) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve(name));
        for (String f : names(src.resolve("reports/2023"))) {
            if (!f.startsWith("_")) {
                Files.delete(src.resolve("reports/2023").resolve(f));
            }
        }
        return src;
    }

    private static List<String> lines(CsvImport.Result r, Path base) {
        return r.diagnostics().stream().map(d -> r.describe(d, base)).toList();
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
