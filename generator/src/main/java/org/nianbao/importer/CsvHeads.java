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
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Suggest;
import org.nianbao.render.CsvExport;

/**
 * The heads of a report CSV, named after the form: {@code 代号}, {@code 年度}, {@code 发布日期}, then
 * each row's label path ({@code 信息发布/总数}, or its ids {@code publish.total}), and each account
 * field numbered ({@code 移动新媒体/微博/1/名称}). The form is the one source of the heads and their order.
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
        Map<String, Row> rows = new HashMap<>();
        List<Row> lists = new ArrayList<>();
        for (Row r : form.leafRows()) {
            if (r.type() == RowType.ACCOUNTS) {
                lists.add(r);
            } else {
                rows.put(r.labelPath(), r);
                rows.put(r.path(), r);
                rows.put(r.subject(), r);
            }
        }
        List<Column> columns = new ArrayList<>();
        Map<String, Column> seen = new LinkedHashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            String h = heads.get(i).strip();
            Column c = h.isEmpty() ? null : column(i, h, rows, lists);
            columns.add(c);
            if (c == null && !h.isEmpty()) {
                d.error(1, i + 1, "", "未知的列“" + h + "”" + Suggest.didYouMean(h, candidates(h, form)) + hint(h, lists));
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
            } else {
                out.add(r.labelPath());
            }
        }
        return out;
    }

    private static String hint(String h, List<Row> lists) {
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

    /** The column of a row that is not an account list, or {@code null}. */
    Column row(String path) {
        return columns.stream().filter(c -> c != null && c.field() == null && c.row() != null
                && c.row().path().equals(path)).findFirst().orElse(null);
    }

    /** The columns of account list {@code listPath}: account number → field id → column. */
    SortedMap<Integer, Map<String, Column>> accounts(String listPath) {
        return accountNumbers(columns, listPath);
    }

    /** Rows the report of {@code view} must give that have no column. */
    List<Row> missing(FormDefinition view) {
        return view.leafRows().stream()
                .filter(r -> !r.mayBeOmitted() && r.type() != RowType.ACCOUNTS && row(r.path()) == null)
                .toList();
    }
}
