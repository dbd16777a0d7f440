package org.nianbao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.form.Figure;
import org.nianbao.form.FigureFormat;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.form.Value;

/**
 * A report's figures laid out as the official form: one row group per section, sub-groups and
 * account lists spanning their rows, units in the label cells. Columns: section, sub-group, item,
 * then one value column, or five (第一季度 … 全年) for a form with per-quarter rows.
 *
 * @param valueHeaders the headers of the value columns
 * @param blocks       one list of table rows per section
 * @param anyComputed  whether some value was computed by nianbao (the page then explains the mark)
 */
public record FormTable(List<String> valueHeaders, List<List<List<Cell>>> blocks, boolean anyComputed) {

    public static FormTable of(FormDefinition form, Map<String, Figure> figures) {
        boolean quarters = form.leafRows().stream().anyMatch(r -> r.type() == RowType.QUARTERS);
        List<String> headers = quarters ? Quarter.stream().map(Quarter::label).toList() : List.of("填报内容");
        Builder b = new Builder(figures, headers.size());
        List<List<List<Cell>>> blocks = new ArrayList<>();
        for (Section s : form.sections()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Row r : s.rows()) {
                rows.addAll(b.rowsOf(r));
            }
            rows.get(0).add(0, Cell.header(s.label(), "rowgroup", rows.size(), 1));
            blocks.add(rows);
        }
        return new FormTable(headers, blocks, b.anyComputed);
    }

    /** Column count of the whole table: three label columns and the values. */
    public int columns() {
        return 3 + valueHeaders.size();
    }

    private static final class Builder {
        private final Map<String, Figure> figures;
        private final int valueColumns;
        boolean anyComputed;

        Builder(Map<String, Figure> figures, int valueColumns) {
            this.figures = figures;
            this.valueColumns = valueColumns;
        }

        /** The table rows of one form row, without the section cell; a group's first row carries its header. */
        List<List<Cell>> rowsOf(Row r) {
            List<List<Cell>> rows = new ArrayList<>();
            switch (r.type()) {
                case GROUP -> {
                    for (Row child : r.children()) {
                        List<Cell> row = new ArrayList<>();
                        row.add(Cell.header(child.labelWithUnit(), "row", 1, 1));
                        row.addAll(values(child));
                        rows.add(row);
                    }
                    rows.get(0).add(0, Cell.header(r.label(), "rowgroup", rows.size(), 1));
                }
                case ACCOUNTS -> {
                    Figure f = figures.get(r.path());
                    List<Value.Account> accounts = f == null ? List.of() : ((Value.Accounts) f.value()).accounts();
                    if (accounts.isEmpty()) {
                        rows.add(new ArrayList<>(List.of(Cell.header(r.label(), "row", 1, 2),
                                Cell.value("无", r.labelPath(), "none").spanning(valueColumns))));
                        break;
                    }
                    int n = 0;
                    for (Value.Account a : accounts) {
                        n++;
                        for (Row field : r.children()) {
                            Value v = a.fields().get(field.id());
                            String key = r.labelPath() + "/" + n + "/" + field.label();
                            rows.add(new ArrayList<>(List.of(Cell.header(field.labelWithUnit(), "row", 1, 1),
                                    Cell.value(FigureFormat.of(v), key, kindOf(field)).spanning(valueColumns))));
                        }
                    }
                    rows.get(0).add(0, Cell.header(r.label(), "rowgroup", rows.size(), 1));
                }
                default -> {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.header(r.labelWithUnit(), "row", 1, 2));
                    row.addAll(values(r));
                    rows.add(row);
                }
            }
            return rows;
        }

        /** The value cells of a row: one spanning all value columns, or one per quarter (网站总数 may be either). */
        private List<Cell> values(Row r) {
            Figure f = figures.get(r.path());
            if (r.type() == RowType.QUARTERS || f != null && f.value() instanceof Value.Quarters) {
                List<Cell> cells = new ArrayList<>();
                Map<Quarter, Value.Cell> byQuarter = f == null ? Map.of() : ((Value.Quarters) f.value()).cells();
                for (Quarter q : Quarter.values()) {
                    Value.Cell c = byQuarter.get(q);
                    String key = r.labelPath() + "/" + q.label();
                    if (c == null) {
                        cells.add(Cell.value("—", key, "none"));
                    } else {
                        anyComputed |= c.computed();
                        cells.add(new Cell(FigureFormat.of(new BigDecimal(number(c.value(), r.valueType()))), key, "", 1, 1, "number", c.computed()));
                    }
                }
                return cells;
            }
            return List.of(single(r, f).spanning(valueColumns));
        }

        private Cell single(Row r, Figure f) {
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
            anyComputed |= f.computed();
            String text = f.computed() ? FigureFormat.of(new BigDecimal(number(Value.number(f.value()), r.type())))
                    : FigureFormat.of(f.value());
            return new Cell(text, r.labelPath(), "", 1, 1, kindOf(r), f.computed());
        }
    }

    /** A computed number as the form shows it: counts whole, percentages with one decimal. */
    static String number(BigDecimal v, RowType type) {
        return type == RowType.COUNT ? v.stripTrailingZeros().toPlainString() : v.toPlainString();
    }

    /** The CSS hint of a row's values (see {@link Cell#kind}). */
    static String kindOf(Row r) {
        return switch (r.valueType()) {
            case COUNT, DECIMAL, PERCENT -> "number";
            case YESNO -> "yesno";
            case URL -> "url";
            case CODE, PHONE, DATE -> "code";
            default -> "text";
        };
    }
}
