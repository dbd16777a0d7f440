package org.nianbao.form;

import java.math.RoundingMode;

/** How a derived figure's exact value becomes the number the form prints: a ratio rule's {@code rounding}. */
public enum Rounding {
    HALF_UP("half-up", RoundingMode.HALF_UP, "四舍五入"),
    HALF_EVEN("half-even", RoundingMode.HALF_EVEN, "四舍六入五成双"),
    DOWN("down", RoundingMode.DOWN, "直接舍去多余位数");

    private final String id;
    private final RoundingMode mode;
    private final String label;

    Rounding(String id, RoundingMode mode, String label) {
        this.id = id;
        this.mode = mode;
        this.label = label;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** How messages say it: 四舍五入. */
    public String label() {
        return label;
    }

    /** The rounding a form definition names {@code id} ({@code half-up}, {@code half-even}, {@code down}), if any. */
    public static java.util.Optional<Rounding> named(String id) {
        for (Rounding r : values()) {
            if (r.id.equals(id)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
