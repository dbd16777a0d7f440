package org.nianbao.diagnostic;

/** How bad a problem is: errors fail the build, warnings are reported. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese word shown to users. */
    public String label() {
        return label;
    }
}
