package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.Figure;
import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Rule;
import org.nianbao.form.Value;

/**
 * The rules that read rows cell by cell: sums over matrix rows column by column, sums across a matrix
 * row's columns, and the rules across years. A single-valued row counts as one cell, so that
 * {@code equal-sums} and {@code carried-over} work on both. Messages name the row, the column and both numbers.
 */
final class MatrixRules {
    private MatrixRules() {
    }

    /** One operand cell: its row, its column ({@code null} for a single value) and where it was written. */
    private record At(Row row, MatrixColumn column, BigDecimal value, int line, int col) {
        String subject() {
            return column == null ? row.subject() : row.subject(column);
        }

        String quote() {
            return row.label() + " " + value.toPlainString();
        }
    }

    /** The cells of {@code f} by column id ({@code ""} for a single value); {@code null} when it holds no number. */
    private static Map<String, At> cells(Figure f) {
        Map<String, At> out = new LinkedHashMap<>();
        if (f == null) {
            return null;
        }
        if (f.value() instanceof Value.Matrix m) {
            for (MatrixColumn c : m.columns()) {
                Value.Cell cell = m.cells().get(c.id());
                if (cell != null) {
                    out.put(c.id(), new At(f.row(), c, cell.value(), cell.line(), cell.column()));
                }
            }
            return out;
        }
        BigDecimal v = Value.number(f.value());
        if (v == null) {
            return null;
        }
        out.put("", new At(f.row(), null, v, f.line(), f.column()));
        return out;
    }

    /** The cells of every path, or {@code null} when the report lacks one (its edition has no such row). */
    private static List<Map<String, At>> all(Map<String, Figure> figures, List<String> paths) {
        List<Map<String, At>> out = new ArrayList<>();
        for (String path : paths) {
            Map<String, At> cells = cells(figures.get(path));
            if (cells == null) {
                return null;
            }
            out.add(cells);
        }
        return out;
    }

    static boolean isMatrix(Check c, String path) {
        Row row = c.row(path);
        return row != null && row.type() == RowType.MATRIX;
    }

    /** total = Σ parts, column by column; the message lists the parts that are not 0. */
    static void sum(Check c, Severity s, Rule.Sum r) {
        Map<String, At> total = cells(c.figures.get(r.total()));
        List<Map<String, At>> parts = all(c.figures, r.parts());
        if (total == null || parts == null) {
            return;
        }
        for (At t : total.values()) {
            List<At> column = parts.stream().map(p -> p.get(t.column() == null ? "" : t.column().id())).toList();
            if (column.contains(null)) {
                continue;
            }
            sum(c, s, t, column, a -> a.row().label());
        }
    }

    /** In each row: column total = Σ columns parts. */
    static void columnSum(Check c, Severity s, Rule.ColumnSum r) {
        for (String path : r.rows()) {
            Map<String, At> cells = cells(c.figures.get(path));
            if (cells == null || !cells.containsKey(r.total())) {
                continue;
            }
            At t = cells.get(r.total());
            List<At> parts = r.parts().stream().map(cells::get).toList();
            if (parts.contains(null)) {
                continue;
            }
            sum(c, s, t, parts, a -> a.column().labelPath());
        }
    }

    /** The quotes of the parts that are not 0, or of all when all are 0. */
    /** Reports {@code total} unless it equals the sum of {@code parts}, each part named by {@code name}. */
    private static void sum(Check c, Severity s, At total, List<At> parts, Function<At, String> name) {
        BigDecimal sum = parts.stream().map(At::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.value().compareTo(sum) != 0) {
            c.report(s, total.line(), total.col(), total.subject(), "填写 " + total.value().toPlainString() + "，按 "
                    + quoted(parts.stream().map(a -> name.apply(a) + " " + a.value().toPlainString()).toList(), parts)
                    + " 之和应为 " + sum.toPlainString());
        }
    }

    private static String quoted(List<String> quotes, List<At> parts) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).value().signum() != 0) {
                shown.add(quotes.get(i));
            }
        }
        if (shown.isEmpty()) {
            return String.join("、", quotes);
        }
        return String.join("、", shown) + (shown.size() < quotes.size() ? "（其余各项为 0）" : "");
    }

    /**
     * Σ left = Σ right, column by column; told at the last right row's cell (结转下年度继续办理), as the
     * value the others make it.
     */
    static void equalSums(Check c, Severity s, Rule.EqualSums r) {
        List<Map<String, At>> left = all(c.figures, r.left());
        List<Map<String, At>> right = all(c.figures, r.right());
        if (left == null || right == null || right.isEmpty()) {
            return;
        }
        for (String column : right.get(right.size() - 1).keySet()) {
            List<At> l = left.stream().map(m -> m.get(column)).toList();
            List<At> rr = right.stream().map(m -> m.get(column)).toList();
            if (l.contains(null) || rr.contains(null)) {
                continue;
            }
            At at = rr.get(rr.size() - 1);
            BigDecimal expected = l.stream().map(At::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            StringBuilder how = new StringBuilder();
            for (At a : l) {
                how.append(how.length() == 0 ? "" : " + ").append(a.quote());
            }
            for (At a : rr.subList(0, rr.size() - 1)) {
                expected = expected.subtract(a.value());
                how.append(" − ").append(a.quote());
            }
            if (at.value().compareTo(expected) != 0) {
                c.report(s, at.line(), at.col(), at.subject(), "填写 " + at.value().toPlainString() + "，按 " + how
                        + " 应为 " + expected.toPlainString());
            }
        }
    }

    /** This year's row {@code this} = last year's row {@code last}, column by column. */
    static void carriedOver(Check c, Severity s, Rule.CarriedOver r, Map<String, Figure> last, String lastName) {
        Map<String, At> now = cells(c.figures.get(r.thisRow()));
        Map<String, At> before = cells(last.get(r.lastRow()));
        if (now == null || before == null) {
            return;
        }
        for (At a : now.values()) {
            At b = before.get(a.column() == null ? "" : a.column().id());
            if (b != null && a.value().compareTo(b.value()) != 0) {
                c.report(s, a.line(), a.col(), a.subject(), "填写 " + a.value().toPlainString() + "，应等于 " + lastName
                        + "的“" + b.row().label() + "” " + b.value().toPlainString());
            }
        }
    }

    /** In each row: stock = last year's stock + in − out (a warning: amendments make it inexact). */
    static void stockFlow(Check c, Severity s, Rule.StockFlow r, Map<String, Figure> last, String lastName) {
        for (String path : r.rows()) {
            Map<String, At> now = cells(c.figures.get(path));
            Map<String, At> before = cells(last.get(path));
            if (now == null || before == null || !before.containsKey(r.stock())) {
                continue;
            }
            At stock = now.get(r.stock());
            At in = now.get(r.in());
            At out = now.get(r.out());
            At was = before.get(r.stock());
            BigDecimal expected = was.value().add(in.value()).subtract(out.value());
            if (stock.value().compareTo(expected) != 0) {
                c.report(s, stock.line(), stock.col(), stock.subject(), "填写 " + stock.value().toPlainString() + "，按 "
                        + lastName + "的" + was.column().label() + " " + was.value().toPlainString() + " + "
                        + in.column().label() + " " + in.value().toPlainString() + " − " + out.column().label() + " "
                        + out.value().toPlainString() + " 应约为 " + expected.toPlainString() + "；如因修订等原因不等，请在正文说明");
            }
        }
    }
}
