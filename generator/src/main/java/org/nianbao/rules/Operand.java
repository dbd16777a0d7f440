package org.nianbao.rules;

import java.math.BigDecimal;
import org.nianbao.form.Figure;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.Value;

/**
 * A row's figure as a rule reads it: one number, or one per quarter. A scalar answers the same
 * number for every quarter, so that 抽查网站数量 per quarter can be compared with 网站总数.
 */
record Operand(Row row, Figure figure) {

    boolean isQuarters() {
        return figure.value() instanceof Value.Quarters;
    }

    /** The number at {@code q} ({@code null} for a scalar), or {@code null} when there is none. */
    BigDecimal at(Quarter q) {
        if (figure.value() instanceof Value.Quarters qs) {
            Value.Cell c = qs.cells().get(q == null ? Quarter.YEAR : q);
            return c == null ? null : c.value();
        }
        if (figure.value() instanceof Value.Count c) {
            return BigDecimal.valueOf(c.value());
        }
        if (figure.value() instanceof Value.Decimal d) {
            return d.value();
        }
        return null;
    }

    int line(Quarter q) {
        Value.Cell c = cell(q);
        return c != null ? c.line() : figure.line();
    }

    int column(Quarter q) {
        Value.Cell c = cell(q);
        return c != null ? c.column() : figure.column();
    }

    private Value.Cell cell(Quarter q) {
        return figure.value() instanceof Value.Quarters qs && q != null ? qs.cells().get(q) : null;
    }

    /** How messages name it: 网站抽查情况/抽查合格率（%）第二季度. */
    String subject(Quarter q) {
        return row.subject() + (isQuarters() && q != null ? q.label() : "");
    }

    /** How messages quote it beside another row: 抽查网站数量 120, or 抽查网站数量第二季度 120. */
    String quote(Quarter q) {
        BigDecimal v = at(q);
        return row.label() + (isQuarters() && q != null ? q.label() : "") + " " + (v == null ? "（空）" : v.toPlainString());
    }
}
