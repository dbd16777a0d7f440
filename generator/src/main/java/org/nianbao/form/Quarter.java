package org.nianbao.form;

import java.util.List;

/** The columns of the supervision report's per-quarter rows. */
public enum Quarter {
    Q1("第一季度"),
    Q2("第二季度"),
    Q3("第三季度"),
    Q4("第四季度"),
    YEAR("全年");

    /** The four quarters, without 全年. */
    public static final List<Quarter> QUARTERS = List.of(Q1, Q2, Q3, Q4);

    private final String label;

    Quarter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static java.util.stream.Stream<Quarter> stream() {
        return java.util.Arrays.stream(values());
    }

    /** The quarter written as {@code label}, or {@code null}. */
    public static Quarter of(String label) {
        for (Quarter q : values()) {
            if (q.label.equals(label) || q.name().equalsIgnoreCase(label)) {
                return q;
            }
        }
        return null;
    }
}
