package org.nianbao.render;

/** A template failed: a mistake in a theme or a site's own templates (trusted code), located for its author. */
public final class TemplateException extends RuntimeException {
    private final String template;
    private final int line;

    TemplateException(String template, int line, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
        this.line = line;
    }

    /** The template's name, e.g. {@code report.peb}. */
    public String template() {
        return template;
    }

    /** 1-based line in the template, or 0 when unknown. */
    public int line() {
        return line;
    }
}
