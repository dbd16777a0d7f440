package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.source.Csv;

/** Workbooks as other programs may write them, down to their XML. */
class XlsxReaderTest {
    @TempDir
    Path tmp;

    private static final String WORKBOOK = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + "<sheet name=\"数据\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    private static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"/xl/worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
            + " Target=\"sharedStrings.xml\"/></Relationships>";
    private static final String ROOT = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>";

    /** Shared strings with rich-text runs and a phonetic guide, inline strings, cells and rows without r, a formula's text. */
    @Test
    void stringsOfEveryKindAndCellsWithoutReferencesReadAsShown() throws Exception {
        Path xlsx = workbook("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>内联</t></is></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>代号x</v></c>"
                + "<c r=\"E3\"><v>0099</v></c></row></sheetData></worksheet>",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>代号</t></si>"
                        + "<si><r><t>信息</t></r><r><rPr><b/></rPr><t>发布</t></r><rPh sb=\"0\" eb=\"2\"><t>xinxi</t></rPh></si></sst>");

        XlsxReader.Sheet sheet = XlsxReader.read(xlsx, null);

        assertEquals("数据", sheet.name());
        assertEquals(List.of(1, 3), sheet.records().stream().map(Csv.Record::number).toList());
        assertEquals(List.of("代号", "信息发布"), sheet.records().get(0).fields());
        assertEquals(List.of("", "内联", "代号x", "", "99"), sheet.records().get(1).fields());
        assertEquals(java.util.Set.of(4), sheet.records().get(1).numbers(), "the number cell, not the texts");
    }

    @Test
    void aDoctypeOrAnExternalEntityIsNeverFollowed() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "机密");
        Path xlsx = workbook("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>", null);

        XlsxReader.Unreadable e = assertThrows(XlsxReader.Unreadable.class, () -> XlsxReader.read(xlsx, null));
        assertTrue(e.getMessage().startsWith("工作簿已损坏，无法读取"), e.getMessage());
        assertTrue(!e.getMessage().contains("机密"));
    }

    @Test
    void aCellPastExcelsLastColumnIsRefused() throws Exception {
        Path xlsx = workbook("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>", null);

        XlsxReader.Unreadable e = assertThrows(XlsxReader.Unreadable.class, () -> XlsxReader.read(xlsx, null));
        assertTrue(e.getMessage().contains("超出 Excel 的列数"), e.getMessage());
    }

    private Path workbook(String sheet, String shared) throws IOException {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("_rels/.rels", ROOT);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", RELS);
        parts.put("xl/worksheets/sheet1.xml", sheet);
        if (shared != null) {
            parts.put("xl/sharedStrings.xml", shared);
        }
        Path file = Files.createTempFile(tmp, "book", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
