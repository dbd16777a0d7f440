package org.nianbao.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.source.Csv;

/**
 * One sheet of an Office Open XML workbook (.xlsx, as Excel, WPS and LibreOffice save it) as records
 * of cell texts: shared, inline and rich-text strings, numbers as Excel shows them in the General
 * format, dates (number cells with a date format) as {@code YYYY-MM-DD}, the cached results of
 * formulas. Which cells hold numbers is kept, since a code stored as a number has lost its leading
 * zeros. Read with the JDK's StAX parser with DTDs and external entities off.
 */
final class XlsxReader {
    /** Far above any sheet of figures; a part larger than this unpacks from a zip bomb. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    private static final String DOCUMENT_TYPE = "/officeDocument";
    /** Excel's last column is XFD. */
    private static final int MAX_COLUMNS = 16384;

    /** A file that is not a workbook nianbao can read, or has no such sheet; the message says why and what to do. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The sheet read: its name and its rows, the first always row 1 (the heads), blank rows left out. */
    record Sheet(String name, List<Csv.Record> records) {
    }

    private record SheetEntry(String name, String part) {
    }

    private final ZipFile zip;
    private final XMLInputFactory xml;

    private XlsxReader(ZipFile zip) {
        this.zip = zip;
        xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** @param sheetName the sheet to read, or {@code null} for the first */
    static Sheet read(Path file, String sheetName) throws IOException, Unreadable {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new Unreadable("不是 .xlsx 工作簿（Excel 2007 及以后的格式）；如是 .xls 或加密的工作簿，请在 Excel 中另存为“Excel 工作簿（*.xlsx）”，不设密码");
        }
        try (zip) {
            return new XlsxReader(zip).sheet(sheetName);
        } catch (XMLStreamException | IOException | NumberFormatException | ArithmeticException
                | IndexOutOfBoundsException e) {
            throw new Unreadable("工作簿已损坏，无法读取（" + e.getMessage() + "）；请在 Excel 中打开后重新保存为 .xlsx");
        }
    }

    private Sheet sheet(String wanted) throws IOException, XMLStreamException, Unreadable {
        String workbook = target("", relations("_rels/.rels"), DOCUMENT_TYPE);
        if (workbook == null) {
            throw new Unreadable("不是 Excel 工作簿：其中没有工作簿部分（xl/workbook.xml）；请在 Excel 中另存为 .xlsx");
        }
        String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        Map<String, String[]> rels = relations(dir + "_rels/" + workbook.substring(dir.length()) + ".rels");
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        XMLStreamReader r = open(workbook);
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT) {
                if (r.getLocalName().equals("workbookPr")) {
                    String v = attribute(r, "date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                } else if (r.getLocalName().equals("sheet")) {
                    String[] rel = rels.get(attribute(r, "id"));
                    if (rel != null) {
                        sheets.add(new SheetEntry(attribute(r, "name"), resolve(dir, rel[1])));
                    }
                }
            }
        }
        if (sheets.isEmpty()) {
            throw new Unreadable("工作簿中没有工作表");
        }
        SheetEntry chosen = wanted == null ? sheets.get(0)
                : sheets.stream().filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
        if (chosen == null) {
            throw new Unreadable("工作簿中没有名为“" + wanted + "”的工作表；其中的工作表："
                    + String.join("、", sheets.stream().map(SheetEntry::name).toList()));
        }
        List<String> shared = sharedStrings(target(dir, rels, "/sharedStrings"));
        Set<Integer> dateStyles = dateStyles(target(dir, rels, "/styles"));
        return new Sheet(chosen.name(), cells(chosen.part(), shared, dateStyles, date1904));
    }

    private List<Csv.Record> cells(String part, List<String> shared, Set<Integer> dateStyles, boolean date1904)
            throws IOException, XMLStreamException {
        List<Csv.Record> records = new ArrayList<>();
        XMLStreamReader r = open(part);
        int rowNumber = 0;
        List<String> row = null;
        Set<Integer> numbers = null;
        int column = -1;
        String type = null;
        int style = 0;
        String value = null;
        StringBuilder inline = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String n = attribute(r, "r");
                        rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
                        row = new ArrayList<>();
                        numbers = new HashSet<>();
                        column = -1;
                    }
                    case "c" -> {
                        String ref = attribute(r, "r");
                        column = ref == null ? column + 1 : columnIndex(ref);
                        if (column < 0 || column >= MAX_COLUMNS) {
                            throw new XMLStreamException("单元格 " + ref + " 超出 Excel 的列数");
                        }
                        type = attribute(r, "t");
                        String s = attribute(r, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = r.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> skip(r);
                    case "t" -> {
                        if (inline != null) {
                            inline.append(r.getElementText());
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && row != null) {
                if (r.getLocalName().equals("c")) {
                    boolean number = type == null || type.equals("n");
                    String text = text(type, value, inline, shared, dateStyles.contains(style), date1904);
                    while (row.size() <= column) {
                        row.add("");
                    }
                    row.set(column, text);
                    if (number && !text.isEmpty() && !dateStyles.contains(style)) {
                        numbers.add(column);
                    }
                } else if (r.getLocalName().equals("row")) {
                    Csv.Record record = new Csv.Record(rowNumber, row, numbers);
                    if (rowNumber == 1 || !record.isBlank()) {
                        records.add(record);
                    }
                    row = null;
                }
            }
        }
        if (records.isEmpty() || records.get(0).number() != 1) {
            records.add(0, new Csv.Record(1, List.of()));
        }
        return records;
    }

    private static String text(String type, String value, StringBuilder inline, List<String> shared, boolean date,
            boolean date1904) {
        String v = value == null ? "" : value;
        if (type == null || type.equals("n")) {
            if (v.isEmpty()) {
                return "";
            }
            return date ? date(new BigDecimal(v), date1904) : general(new BigDecimal(v));
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? "" : shared.get(Integer.parseInt(v.strip()));
            case "inlineStr" -> inline == null ? v : inline.toString();
            case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
            case "d" -> v.length() >= 10 ? v.substring(0, 10) : v;
            default -> v; // str (a formula's text) and e (#N/A …)
        };
    }

    /** As Excel's General format shows a number: whole numbers in full, others to 15 significant digits. */
    static String general(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal exact = n.stripTrailingZeros();
        return (exact.scale() <= 0 ? exact : n.round(new MathContext(15)).stripTrailingZeros()).toPlainString();
    }

    /** A date serial as YYYY-MM-DD: days since 1899-12-30 (Excel counts a 29 February 1900 that was not), or since 1904-01-01. */
    private static String date(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days).toString();
        }
        if (days == 60) {
            return "1900-02-29";
        }
        return LocalDate.of(1899, 12, days < 60 ? 31 : 30).plusDays(days).toString();
    }

    /** The indexes of the cell formats that show a date: built-in date formats, or a format code with y, m or d. */
    private Set<Integer> dateStyles(String part) throws IOException, XMLStreamException {
        Set<Integer> out = new HashSet<>();
        if (part == null || zip.getEntry(part) == null) {
            return out;
        }
        Map<Integer, String> codes = new HashMap<>();
        XMLStreamReader r = open(part);
        boolean cellXfs = false;
        int index = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> codes.put(Integer.parseInt(attribute(r, "numFmtId")), attribute(r, "formatCode"));
                    case "cellXfs" -> cellXfs = true;
                    case "xf" -> {
                        if (cellXfs) {
                            String id = attribute(r, "numFmtId");
                            if (id != null && isDateFormat(Integer.parseInt(id), codes.get(Integer.parseInt(id)))) {
                                out.add(index);
                            }
                            index++;
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                cellXfs = false;
            }
        }
        return out;
    }

    static boolean isDateFormat(int id, String code) {
        if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        String bare = code.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.|_.|\\*.", "").toLowerCase(java.util.Locale.ROOT);
        return bare.matches(".*[ymd].*") && !bare.equals("general");
    }

    private List<String> sharedStrings(String part) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        if (part == null || zip.getEntry(part) == null) {
            return out;
        }
        XMLStreamReader r = open(part);
        StringBuilder si = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> si = new StringBuilder();
                    case "rPh" -> skip(r); // the phonetic guide above the text, not part of it
                    case "t" -> {
                        if (si != null) {
                            si.append(r.getElementText());
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("si")) {
                out.add(si.toString());
                si = null;
            }
        }
        return out;
    }

    /** A relationships part: id → {type, target}; empty when the part is missing. */
    private Map<String, String[]> relations(String part) throws IOException, XMLStreamException {
        Map<String, String[]> out = new HashMap<>();
        if (zip.getEntry(part) == null) {
            return out;
        }
        XMLStreamReader r = open(part);
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                out.put(attribute(r, "Id"), new String[] {attribute(r, "Type"), attribute(r, "Target")});
            }
        }
        return out;
    }

    /** The part the first relationship of a type (by its ending) points to, or {@code null}. */
    private static String target(String dir, Map<String, String[]> rels, String typeEnding) {
        return rels.values().stream().filter(t -> t[0] != null && t[0].endsWith(typeEnding))
                .map(t -> resolve(dir, t[1])).sorted().findFirst().orElse(null);
    }

    /** A relationship's target as a zip entry name: absolute from the package root, or relative to {@code dir}. */
    private static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    /** 0-based column of a cell reference such as F8. */
    static int columnIndex(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n - 1;
    }

    private XMLStreamReader open(String part) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            throw new XMLStreamException("缺少 " + part);
        }
        return xml.createXMLStreamReader(new Bounded(zip.getInputStream(e), part));
    }

    /** The attribute of that local name, whatever its namespace (r:id), or {@code null}. */
    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Skips the element just started, with everything inside it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** A part's bytes, refused past {@link #MAX_PART_BYTES}. */
    private static final class Bounded extends FilterInputStream {
        private final String part;
        private long read;

        Bounded(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_PART_BYTES) {
                throw new IOException(part + " 解压后超过 " + MAX_PART_BYTES / 1024 / 1024 + " MB");
            }
        }
    }
}
