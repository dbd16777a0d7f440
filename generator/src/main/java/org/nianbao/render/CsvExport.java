package org.nianbao.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Value;
import org.nianbao.model.Report;
import org.nianbao.source.Csv;

/**
 * Reports as one CSV in the format {@code importer.CsvImport} reads: a row per report, with 代号, 年度, 发布日期
 * and the form's rows as heads, each list's accounts numbered up to the most any report has. For the
 * column's per-year data download and for the round trip of an import.
 */
public final class CsvExport {
    public static final String SLUG = "代号";
    public static final String YEAR = "年度";
    public static final String PUBLISHED = "发布日期";
    public static final List<String> META = List.of(SLUG, YEAR, PUBLISHED);
    /** In the 代号 column of row 2: that row holds the units, as in the workbook written for filling. */
    public static final String UNITS = "单位";

    private CsvExport() {
    }

    /**
     * @param reports the reports, in the order of the rows; reports of another form are left out
     * @param form    the form as the reports' edition has it ({@link FormDefinition#forEdition}): it
     *                gives the heads and their order
     * @return RFC 4180 CSV with CRLF line ends; figures nianbao computed are left empty, as they were
     */
    public static String csv(List<Report> reports, FormDefinition form) {
        Table t = table(reports, form);
        StringBuilder out = new StringBuilder(Csv.line(t.heads())).append("\r\n");
        for (List<String> row : t.rows()) {
            out.append(Csv.line(row)).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The export as a table, for the CSV and the workbook.
     *
     * @param rows the form row of each column (the list for an account field), {@code null} for 代号, 年度, 发布日期
     * @param fields the account field of each column, else {@code null}
     */
    public record Table(List<String> heads, List<Row> rowOf, List<Row> fields, List<List<String>> rows) {
        /** The value type of column {@code i}, or {@code null} for 代号, 年度, 发布日期. */
        public RowType type(int i) {
            return fields.get(i) != null ? fields.get(i).valueType() : rowOf.get(i) == null ? null : rowOf.get(i).valueType();
        }

        public String unit(int i) {
            return fields.get(i) != null ? fields.get(i).unit() : rowOf.get(i) == null ? "" : rowOf.get(i).unit();
        }
    }

    public static Table table(List<Report> reports, FormDefinition form) {
        List<Report> rows = reports.stream().filter(r -> r.form().id().equals(form.id())).toList();
        List<String> heads = new ArrayList<>(META);
        List<Row> rowOf = new ArrayList<>(java.util.Collections.nCopies(META.size(), null));
        List<Row> fields = new ArrayList<>(rowOf);
        List<Function<Report, String>> cells = new ArrayList<>(List.of(
                r -> r.site().slug(), r -> String.valueOf(r.year()), r -> r.published().toString()));
        for (Row row : form.leafRows()) {
            if (row.type() == RowType.ACCOUNTS) {
                int most = rows.stream().mapToInt(r -> accounts(r, row).size()).max().orElse(0);
                for (int n = 1; n <= Math.max(1, most); n++) {
                    int index = n - 1;
                    for (Row field : row.children()) {
                        heads.add(account(row, n, field));
                        rowOf.add(row);
                        fields.add(field);
                        cells.add(r -> index < accounts(r, row).size()
                                ? accounts(r, row).get(index).fields().get(field.id()).display() : "");
                    }
                }
            } else if (row.type() == RowType.MATRIX) {
                // a column per cell, named as the report page keys it: …/一、本年新收政府信息公开申请数量/法人或其他组织/商业企业
                for (org.nianbao.form.MatrixColumn c : row.columns()) {
                    heads.add(row.labelPath() + "/" + c.labelPath());
                    rowOf.add(row);
                    fields.add(null);
                    cells.add(r -> matrixCell(r.figures().get(row.path()), c.id()));
                }
            } else {
                heads.add(row.labelPath());
                rowOf.add(row);
                fields.add(null);
                cells.add(r -> cell(r.figures().get(row.path())));
            }
        }
        List<List<String>> body = rows.stream().map(r -> cells.stream().map(c -> c.apply(r)).toList()).toList();
        return new Table(heads, rowOf, fields, body);
    }

    /** {@code csv} as UTF-8 with a byte order mark, by which Excel knows it is UTF-8. */
    public static byte[] utf8WithBom(String csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<Value.Account> accounts(Report r, Row list) {
        Figure f = r.figures().get(list.path());
        return f == null ? List.of() : ((Value.Accounts) f.value()).accounts();
    }

    /** One cell of a matrix row, its plain digits, or "" when not given. */
    private static String matrixCell(Figure f, String column) {
        java.math.BigDecimal v = f == null ? null : ((Value.Matrix) f.value()).at(column);
        return v == null ? "" : v.toPlainString();
    }

    /** As the report's table shows it; options joined by “、”, or “无” when none is ticked. */
    private static String cell(Figure f) {
        return f == null || f.computed() ? "" : f.value().display();
    }

    /** The head of field {@code field} of account {@code n} of {@code list}, as report pages key it: 移动新媒体/微博/1/名称. */
    public static String account(Row list, int n, Row field) {
        return list.labelPath() + "/" + n + "/" + field.label();
    }
}
