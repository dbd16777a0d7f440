package org.nianbao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Office Open XML workbook (.xlsx), written byte for byte the same for the same table:
 * every zip entry has one fixed time and nothing records when or by whom it was written. Written by
 * hand rather than through a library: the part of the format a table of figures needs is small, and
 * the libraries at hand stamp the current time into the file.
 *
 * <p>Text cells and text columns get the “文本” (@) number format, so that what an office types into
 * them later (标识码 with leading zeros, long 备案号) stays text; numbers are number cells.
 */
public final class XlsxWriter {
    /**
     * Not 1980-01-01 00:00: the JDK takes that DOS time for "before 1980" and adds an extended
     * timestamp computed in the default time zone, so the bytes would differ from zone to zone.
     */
    private static final LocalDateTime TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    /** Style indexes into {@code cellXfs}, as {@link #STYLES} lists them. */
    private static final int GENERAL = 0;
    private static final int TEXT = 1;
    private static final int HEAD = 2;
    private static final int UNIT = 3;

    /**
     * @param heads     the head rows (the first the column names, the rest e.g. units), written bold and frozen
     * @param textual   for each column, whether it holds text (codes, names, dates) rather than numbers
     * @param rows      the body, a list of cells per row; a cell of a numeric column that is a number is
     *                  written as one, anything else as text
     * @param frozenColumns columns kept in view when scrolling sideways (the 代号)
     */
    public record Sheet(String name, List<List<String>> heads, List<Boolean> textual, List<List<String>> rows,
            int frozenColumns) {
    }

    private XlsxWriter() {
    }

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            entry(zip, "xl/workbook.xml", workbook(sheet.name()));
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            entry(zip, "xl/styles.xml", STYLES);
            entry(zip, "xl/worksheets/sheet1.xml", worksheet(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    /** The column's letters as Excel names it: A for 1, Z for 26, AA for 27. */
    public static String columnName(int number) {
        StringBuilder s = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(TIME);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String workbook(String sheetName) {
        return XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\""
                + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    }

    private static String worksheet(Sheet sheet) {
        int columns = sheet.textual().size();
        StringBuilder s = new StringBuilder(XML).append("<worksheet xmlns=\"").append(MAIN).append("\">");
        int headRows = sheet.heads().size();
        String corner = columnName(sheet.frozenColumns() + 1) + (headRows + 1);
        s.append("<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"").append(sheet.frozenColumns())
                .append("\" ySplit=\"").append(headRows).append("\" topLeftCell=\"").append(corner)
                .append("\" activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"bottomRight\" activeCell=\"")
                .append(corner).append("\" sqref=\"").append(corner).append("\"/></sheetView></sheetViews>");
        s.append("<cols>");
        for (int c = 0; c < columns; c++) {
            int width = Math.max(10, Math.min(40, sheet.heads().get(0).get(c).length() * 2 + 2));
            s.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(width)
                    .append("\" customWidth=\"1\"").append(sheet.textual().get(c) ? " style=\"" + TEXT + "\"" : "")
                    .append("/>");
        }
        s.append("</cols><sheetData>");
        int number = 1;
        for (int h = 0; h < headRows; h++) {
            row(s, number++, sheet.heads().get(h), sheet.textual(), h == 0 ? HEAD : UNIT);
        }
        for (List<String> cells : sheet.rows()) {
            row(s, number++, cells, sheet.textual(), -1);
        }
        return s.append("</sheetData></worksheet>").toString();
    }

    /** One row; {@code style} for every cell of a head row, or -1 for a body row styled by its columns. */
    private static void row(StringBuilder s, int number, List<String> cells, List<Boolean> textual, int style) {
        s.append("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            String ref = columnName(c + 1) + number;
            boolean text = textual.get(c);
            if (style < 0 && !text && isNumber(v)) {
                s.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
            } else if (!v.isEmpty() || style >= 0 || text) {
                int xf = style >= 0 ? style : text ? TEXT : GENERAL;
                s.append("<c r=\"").append(ref).append("\" s=\"").append(xf).append("\"");
                s.append(v.isEmpty() ? "/>" : " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(v) + "</t></is></c>");
            }
        }
        s.append("</row>");
    }

    /** A number Excel holds exactly (15 significant digits), so that it reads back as written. */
    private static boolean isNumber(String v) {
        return v.matches("-?[0-9]+(\\.[0-9]+)?") && v.replaceAll("[-.]", "").replaceFirst("^0+", "").length() <= 15;
    }

    /** Text as XML character data or attribute value; characters XML 1.0 cannot hold are left out. */
    private static String escape(String v) {
        StringBuilder s = new StringBuilder();
        v.codePoints().forEach(ch -> {
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            s.appendCodePoint(ch);
                        }
                    }
                }
            }
        });
        return s.toString();
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPES = XML
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";
    private static final String ROOT_RELS = XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
    private static final String WORKBOOK_RELS = XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";
    /** General, text (@ = numFmtId 49), bold text for the heads, grey text for the units row. */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font>"
            + "<font><sz val=\"10\"/><color rgb=\"FF595959\"/><name val=\"等线\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"2\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
