package org.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One CSV record written as a report's front matter, grouped and ordered as on the form, laid out as
 * the demo reports are, each value on a line of its own. Only a record whose cells were bound to the
 * form without errors ({@link RecordFigures}) is written, so every number here is already valid.
 */
final class FrontMatterText {
    /** What a choices cell holds when no option is ticked (as {@code Value.Choices} displays it). */
    static final String NONE = "无";
    static final String CHOICE_SEPARATOR = "、";
    private static final Resolver RESOLVER = new Resolver();

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

    /** Plain when YAML reads it back as the same text, else double-quoted; numbers-as-text are quoted, as in the demo (标识码). */
    static String scalarText(String v, boolean flow) {
        if (plain(v, flow)) {
            Tag tag = RESOLVER.resolve(NodeId.scalar, v, true);
            if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
                return v;
            }
        }
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029' || ch == '\ufeff' || ch == 0x85) {
                        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** Whether {@code v} can be written as a plain scalar that YAML reads back as exactly {@code v}. */
    static boolean plain(String v, boolean flow) {
        if (v.isEmpty() || !v.equals(v.strip()) || v.contains(": ") || v.contains(" #") || v.endsWith(":")) {
            return false;
        }
        char first = v.charAt(0);
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if (first == '-' && (v.length() == 1 || v.charAt(1) == ' ')) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == '\u2028' || ch == '\u2029' || ch == '\ufeff'
                    || (flow && ",[]{}".indexOf(ch) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
