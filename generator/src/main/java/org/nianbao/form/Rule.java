package org.nianbao.form;

import java.util.List;
import org.nianbao.diagnostic.Severity;

/**
 * A rule of a form, with its parameters checked when the form was loaded: every row path names a
 * row of some edition. {@link org.nianbao.rules.Rules} runs it on a report; a rule whose rows the
 * report's edition lacks is skipped. The kinds and their parameters, as form files write them, are
 * read by {@code RuleReader}.
 */
public sealed interface Rule {
    /** Whether a failure is an error or a warning. */
    Severity severity();

    /** {@code le}: a ≤ b, per quarter where the rows are; {@code why}: said after the message, or empty. */
    record LessOrEqual(Severity severity, String a, String b, boolean quartersOnly, String why) implements Rule {
    }

    /** {@code sum}: total = the sum of the parts; a derived total the report left out is computed. */
    record Sum(Severity severity, String total, List<String> parts) implements Rule {
        public Sum {
            parts = List.copyOf(parts);
        }
    }

    /** {@code ge-each}: total ≥ each part (the total may hold other kinds). */
    record AtLeastEach(Severity severity, String total, List<String> parts) implements Rule {
        public AtLeastEach {
            parts = List.copyOf(parts);
        }
    }

    /** {@code zero-implies-zero}: a = 0 ⇒ b = 0. */
    record ZeroImpliesZero(Severity severity, String a, String b, String why) implements Rule {
    }

    /** {@code accounts-flag}: 是/否 at {@code flag} agrees with the account lists. */
    record AccountsFlag(Severity severity, String flag, List<String> lists) implements Rule {
        public AccountsFlag {
            lists = List.copyOf(lists);
        }
    }

    /** {@code january-after-year}: the date at {@code a} lies in January of the year after the report's. */
    record JanuaryAfterYear(Severity severity, String a) implements Rule {
    }

    /**
     * {@code ratio}: target = (part − minus) / whole × 100, rounded to the target row's decimals.
     *
     * @param minus    a row to subtract from part, or {@code null}
     * @param yearMean 全年 is the mean of the quarters' exact values ({@code year: mean}), not the
     *                 formula on the 全年 values ({@code year: ratio}, the default)
     */
    record Ratio(Severity severity, String target, String part, String minus, String whole, Rounding rounding,
            boolean yearMean) implements Rule {
    }

    /**
     * {@code column-sum}: in each of {@code rows} (matrix rows), the cell of column {@code total} = the
     * sum of the cells of columns {@code parts}: part 三's 总计 = the applicants' columns.
     */
    record ColumnSum(Severity severity, List<String> rows, String total, List<String> parts) implements Rule {
        public ColumnSum {
            rows = List.copyOf(rows);
            parts = List.copyOf(parts);
        }
    }

    /** {@code equal-sums}: Σ left = Σ right, column by column for matrix rows (新收 + 结转 = 办理 + 结转下年度). */
    record EqualSums(Severity severity, List<String> left, List<String> right) implements Rule {
        public EqualSums {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /**
     * {@code carried-over}, across years: row {@code this} of a report = row {@code last} of the same
     * body's report of the year before, column by column, when the column holds that report.
     */
    record CarriedOver(Severity severity, String thisRow, String lastRow) implements Rule {
    }

    /**
     * {@code stock-flow}, across years: in each of {@code rows}, column {@code stock} = last year's
     * {@code stock} + this year's {@code in} − this year's {@code out} (现行有效件数; amendments make it inexact).
     */
    record StockFlow(Severity severity, List<String> rows, String stock, String in, String out) implements Rule {
        public StockFlow {
            rows = List.copyOf(rows);
        }
    }

    /** Whether it compares a report with the same body's report of the year before. */
    default boolean acrossYears() {
        return this instanceof CarriedOver || this instanceof StockFlow;
    }
}
