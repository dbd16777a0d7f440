package org.nianbao.form;

import java.util.List;
import org.nianbao.diagnostic.Diagnostics;

/**
 * Types the text cells of one imported record (a CSV or workbook row) against the form's rows, with
 * the parsing and messages {@link FigureReader} uses for front matter; each problem is told at its
 * cell: the record's {@code line} and the cell's column, under the subject the caller names.
 */
public final class CellReader {
    private final int line;
    private final Diagnostics d;

    /** @param line the record's number, as spreadsheets count rows */
    public CellReader(int line, Diagnostics d) {
        this.line = line;
        this.d = d;
    }

    /**
     * A cell of a scalar row (number, 是/否, text, URL, code, phone or date), read as YAML reads a plain
     * scalar of that text; {@code null} after telling why it is not one.
     */
    public Value scalar(Row row, String text, int column, String subject) {
        if (row.type() == RowType.QUARTERS || row.type() == RowType.MATRIX || row.type() == RowType.CHOICES || row.type() == RowType.ACCOUNTS
                || row.type() == RowType.GROUP) {
            d.error(line, column, subject, "应为" + row.type().expected());
            return null;
        }
        if (text.isEmpty()) {
            d.error(line, column, subject, FigureReader.unfilled(row));
            return null;
        }
        try {
            return ScalarParser.parse(row, text, false);
        } catch (ScalarParser.Invalid e) {
            d.error(line, column, subject, e.getMessage());
            return null;
        }
    }

    /**
     * A cell of one column of a matrix row (a count or decimal, as the row's {@code of} says); {@code null}
     * after telling why it is not one. An empty cell is told too: every column of a matrix row is filled.
     */
    public Value.Cell matrixCell(Row row, String text, int column, String subject) {
        if (row.type() != RowType.MATRIX) {
            d.error(line, column, subject, "应为" + row.type().expected());
            return null;
        }
        if (text.isEmpty()) {
            d.error(line, column, subject, FigureReader.unfilled(row));
            return null;
        }
        try {
            return new Value.Cell(Value.number(ScalarParser.parse(row, text, false)), false, line, column);
        } catch (ScalarParser.Invalid e) {
            d.error(line, column, subject, e.getMessage());
            return null;
        }
    }

    /** The options a choices cell names (its items, each stripped), or {@code null} after telling the bad ones. */
    public Value.Choices choices(Row row, List<String> items, int column, String subject) {
        return FigureReader.choices(row, items, (message, i) -> d.error(line, column, subject, message));
    }

    /** Tells that a required row's cell (or, for a list of accounts, every cell) was left empty. */
    public void empty(Row row, int column, String subject) {
        d.error(line, column, subject, switch (row.type()) {
            case CHOICES -> FigureReader.choicesExpected(row);
            case ACCOUNTS -> "未填写，应为" + RowType.ACCOUNTS.expected();
            default -> FigureReader.unfilled(row);
        });
    }
}
