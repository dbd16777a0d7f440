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
}
