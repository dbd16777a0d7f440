package org.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.source.YamlScalar;

/**
 * One CSV record written as a report's front matter, grouped and ordered as on the form, laid out as
 * the demo reports are, each value on a line of its own. Only a record whose cells were bound to the
 * form without errors ({@link RecordFigures}) is written, so every number here is already valid.
 */
final class FrontMatterText {
    /** What a choices cell holds when no option is ticked (as {@code Value.Choices} displays it). */
    static final String NONE = "无";
    static final String CHOICE_SEPARATOR = "、";

    private final CsvHeads heads;
    private final List<String> cells;
    private final StringBuilder text = new StringBuilder();

    private FrontMatterText(CsvHeads heads, List<String> cells) {
        this.heads = heads;
        this.cells = cells;
    }

    /**
     * @param view  the form as the report's edition has it
     * @param cells the record's cells, stripped, one per column (empty when the record is short)
     */
    static FrontMatterText write(FormDefinition view, CsvHeads heads, List<String> cells) {
        FrontMatterText t = new FrontMatterText(heads, cells);
        t.line("---");
        for (String meta : List.of(CsvHeads.YEAR, CsvHeads.PUBLISHED)) {
            Column c = heads.meta(meta);
            t.scalar("", meta, c, false);
        }
        for (Section s : view.sections()) {
            t.group("", s.label(), s.rows());
        }
        t.line("---");
        return t;
    }

    /** The front matter, from the opening {@code ---} to the closing one, each line ended by {@code \n}. */
    String text() {
        return text.toString();
    }

    private void group(String indent, String label, List<Row> rows) {
        int start = text.length();
        line(indent + label + ":");
        int before = text.length();
        for (Row r : rows) {
            row(indent + "  ", r);
        }
        if (text.length() == before) {
            // every row left out: an empty mapping, not a missing value
            text.setLength(start);
            line(indent + label + ": {}");
        }
    }

    private void row(String indent, Row r) {
        switch (r.type()) {
            case GROUP -> group(indent, r.label(), r.children());
            case ACCOUNTS -> accounts(indent, r);
            case CHOICES -> choices(indent, r);
            case MATRIX -> matrix(indent, r);
            default -> {
                Column c = heads.row(r.path());
                if (c != null) {
                    scalar(indent, r.label(), c, r.mayBeOmitted());
                }
            }
        }
    }

    private void scalar(String indent, String label, Column c, boolean omitEmpty) {
        String v = cell(c);
        if (v.isEmpty()) {
            if (!omitEmpty) {
                line(indent + label + ":");
            }
            return;
        }
        boolean number = c.meta() != null ? c.meta().equals(CsvHeads.YEAR) : isNumber(c.field() != null ? c.field() : c.row());
        line(indent + label + ": " + (number ? v : scalarText(v, false)));
    }

    /** Numbers are written plain: a quoted number is refused by the build. */
    private static boolean isNumber(Row r) {
        RowType t = r.valueType();
        return t == RowType.COUNT || t == RowType.DECIMAL || t == RowType.PERCENT;
    }

    /** Accounts with every cell empty are left out; the list's line stands for its first column. */
    private void accounts(String indent, Row list) {
        List<Map<String, Column>> all = List.copyOf(heads.accounts(list.path()).values());
        List<Map<String, Column>> filled = all.stream()
                .filter(fields -> fields.values().stream().anyMatch(c -> !cell(c).isEmpty()))
                .toList();
        if (filled.isEmpty()) {
            return;
        }
        line(indent + list.label() + ":");
        for (Map<String, Column> account : filled) {
            String lead = indent + "  - ";
            for (Row field : list.children()) {
                scalar(lead, field.label(), account.get(field.id()), false);
                lead = indent + "    ";
            }
        }
    }

    /**
     * A matrix row as one flow mapping of column label to value ({@code { 自然人: 15, …, 总计: 18 }}); when two
     * columns share a label (结果维持 of 行政复议 and of 复议后起诉), one line per innermost group instead.
     * Only a row whose cells were all read is written, so every column has its number.
     */
    private void matrix(String indent, Row r) {
        List<org.nianbao.form.MatrixColumn> columns = r.columns();
        List<Column> cols = columns.stream().map(c -> heads.cell(r.path(), c.id())).toList();
        if (cols.stream().anyMatch(java.util.Objects::isNull) || cols.stream().allMatch(c -> cell(c).isEmpty())) {
            return; // an optional row left out
        }
        boolean shared = columns.stream().map(org.nianbao.form.MatrixColumn::label).distinct().count() < columns.size();
        if (!shared) {
            line(indent + r.label() + ": " + flow(columns, cols));
            return;
        }
        line(indent + r.label() + ":");
        Map<String, List<Integer>> byGroup = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            List<String> groups = columns.get(i).groups();
            byGroup.computeIfAbsent(groups.isEmpty() ? "" : groups.get(groups.size() - 1), g -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> g : byGroup.entrySet()) {
            if (g.getKey().isEmpty()) {
                g.getValue().forEach(i -> line(indent + "  " + columns.get(i).label() + ": " + cell(cols.get(i))));
            } else {
                line(indent + "  " + g.getKey() + ": " + flow(g.getValue().stream().map(columns::get).toList(),
                        g.getValue().stream().map(cols::get).toList()));
            }
        }
    }

    private String flow(List<org.nianbao.form.MatrixColumn> columns, List<Column> cols) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            items.add(columns.get(i).label() + ": " + cell(cols.get(i)));
        }
        return "{ " + String.join(", ", items) + " }";
    }

    private void choices(String indent, Row r) {
        Column c = heads.row(r.path());
        String v = c == null ? "" : cell(c);
        if (v.isEmpty()) {
            if (c != null && !r.mayBeOmitted()) {
                line(indent + r.label() + ":");
            }
            return;
        }
        List<String> items = new ArrayList<>();
        if (!v.equals(NONE)) {
            for (String item : v.split(CHOICE_SEPARATOR, -1)) {
                items.add(scalarText(item.strip(), true));
            }
        }
        line(indent + r.label() + ": [" + String.join(", ", items) + "]");
    }

    private String cell(Column c) {
        return c.index() < cells.size() ? cells.get(c.index()) : "";
    }

    private void line(String s) {
        text.append(s).append('\n');
    }

    /** Plain when YAML reads it back as the same text, else double-quoted (see {@link YamlScalar#text}). */
    static String scalarText(String v, boolean flow) {
        return YamlScalar.text(v, flow);
    }

    static boolean plain(String v, boolean flow) {
        return YamlScalar.plain(v, flow);
    }
}
