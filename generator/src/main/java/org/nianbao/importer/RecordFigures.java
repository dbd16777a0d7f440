package org.nianbao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.CellReader;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Value;

/**
 * Binds the cells of one CSV record to the rows of its edition: each cell is typed against its row,
 * each figure remembers its cell, so that the rules tell their problems there too.
 */
final class RecordFigures {
    private RecordFigures() {
    }

    /**
     * The record's figures by row path, in the form's order; problems go to {@code d} at the record's
     * row and the cell's column, and the figure is then left out.
     *
     * @param cells the record's cells, stripped, one per column (fewer when the record is short)
     * @param told  columns whose problem was told already: their cells are not read
     */
    static Map<String, Figure> bind(FormDefinition view, CsvHeads heads, List<String> cells, int row,
            Set<Integer> told, Diagnostics d) {
        CellReader reader = new CellReader(row, d);
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Row r : view.leafRows()) {
            if (r.type() == RowType.ACCOUNTS) {
                accounts(r, heads, cells, row, told, reader, figures);
                continue;
            }
            if (r.type() == RowType.MATRIX) {
                matrix(r, heads, cells, row, told, reader, figures);
                continue;
            }
            Column c = heads.row(r.path());
            if (c == null || told.contains(c.index())) {
                continue; // an optional row without a column; a missing required one is told on the heads
            }
            String text = cell(cells, c);
            Value v;
            if (text.isEmpty()) {
                if (!r.mayBeOmitted()) {
                    reader.empty(r, c.number(), c.subject());
                }
                continue;
            } else if (r.type() == RowType.CHOICES) {
                v = reader.choices(r, items(text), c.number(), c.subject());
            } else {
                v = reader.scalar(r, text, c.number(), c.subject());
            }
            if (v != null) {
                figures.put(r.path(), new Figure(r, v, row, c.number()));
            }
        }
        return figures;
    }

    /** A choices cell: its options separated by 、, or 无 for none. */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        if (!text.equals(FrontMatterText.NONE)) {
            for (String item : text.split(FrontMatterText.CHOICE_SEPARATOR, -1)) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Accounts with every cell empty are left out; the list's figure stands at its first column. */
    private static void accounts(Row list, CsvHeads heads, List<String> cells, int row, Set<Integer> told,
            CellReader reader, Map<String, Figure> figures) {
        List<Map<String, Column>> all = List.copyOf(heads.accounts(list.path()).values());
        if (all.isEmpty()) {
            return;
        }
        Column first = all.get(0).values().iterator().next();
        List<Value.Account> accounts = new ArrayList<>();
        boolean ok = true;
        for (Map<String, Column> account : all) {
            if (account.values().stream().allMatch(c -> cell(cells, c).isEmpty())) {
                continue;
            }
            Map<String, Value> fields = new LinkedHashMap<>();
            for (Row field : list.children()) {
                Column c = account.get(field.id());
                Value v = told.contains(c.index()) ? null : reader.scalar(field, cell(cells, c), c.number(), c.subject());
                if (v == null) {
                    ok = false;
                } else {
                    fields.put(field.id(), v);
                }
            }
            accounts.add(new Value.Account(fields));
        }
        if (accounts.isEmpty() && !list.mayBeOmitted()) {
            reader.empty(list, first.number(), list.subject());
        } else if (ok && !accounts.isEmpty()) {
            figures.put(list.path(), new Figure(list, new Value.Accounts(accounts), row, first.number()));
        }
    }

    /**
     * A matrix row from its columns, one cell each; its figure stands at its first column, each cell at its
     * own (the rules tell a wrong 总计 there). A row that may be left out is, when all its cells are empty.
     */
    private static void matrix(Row r, CsvHeads heads, List<String> cells, int row, Set<Integer> told,
            CellReader reader, Map<String, Figure> figures) {
        List<Column> columns = r.columns().stream().map(c -> heads.cell(r.path(), c.id())).toList();
        if (columns.stream().anyMatch(java.util.Objects::isNull)) {
            return; // a missing column of a required row is told on the heads; an optional row may lack them
        }
        if (r.mayBeOmitted() && columns.stream().allMatch(c -> cell(cells, c).isEmpty())) {
            return;
        }
        Map<String, Value.Cell> read = new LinkedHashMap<>();
        boolean ok = true;
        for (Column c : columns) {
            Value.Cell v = told.contains(c.index()) ? null
                    : reader.matrixCell(r, cell(cells, c), c.number(), c.subject());
            if (v == null) {
                ok = false;
            } else {
                read.put(c.cell().id(), v);
            }
        }
        if (ok) {
            figures.put(r.path(), new Figure(r, new Value.Matrix(r.columns(), read), row, columns.get(0).number()));
        }
    }

    static String cell(List<String> cells, Column c) {
        return c.index() < cells.size() ? cells.get(c.index()) : "";
    }
}
