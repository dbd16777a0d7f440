package org.nianbao.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file; every stage reports into one and goes on, so all are shown at once. */
public final class Diagnostics {
    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(int line, int column, String subject, String message) {
        list.add(new Diagnostic(Severity.ERROR, file, line, column, subject, message));
    }

    public void warning(int line, int column, String subject, String message) {
        list.add(new Diagnostic(Severity.WARNING, file, line, column, subject, message));
    }

    /** One found elsewhere, such as while the file was read. */
    public void add(Diagnostic found) {
        list.add(found);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> list() {
        return List.copyOf(list);
    }
}
