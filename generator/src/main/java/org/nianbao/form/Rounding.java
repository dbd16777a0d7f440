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

    /** The rounding named {@code id} in a form definition; {@code null} (not given) is half-up, as official tables print. */
    public static Rounding of(Object id) {
        if (id == null) {
            return HALF_UP;
        }
        for (Rounding r : values()) {
            if (r.id.equals(String.valueOf(id))) {
                return r;
            }
        }
        throw new IllegalArgumentException("rounding 应为 half-up、half-even 或 down，而不是 " + id);
    }
}
