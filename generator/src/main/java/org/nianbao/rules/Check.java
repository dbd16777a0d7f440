package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Value;

/** What a rule works on: one report's figures (rules may add computed ones), its year, and where problems go. */
final class Check {
    private static final BigDecimal MAX_EXACT = BigDecimal.valueOf(Value.MAX_EXACT);
    final FormDefinition form;
    final Map<String, Figure> figures;
    final int year;
    private final Diagnostics d;

    Check(FormDefinition form, Map<String, Figure> figures, int year, Diagnostics d) {
        this.form = form;
        this.figures = figures;
        this.year = year;
        this.d = d;
    }

    /** The operand at {@code path}, or {@code null} when the report (or its edition) has no such figure. */
    Operand operand(String path) {
        Figure f = figures.get(path);
        return f == null ? null : new Operand(f.row(), f);
    }

    Row row(String path) {
        return form.row(path).orElse(null);
    }

    void report(Severity severity, Operand at, Quarter q, String message) {
        report(severity, at.line(q), at.column(q), at.subject(q), message);
    }

    void report(Severity severity, int line, int column, String subject, String message) {
        if (severity == Severity.ERROR) {
            d.error(line, column, subject, message);
        } else {
            d.warning(line, column, subject, message);
        }
    }

    /** The positions to check: each quarter and 全年 when any operand is per-quarter, else one. */
    static List<Quarter> positions(boolean quartersOnly, Operand... operands) {
        for (Operand o : operands) {
            if (o != null && o.isQuarters()) {
                return quartersOnly ? Quarter.QUARTERS : List.of(Quarter.values());
            }
        }
        List<Quarter> single = new ArrayList<>();
        single.add(null);
        return single;
    }

    /**
     * Sets computed values of {@code row} where the report left them out; {@code where} locates what
     * they were computed from. Values the report gave are kept.
     */
    void compute(Row row, Map<Quarter, BigDecimal> values, Operand where) {
        for (Map.Entry<Quarter, BigDecimal> e : values.entrySet()) {
            BigDecimal v = e.getValue();
            if (v != null && row.valueType() == RowType.COUNT && v.compareTo(MAX_EXACT) > 0) {
                Quarter q = row.type() == RowType.QUARTERS ? (e.getKey() == null ? Quarter.YEAR : e.getKey()) : null;
                report(Severity.ERROR, where.line(q), where.column(q), row.subject() + (q == null ? "" : q.label()),
                        "计算得 " + v.toPlainString() + "，超过上限 " + Value.MAX_EXACT
                                + "（report.json 的读者用 JavaScript 时，更大的整数无法精确表示）");
                return;
            }
        }
        Figure given = figures.get(row.path());
        int line = where.line(null);
        int column = where.column(null);
        if (row.type() == RowType.QUARTERS) {
            Map<Quarter, Value.Cell> cells = new EnumMap<>(Quarter.class);
            if (given != null) {
                cells.putAll(((Value.Quarters) given.value()).cells());
            }
            values.forEach((q, v) -> {
                if (v != null && !cells.containsKey(q)) {
                    cells.put(q, new Value.Cell(v, true, where.line(q), where.column(q)));
                }
            });
            boolean allComputed = cells.values().stream().allMatch(Value.Cell::computed);
            figures.put(row.path(), new Figure(row, new Value.Quarters(cells),
                    given != null ? given.line() : line, given != null ? given.column() : column, allComputed));
        } else if (given == null && values.get(null) != null) {
            BigDecimal v = values.get(null);
            Value value = row.type() == RowType.COUNT ? new Value.Count(v.longValueExact()) : new Value.Decimal(v);
            figures.put(row.path(), new Figure(row, value, line, column, true));
        }
    }
}
