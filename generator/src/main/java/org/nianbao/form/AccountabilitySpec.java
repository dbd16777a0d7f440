package org.nianbao.form;

import java.util.List;

/**
 * How 问责人次 is computed from raw records: which group holds the per-form rows, which row is the
 * total, the forms from lightest to heaviest, and the form that needs an explicit rank (其他).
 */
public record AccountabilitySpec(String group, String total, List<String> order, String other) {
    public AccountabilitySpec {
        order = List.copyOf(order);
    }
}
