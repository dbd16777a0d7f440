package org.nianbao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Suggest;
import org.nianbao.render.CsvExport;

/**
 * The heads of a report CSV, named after the form: {@code 代号}, {@code 年度}, {@code 发布日期}, then
 * each row's label path ({@code 信息发布/总数}, or its ids {@code publish.total}), and each account
 * field numbered ({@code 移动新媒体/微博/1/名称}), and each column of a matrix row after the row's label path
 * ({@code 三、收到和处理政府信息公开申请情况/一、本年新收政府信息公开申请数量/法人或其他组织/商业企业}, or
 * {@code requests.new.business}). The form is the one source of the heads and their order.
 */
final class CsvHeads {
    // The export (render) owns the format; import reads what it writes.
    static final String SLUG = CsvExport.SLUG;
    static final String YEAR = CsvExport.YEAR;
    static final String PUBLISHED = CsvExport.PUBLISHED;
    static final List<String> META = CsvExport.META;
    static final String UNITS = CsvExport.UNITS;
    private static final Map<String, String> META_IDS = Map.of("slug", SLUG, "year", YEAR, "published", PUBLISHED);
    private static final Pattern NUMBER = Pattern.compile("[/.]([1-9][0-9]{0,2})[/.]");

    /** By index; {@code null} for a column without a head, whose cells must stay empty. */
    private final List<Column> columns;

    private CsvHeads(List<Column> columns) {
        this.columns = columns;
    }

    static String account(Row list, int n, Row field) {
        return CsvExport.account(list, n, field);
    }

    /**
     * Matches {@code heads} (row 1 of the CSV) against every row of every edition of {@code form};
     * unknown, repeated and missing heads go to {@code d}, and the result is then {@code null}.
     */
    static CsvHeads match(List<String> heads, FormDefinition form, Diagnostics d) {
        Map<String, Row> rows = rows(form);
        List<Row> lists = lists(form);
        Map<String, Cell> cells = cells(form);
        List<Column> columns = new ArrayList<>();
        Map<String, Column> seen = new LinkedHashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            String h = heads.get(i).strip();
            Cell cell = cells.get(h);
            Column c = h.isEmpty() ? null : cell != null ? new Column(i, null, cell.row(), 0, null, cell.column())
                    : column(i, h, rows, lists);
            columns.add(c);
            if (c == null && !h.isEmpty()) {
                d.error(1, i + 1, "", "未知的列“" + h + "”" + Suggest.didYouMean(h, candidates(h, form))
                        + hint(h, lists, form));
            } else if (c != null && seen.containsKey(key(c))) {
                d.error(1, i + 1, "", "列“" + h + "”与第 " + seen.get(key(c)).number() + " 列重复");
            } else if (c != null) {
                seen.put(key(c), c);
            }
        }
        for (String m : META) {
            if (!seen.containsKey(m)) {
                d.error(1, 1, "", "缺少“" + m + "”列");
            }
        }
        missingAccountFields(seen, lists, d);
        return d.hasErrors() ? null : new CsvHeads(columns);
    }

    /** One column of a matrix row, as a head names it. */
    private record Cell(Row row, MatrixColumn column) {
    }

    /**
     * The heads of the form's matrix cells: the row's label path and the column's (三、…/一、本年新收…/自然人),
     * its ids (requests.new.person), or its subject as messages name it (…（件）/申请人：自然人).
     */
    private static Map<String, Cell> cells(FormDefinition form) {
        Map<String, Cell> cells = new HashMap<>();
        for (Row r : form.leafRows()) {
            if (r.type() == RowType.MATRIX) {
                for (MatrixColumn c : r.columns()) {
                    Cell cell = new Cell(r, c);
                    cells.put(cellHead(r, c), cell);
                    cells.put(r.path() + "." + c.id(), cell);
                    cells.put(r.subject(c), cell);
                }
            }
        }
        return cells;
    }

    /** The head of a matrix cell, as the form names it: the row's label path, then the column's. */
    static String cellHead(Row row, MatrixColumn c) {
        return row.labelPath() + "/" + c.labelPath();
    }

    /** How many of {@code heads} name a row or cell of {@code form} (not 代号, 年度, 发布日期): which form a file is of. */
    static int known(List<String> heads, FormDefinition form) {
        Map<String, Row> rows = rows(form);
        List<Row> lists = lists(form);
        Map<String, Cell> cells = cells(form);
        int known = 0;
        for (String h : heads) {
            String head = h.strip();
            if (!head.isEmpty() && !META.contains(head) && !META_IDS.containsKey(head)
                    && (cells.containsKey(head) || column(0, head, rows, lists) != null)) {
                known++;
            }
        }
        return known;
    }

    /** The scalar and choices rows by the heads that name them: label path, ids, subject. */
    private static Map<String, Row> rows(FormDefinition form) {
        Map<String, Row> rows = new HashMap<>();
        for (Row r : form.leafRows()) {
            if (r.type() != RowType.ACCOUNTS && r.type() != RowType.MATRIX) {
                rows.put(r.labelPath(), r);
                rows.put(r.path(), r);
                rows.put(r.subject(), r);
            }
        }
        return rows;
    }

    private static List<Row> lists(FormDefinition form) {
        return form.leafRows().stream().filter(r -> r.type() == RowType.ACCOUNTS).toList();
    }

    private static Column column(int i, String h, Map<String, Row> rows, List<Row> lists) {
        if (META.contains(h) || META_IDS.containsKey(h)) {
            return Column.meta(i, META_IDS.getOrDefault(h, h));
        }
        Row row = rows.get(h);
        if (row != null) {
            return new Column(i, null, row, 0, null);
        }
        for (Row list : lists) {
            for (String prefix : List.of(list.labelPath() + "/", list.path() + ".")) {
                if (!h.startsWith(prefix)) {
                    continue;
                }
                String[] rest = h.substring(prefix.length()).split(Pattern.quote(prefix.substring(prefix.length() - 1)), -1);
                if (rest.length != 2 || !rest[0].matches("[1-9][0-9]{0,2}")) {
                    continue;
                }
                for (Row field : list.children()) {
                    if (rest[1].equals(field.label()) || rest[1].equals(field.id()) || rest[1].equals(field.labelWithUnit())) {
                        return new Column(i, null, list, Integer.parseInt(rest[0]), field);
                    }
                }
            }
        }
        return null;
    }

    /** What two columns must not share. */
    private static String key(Column c) {
        if (c.meta() != null) {
            return c.meta();
        }
        if (c.cell() != null) {
            return c.row().path() + "." + c.cell().id();
        }
        return c.field() == null ? c.row().path() : c.row().path() + "." + c.account() + "." + c.field().id();
    }

    /** Every head the form knows; account heads numbered as {@code written} is, so that the suggestion keeps the number. */
    private static List<String> candidates(String written, FormDefinition form) {
        Matcher m = NUMBER.matcher(written);
        int n = m.find() ? Integer.parseInt(m.group(1)) : 1;
        List<String> out = new ArrayList<>(META);
        for (Row r : form.leafRows()) {
            if (r.type() == RowType.ACCOUNTS) {
                r.children().forEach(f -> out.add(account(r, n, f)));
            } else if (r.type() == RowType.MATRIX) {
                r.columns().forEach(c -> out.add(cellHead(r, c)));
            } else {
                out.add(r.labelPath());
            }
        }
        return out;
    }

    private static String hint(String h, List<Row> lists, FormDefinition form) {
        for (Row r : form.leafRows()) {
            if (r.type() == RowType.MATRIX && (h.equals(r.labelPath()) || h.equals(r.path()) || h.equals(r.subject()))) {
                return "。“" + r.label() + "”按栏分列填写，每栏一列：" + String.join("、", r.columns().stream()
                        .limit(3).map(c -> "“" + cellHead(r, c) + "”").toList()) + (r.columns().size() > 3 ? "等" : "");
            }
        }
        for (Row list : lists) {
            if (h.startsWith(list.labelPath())) {
                return "。" + list.label() + "账号按序号分列填写，每个账号一组：" + String.join("、",
                        list.children().stream().map(f -> "“" + account(list, 1, f) + "”").toList());
            }
        }
        return "。列名为表中项目的完整名称，如“信息发布/总数”";
    }

    /** Each numbered account needs a column for every field of its list. */
    private static void missingAccountFields(Map<String, Column> seen, List<Row> lists, Diagnostics d) {
        for (Row list : lists) {
            for (int n : accountNumbers(seen.values(), list.path()).keySet()) {
                for (Row field : list.children()) {
                    if (!seen.containsKey(list.path() + "." + n + "." + field.id())) {
                        d.error(1, 1, "", "缺少“" + account(list, n, field) + "”列：每个账号应有"
                                + String.join("、", list.children().stream().map(Row::label).toList()) + "各列");
                    }
                }
            }
        }
    }

    /** The account columns of one list: account number → field id → column. */
    private static SortedMap<Integer, Map<String, Column>> accountNumbers(Iterable<Column> columns, String listPath) {
        SortedMap<Integer, Map<String, Column>> out = new TreeMap<>();
        for (Column c : columns) {
            if (c != null && c.field() != null && c.row().path().equals(listPath)) {
                out.computeIfAbsent(c.account(), k -> new LinkedHashMap<>()).put(c.field().id(), c);
            }
        }
        return out;
    }

    List<Column> columns() {
        return java.util.Collections.unmodifiableList(columns);
    }

    Column meta(String name) {
        return columns.stream().filter(c -> c != null && name.equals(c.meta())).findFirst().orElseThrow();
    }

    /** The column of a row that is not an account list or a matrix, or {@code null}. */
    Column row(String path) {
        return columns.stream().filter(c -> c != null && c.field() == null && c.cell() == null && c.row() != null
                && c.row().path().equals(path)).findFirst().orElse(null);
    }

    /** The column of one column of matrix row {@code path}, or {@code null}. */
    Column cell(String path, String columnId) {
        return columns.stream().filter(c -> c != null && c.cell() != null && c.row().path().equals(path)
                && c.cell().id().equals(columnId)).findFirst().orElse(null);
    }

    /** The columns of account list {@code listPath}: account number → field id → column. */
    SortedMap<Integer, Map<String, Column>> accounts(String listPath) {
        return accountNumbers(columns, listPath);
    }

    /** Rows the report of {@code view} must give that have no column. */
    List<Row> missing(FormDefinition view) {
        return view.leafRows().stream()
                .filter(r -> !r.mayBeOmitted() && r.type() != RowType.ACCOUNTS && r.type() != RowType.MATRIX
                        && row(r.path()) == null)
                .toList();
    }

    /** The columns of the matrix rows the report of {@code view} must give that have no column, by row. */
    Map<Row, List<MatrixColumn>> missingCells(FormDefinition view) {
        Map<Row, List<MatrixColumn>> out = new LinkedHashMap<>();
        for (Row r : view.leafRows()) {
            if (r.type() == RowType.MATRIX && !r.mayBeOmitted()) {
                List<MatrixColumn> lacking = r.columns().stream().filter(c -> cell(r.path(), c.id()) == null).toList();
                if (!lacking.isEmpty()) {
                    out.put(r, lacking);
                }
            }
        }
        return out;
    }
}
