package org.nianbao.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Quarter;
import org.nianbao.form.Rounding;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Rule;
import org.nianbao.form.Value;

/**
 * Runs a form's arithmetic and consistency rules on one report, in the order the form lists them,
 * after the built-in rule of per-quarter rows (全年 = the sum of the quarters). Rules that derive a
 * figure the report left out (合计, 抽查比例 …) add it, marked computed; where the report gave it, they check it.
 * A rule whose rows the report's edition lacks is skipped.
 */
public final class Rules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private Rules() {
    }

    /** Checks {@code figures} (and adds the computed ones to it); problems go to {@code d}. */
    public static void check(FormDefinition form, Map<String, Figure> figures, int year, Diagnostics d) {
        Check c = new Check(form, figures, year, d);
        for (Figure f : new ArrayList<>(figures.values())) {
            if (f.row().type() == RowType.QUARTERS && f.row().yearSum()) {
                yearSum(c, new Operand(f.row(), f));
            }
        }
        for (Rule rule : form.rules()) {
            Severity s = rule.severity();
            if (rule instanceof Rule.LessOrEqual r) {
                lessOrEqual(c, s, c.operand(r.a()), c.operand(r.b()), r.quartersOnly(), why(r.why()));
            } else if (rule instanceof Rule.Sum r && MatrixRules.isMatrix(c, r.total())) {
                MatrixRules.sum(c, s, r);
            } else if (rule instanceof Rule.Sum r) {
                sum(c, s, r.total(), operands(c, r.parts()));
            } else if (rule instanceof Rule.ColumnSum r) {
                MatrixRules.columnSum(c, s, r);
            } else if (rule instanceof Rule.EqualSums r) {
                MatrixRules.equalSums(c, s, r);
            } else if (rule.acrossYears()) {
                continue; // by checkAcrossYears, once the column's reports are read
            } else if (rule instanceof Rule.AtLeastEach r) {
                atLeastEach(c, s, c.operand(r.total()), operands(c, r.parts()));
            } else if (rule instanceof Rule.ZeroImpliesZero r) {
                zeroImpliesZero(c, s, c.operand(r.a()), c.operand(r.b()), why(r.why()));
            } else if (rule instanceof Rule.AccountsFlag r) {
                accountsFlag(c, s, c.operand(r.flag()), operands(c, r.lists()),
                        r.lists().stream().map(c::row).filter(java.util.Objects::nonNull).map(Row::label).toList());
            } else if (rule instanceof Rule.JanuaryAfterYear r) {
                januaryAfterYear(c, s, c.operand(r.a()));
            } else if (rule instanceof Rule.Ratio r) {
                ratio(c, s, r);
            } else {
                throw new IllegalStateException("no check for " + rule); // a kind added to Rule but not here
            }
        }
    }

    /**
     * Runs the form's rules across years on one report's {@code figures}, against {@code last}: the figures
     * of the same body's report of the year before, named {@code lastName} in messages (2022 年度报告
     * （reports/2022/x.xxgk.md）). Problems go to {@code d}, the report's.
     */
    public static void checkAcrossYears(FormDefinition form, Map<String, Figure> figures, int year,
            Map<String, Figure> last, String lastName, Diagnostics d) {
        Check c = new Check(form, new java.util.LinkedHashMap<>(figures), year, d);
        for (Rule rule : form.rules()) {
            if (rule instanceof Rule.CarriedOver r) {
                MatrixRules.carriedOver(c, r.severity(), r, last, lastName);
            } else if (rule instanceof Rule.StockFlow r) {
                MatrixRules.stockFlow(c, r.severity(), r, last, lastName);
            }
        }
    }

    private static String why(String why) {
        return why.isEmpty() ? "" : "；" + why;
    }

    private static List<Operand> operands(Check c, List<String> paths) {
        List<Operand> out = new ArrayList<>();
        for (String path : paths) {
            if (c.row(path) == null) {
                return null; // the edition lacks a part: the rule does not apply
            }
            Operand o = c.operand(path);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** 全年 = 第一季度 + … + 第四季度: computed when left out, checked when given. */
    private static void yearSum(Check c, Operand o) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Quarter q : Quarter.QUARTERS) {
            sum = sum.add(o.at(q));
        }
        BigDecimal given = ((Value.Quarters) o.figure().value()).cells().containsKey(Quarter.YEAR) ? o.at(Quarter.YEAR) : null;
        if (given == null) {
            Map<Quarter, BigDecimal> v = new HashMap<>();
            v.put(Quarter.YEAR, sum);
            c.compute(o.row(), v, o);
        } else if (given.compareTo(sum) != 0) {
            c.report(Severity.ERROR, o, Quarter.YEAR, "填写 " + given.toPlainString() + "，各季度之和应为 " + sum.toPlainString());
        }
    }

    private static void lessOrEqual(Check c, Severity s, Operand a, Operand b, boolean quartersOnly, String why) {
        if (a == null || b == null) {
            return;
        }
        for (Quarter q : Check.positions(quartersOnly, a, b)) {
            BigDecimal x = a.at(q);
            BigDecimal y = b.at(q);
            if (x != null && y != null && x.compareTo(y) > 0) {
                c.report(s, a, q, "填写 " + x.toPlainString() + "，不应大于 " + b.quote(q) + why);
            }
        }
    }

    /** total = Σ parts; computes a derived total that the report left out. */
    private static void sum(Check c, Severity s, String totalPath, List<Operand> parts) {
        Row totalRow = c.row(totalPath);
        if (parts == null || parts.isEmpty() || totalRow == null) {
            return;
        }
        Operand total = c.operand(totalPath);
        Map<Quarter, BigDecimal> sums = new HashMap<>();
        for (Quarter q : Check.positions(false, parts.toArray(new Operand[0]))) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Operand p : parts) {
                BigDecimal v = p.at(q);
                sum = v == null || sum == null ? null : sum.add(v);
            }
            sums.put(q, sum);
            BigDecimal given = total == null ? null : total.at(q);
            if (given != null && sum != null && given.compareTo(sum) != 0 && !isComputed(total, q)) {
                List<String> quoted = parts.stream().map(p -> p.quote(q)).toList();
                c.report(s, total, q, "填写 " + given.toPlainString() + "，按 " + String.join("、", quoted)
                        + " 之和应为 " + sum.toPlainString());
            }
        }
        if (totalRow.derived()) {
            c.compute(totalRow, sums, parts.get(0));
        }
    }

    private static boolean isComputed(Operand o, Quarter q) {
        if (o.figure().value() instanceof Value.Quarters qs) {
            Value.Cell cell = qs.cells().get(q == null ? Quarter.YEAR : q);
            return cell != null && cell.computed();
        }
        return o.figure().computed();
    }

    private static void atLeastEach(Check c, Severity s, Operand total, List<Operand> parts) {
        if (total == null || parts == null) {
            return;
        }
        for (Operand p : parts) {
            for (Quarter q : Check.positions(false, total, p)) {
                BigDecimal t = total.at(q);
                BigDecimal v = p.at(q);
                if (t != null && v != null && t.compareTo(v) < 0) {
                    c.report(s, total, q, "填写 " + t.toPlainString() + "，小于其中的 " + p.quote(q));
                }
            }
        }
    }

    private static void zeroImpliesZero(Check c, Severity s, Operand a, Operand b, String why) {
        if (a == null || b == null) {
            return;
        }
        for (Quarter q : Check.positions(false, a, b)) {
            BigDecimal x = a.at(q);
            BigDecimal y = b.at(q);
            if (x != null && y != null && x.signum() == 0 && y.signum() != 0) {
                c.report(s, b, q, "填写 " + y.toPlainString() + "，但 " + a.quote(q) + "，此项应为 0" + why);
            }
        }
    }

    /** 是否有移动新媒体: 否 ⇒ no accounts; 是 ⇒ at least one. */
    private static void accountsFlag(Check c, Severity s, Operand flag, List<Operand> lists, List<String> names) {
        if (flag == null || lists == null) {
            return;
        }
        boolean yes = ((Value.YesNo) flag.figure().value()).value();
        List<Operand> nonEmpty = lists.stream()
                .filter(l -> !((Value.Accounts) l.figure().value()).accounts().isEmpty()).toList();
        if (!yes) {
            for (Operand l : nonEmpty) {
                c.report(s, l, null, "“" + flag.row().label() + "”填写为否，却填写了账号；请改为是，或删去账号");
            }
        } else if (nonEmpty.isEmpty()) {
            c.report(s, flag, null, "填写为是，但未填写任何" + String.join("、", names) + "账号；请填写账号，或改为否");
        }
    }

    private static void januaryAfterYear(Check c, Severity s, Operand date) {
        if (date == null) {
            return;
        }
        LocalDate d = ((Value.Date) date.figure().value()).value();
        if (d.getYear() != c.year + 1 || d.getMonthValue() != 1) {
            c.report(s, date, null, "填写 " + d + "，一般应在 " + (c.year + 1) + " 年 1 月内填报");
        }
    }

    /**
     * target = (part − minus) / whole × 100, per quarter where the rows are per quarter. A given target
     * must equal the exact value rounded to the target row's decimals ({@code rounding}: half-up unless
     * the rule says half-even or down), as the official tables print it; one left out is computed so.
     * 全年: {@code year: mean} takes the mean of the quarters' exact values, {@code year: ratio} the same
     * formula on the 全年 values.
     */
    private static void ratio(Check c, Severity s, Rule.Ratio p) {
        Row targetRow = c.row(p.target());
        Operand part = c.operand(p.part());
        Operand minus = p.minus() != null ? c.operand(p.minus()) : null;
        Operand whole = c.operand(p.whole());
        if (targetRow == null || part == null || whole == null || (p.minus() != null && minus == null)) {
            return;
        }
        Rounding rounding = p.rounding();
        int decimals = targetRow.decimals();
        boolean yearMean = p.yearMean();
        Operand target = c.operand(p.target());
        Map<Quarter, Fraction> exact = new HashMap<>();
        List<Quarter> positions = Check.positions(false, part, whole, target);
        for (Quarter q : positions) {
            exact.put(q, q == Quarter.YEAR && yearMean ? mean(exact) : ratio(part.at(q), minus == null ? null : minus.at(q), whole.at(q)));
        }
        Map<Quarter, BigDecimal> rounded = new HashMap<>();
        exact.forEach((q, v) -> rounded.put(q, v == null ? null : v.round(decimals, rounding.mode())));
        for (Quarter q : positions) {
            BigDecimal given = target == null ? null : target.at(q);
            BigDecimal expected = rounded.get(q);
            if (given == null || expected == null || isComputed(target, q) || given.compareTo(expected) == 0) {
                continue;
            }
            String from = part.quote(q) + (minus == null ? "" : " 和 " + minus.quote(q))
                    + (whole.row() == part.row() ? "" : " 和 " + whole.quote(q));
            String how = q == Quarter.YEAR && yearMean ? "按各季度的平均值" : "按 " + from;
            c.report(s, target, q, "填写 " + given.toPlainString() + "，" + how + " 应为 " + expected.toPlainString()
                    + "（" + rounding.label() + "保留 " + decimals + " 位小数）");
        }
        c.compute(targetRow, rounded, part);
    }

    private static Fraction ratio(BigDecimal part, BigDecimal minus, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        BigDecimal top = minus == null ? part : part.subtract(minus);
        return new Fraction(top.multiply(HUNDRED), whole);
    }

    /** The mean of the quarters' ratios, as an exact fraction: a mean can lie exactly on a rounding boundary. */
    private static Fraction mean(Map<Quarter, Fraction> values) {
        Fraction sum = null;
        int n = 0;
        for (Quarter q : Quarter.QUARTERS) {
            Fraction v = values.get(q);
            if (v != null) {
                sum = sum == null ? v : sum.plus(v);
                n++;
            }
        }
        return n == 0 ? null : new Fraction(sum.top(), sum.bottom().multiply(BigDecimal.valueOf(n)));
    }

    /**
     * top / bottom, kept exact (the operands are decimals, so their products are exact) and rounded only
     * once, as the form prints it: rounding an already rounded quotient can cross a boundary.
     */
    private record Fraction(BigDecimal top, BigDecimal bottom) {
        Fraction plus(Fraction o) {
            return new Fraction(top.multiply(o.bottom).add(o.top.multiply(bottom)), bottom.multiply(o.bottom));
        }

        BigDecimal round(int decimals, RoundingMode mode) {
            return top.divide(bottom, decimals, mode);
        }
    }
}
