package org.nianbao.source;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it (and Excel writes it): fields separated by commas, records by line breaks;
 * a field holding commas, quotes or line breaks is quoted with {@code "}, a quote inside it doubled.
 * Strict: a stray quote is an error, never guessed at. Every CSV nianbao writes goes through
 * {@link #line}, which also keeps spreadsheets from running a field as a formula.
 */
public final class Csv {

    /**
     * One record.
     *
     * @param number  the spreadsheet row it is: 1 for the heads, counting blank rows and not the line
     *                breaks inside quoted fields
     * @param numbers the indexes of the fields a workbook stored as numbers rather than text
     */
    public record Record(int number, List<String> fields, java.util.Set<Integer> numbers) {
        public Record {
            fields = List.copyOf(fields);
            numbers = java.util.Set.copyOf(numbers);
        }

        /** A CSV record: every field is text. */
        public Record(int number, List<String> fields) {
            this(number, fields, java.util.Set.of());
        }

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A text that is not CSV, with the row and field (1-based) where that shows. */
    public static final class Malformed extends Exception {
        public final int row;
        public final int field;

        Malformed(int row, int field, String message) {
            super(message, null, false, false);
            this.row = row;
            this.field = field;
        }
    }

    private Csv() {
    }

    public static List<Record> parse(String text) throws Malformed {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStart = true;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (fieldStart && c == '"') {
                i = quoted(s, i + 1, field, records.size() + 1, fields.size() + 1);
                if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                    throw new Malformed(records.size() + 1, fields.size() + 1,
                            "结束引号后还有文字：带引号的单元格应在结束引号后紧接逗号或换行");
                }
                fieldStart = false;
                continue;
            }
            if (c == ',' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    records.add(new Record(records.size() + 1, fields));
                    fields.clear();
                }
                fieldStart = true;
            } else if (c == '"') {
                throw new Malformed(records.size() + 1, fields.size() + 1,
                        "单元格中间有引号：含引号的单元格应整个加上引号，其中的引号写成两个（\"\"）");
            } else {
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        if (!fields.isEmpty() || field.length() > 0 || !fieldStart) {
            fields.add(field.toString());
            records.add(new Record(records.size() + 1, fields));
        }
        return records;
    }

    /** Reads a quoted field's content from {@code start} (after the opening quote); returns the index after the closing one. */
    private static int quoted(String s, int start, StringBuilder field, int row, int column) throws Malformed {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new Malformed(row, column, "引号没有成对：此单元格以引号开始，直到文件末尾都没有结束的引号");
    }

    /** One record as a line of CSV (without the line break): each field as {@link #field} writes it. */
    public static String line(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (String f : fields) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(field(f));
        }
        return s.toString();
    }

    /**
     * A field, quoted only where it needs it. A field starting with =, +, - or @ (other than a number)
     * gets a leading ' and quotes, so that a spreadsheet opening the file shows it as text rather
     * than running it as a formula; {@link #plain} takes the ' off again on import.
     */
    public static String field(String f) {
        boolean formula = !f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?[0-9.]+");
        if (formula) {
            f = "'" + f;
        }
        boolean quote = formula || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                || f.indexOf('\r') >= 0;
        return quote ? '"' + f.replace("\"", "\"\"") + '"' : f;
    }

    /** A field as read: the ' that {@link #field} put before a formula's first character taken off. */
    public static String plain(String f) {
        return f.length() > 1 && f.charAt(0) == '\'' && "=+-@".indexOf(f.charAt(1)) >= 0 ? f.substring(1) : f;
    }
}
