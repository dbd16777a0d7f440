package org.nianbao.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the column's pages and charts print a figure: every whole part grouped by thousands with ","
 * (1,234 and 34,322,495), decimals as the report gives them (98.5, 100.0). Tables, chart labels, alt texts
 * and chart data tables all use it, so one figure reads the same everywhere; data downloads (CSV, JSON,
 * workbooks) and form inputs keep the plain digits.
 */
public final class FigureFormat {
    private FigureFormat() {
    }

    /** A figure as pages show it: {@code 34322495} → {@code 34,322,495}, {@code -1234.50} → {@code -1,234.50}. */
    public static String of(BigDecimal v) {
        return grouped(v.toPlainString());
    }

    public static String of(long v) {
        return grouped(Long.toString(v));
    }

    /** A value's text as pages show it: counts and decimals grouped, any other value as {@link Value#display()}. */
    public static String of(Value v) {
        if (v instanceof Value.Count c) {
            return of(c.value());
        }
        if (v instanceof Value.Decimal d) {
            return of(d.value());
        }
        if (v instanceof Value.Quarters q) {
            StringBuilder s = new StringBuilder();
            q.cells().forEach((quarter, cell) -> s.append(s.length() == 0 ? "" : "，")
                    .append(quarter.label()).append(' ').append(of(cell.value())));
            return s.toString();
        }
        return v.display();
    }

    /**
     * The same grouping for a chart's axis, whose ticks are doubles: at most two decimals, none when
     * whole (0, 2,500, 0.25), the same in every locale.
     */
    public static NumberFormat axis() {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    private static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder s = new StringBuilder(plain.length() + 8).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                s.append(',');
            }
            s.append(plain.charAt(i));
        }
        return s.append(plain, end, plain.length()).toString();
    }
}
