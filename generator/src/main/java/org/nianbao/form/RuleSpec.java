package org.nianbao.form;

import java.util.Map;
import org.nianbao.diagnostic.Severity;

/**
 * A rule as written in a form definition: its kind, severity and parameters (row paths and options).
 * {@link org.nianbao.rules.Rules} turns it into a check.
 */
public record RuleSpec(String kind, Severity severity, Map<String, Object> params) {
    public RuleSpec {
        params = Map.copyOf(params);
    }
}
