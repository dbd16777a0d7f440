package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.form.RowType;
import org.nianbao.model.Report;
import org.nianbao.render.CsvExport;
import org.nianbao.check.ColumnCheck;

/**
 * Workbooks as another program writes them (Apache POI, which writes as Excel does: shared
 * strings, numbers as number cells, dates as date-formatted serials), and ours as another program
 * reads them.
 */
class PoiWorkbookTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkbookWrittenAsExcelWritesItImportsAsTheCsvDoes() throws IOException {
        List<Report> reports = ColumnCheck.read(Fixtures.DEMO, Config.DEFAULT_MAX_FILE_BYTES).column().reports()
                .stream().filter(r -> r.year() == 2023).toList();
        FormDefinition work = FormLoader.load(Fixtures.DEMO).get(FormLoader.WORK);
        FormDefinition form = work.forEdition(work.defaultEdition(2023).orElseThrow());
        CsvExport.Table t = CsvExport.table(reports, form);
        Path xlsx = tmp.resolve("excel.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Sheet sheet = wb.createSheet("Sheet1");
            Row head = sheet.createRow(0);
            for (int c = 0; c < t.heads().size(); c++) {
                head.createCell(c).setCellValue(t.heads().get(c));
            }
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < t.heads().size(); c++) {
                    String v = t.rows().get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    RowType type = t.type(c);
                    if (c == 1 || type == RowType.COUNT || type == RowType.DECIMAL || type == RowType.PERCENT) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (c == 2 || type == RowType.DATE) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
        Path fromCsv = emptied2023("csv");
        Path csv = Files.write(tmp.resolve("all.csv"), CsvExport.utf8WithBom(CsvExport.csv(reports, form)));
        assertEquals(List.of(), CsvImport.run(fromCsv, csv, null, false).diagnostics());
        Path fromXlsx = emptied2023("xlsx");

        CsvImport.Result r = CsvImport.runWorkbook(fromXlsx, xlsx, null, false);

        assertEquals(List.of(), r.diagnostics().stream().map(d -> r.describe(d, fromXlsx)).toList());
        assertEquals("Sheet1", r.workbook().sheet());
        assertEquals(texts(fromCsv.resolve("reports")), texts(fromXlsx.resolve("reports")));
    }

    @Test
    void ourWorkbookOpensInPoiWithFrozenHeadsUnitsAndTextCodes() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path xlsx = tmp.resolve("fill.xlsx");
        WorkbookForFilling.write(src, 2023, xlsx);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("报表", sheet.getSheetName());
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(2, pane.getHorizontalSplitPosition() == 1 ? pane.getVerticalSplitPosition() : pane.getHorizontalSplitPosition());
            Row heads = sheet.getRow(0);
            assertEquals("代号", heads.getCell(0).getStringCellValue());
            int code = -1;
            for (Cell c : heads) {
                if (c.getStringCellValue().equals("网站基本信息/政府网站标识码")) {
                    code = c.getColumnIndex();
                }
            }
            assertTrue(code > 0);
            assertEquals("单位", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("@", sheet.getColumnStyle(code).getDataFormatString(), "what is typed in stays text");
            Cell menhuCode = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().equals("menhu")) {
                    menhuCode = row.getCell(code);
                }
            }
            assertNotNull(menhuCode);
            assertEquals(CellType.STRING, menhuCode.getCellType());
        }
    }

    private Path emptied2023(String name) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve(name));
        try (Stream<Path> s = Files.list(src.resolve("reports/2023"))) {
            for (Path p : s.filter(p -> !p.getFileName().toString().startsWith("_")).toList()) {
                Files.delete(p);
            }
        }
        return src;
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
