package org.nianbao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.form.Figure;
import org.nianbao.form.Row;
import org.nianbao.form.Section;
import org.nianbao.form.Value;

/**
 * A report's figures laid out as the official form: one row group per section, sub-groups and
 * account lists spanning their rows, units in the label cells. Columns: section, sub-group, item, value.
 *
 * @param blocks one list of table rows per section
 */
public record FormTable(List<List<List<Cell>>> blocks) {
    static final int LABEL_COLUMNS = 3;

    public static FormTable of(List<Section> sections, Map<String, Figure> figures) {
        List<List<List<Cell>>> blocks = new ArrayList<>();
        for (Section s : sections) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Row r : s.rows()) {
                rows.addAll(rowsOf(r, figures));
            }
            rows.get(0).add(0, Cell.header(s.label(), "rowgroup", rows.size(), 1));
            blocks.add(rows);
        }
        return new FormTable(blocks);
    }

    /** The table rows of one form row, without the section cell; a group's first row carries its header. */
    private static List<List<Cell>> rowsOf(Row r, Map<String, Figure> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        Figure f = figures.get(r.path());
        switch (r.type()) {
            case GROUP -> {
                for (Row child : r.children()) {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.header(child.labelWithUnit(), "row", 1, 1));
                    row.add(valueCell(child, figures.get(child.path())));
                    rows.add(row);
                }
                rows.get(0).add(0, Cell.header(r.label(), "rowgroup", rows.size(), 1));
            }
            case ACCOUNTS -> {
                List<Value.Account> accounts = f == null ? List.of() : ((Value.Accounts) f.value()).accounts();
                if (accounts.isEmpty()) {
                    rows.add(new ArrayList<>(List.of(
                            Cell.header(r.label(), "row", 1, 2),
                            Cell.value("无", r.labelPath(), "none"))));
                    break;
                }
                int n = 0;
                for (Value.Account a : accounts) {
                    n++;
                    for (Row field : r.children()) {
                        Value v = a.fields().get(field.id());
                        String key = r.labelPath() + "/" + n + "/" + field.label();
                        rows.add(new ArrayList<>(List.of(
                                Cell.header(field.labelWithUnit(), "row", 1, 1),
                                Cell.value(v.display(), key, kindOf(field)))));
                    }
                }
                rows.get(0).add(0, Cell.header(r.label(), "rowgroup", rows.size(), 1));
            }
            default -> rows.add(new ArrayList<>(List.of(
                    Cell.header(r.labelWithUnit(), "row", 1, 2),
                    valueCell(r, f))));
        }
        return rows;
    }

    private static Cell valueCell(Row r, Figure f) {
        if (f == null) {
            return Cell.value("无", r.labelPath(), "none");
        }
        if (f.value() instanceof Value.Choices c) {
            StringBuilder s = new StringBuilder();
            for (String option : r.options()) {
                s.append(s.length() == 0 ? "" : "　").append(c.chosen().contains(option) ? "☑" : "☐").append(option);
            }
            return Cell.value(s.toString(), r.labelPath(), "choices");
        }
        return Cell.value(f.value().display(), r.labelPath(), kindOf(r));
    }

    private static String kindOf(Row r) {
        return switch (r.type()) {
            case COUNT, DECIMAL -> "number";
            case YESNO -> "yesno";
            default -> "text";
        };
    }

    /** Column count of the whole table: the label columns and the value. */
    public int columns() {
        return LABEL_COLUMNS + 1;
    }
}
