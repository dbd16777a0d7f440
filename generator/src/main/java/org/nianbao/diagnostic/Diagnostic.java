package org.nianbao.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem in the sources, located precisely enough for a webmaster to fix it.
 *
 * @param file    path relative to the source folder, with forward slashes
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param subject what the problem is about, e.g. {@code 信息发布/总数（条）}; empty when not a form row
 */
public record Diagnostic(Severity severity, String file, int line, int column, String subject, String message) {

    /** Order of reporting: by file, then position. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: 标签（单位）: message}, the format of every problem nianbao prints. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        s.append(": ");
        if (severity == Severity.WARNING) {
            s.append("警告: ");
        }
        if (!subject.isEmpty()) {
            s.append(subject).append(": ");
        }
        return s.append(message).toString();
    }

    /**
     * As {@link #toString()}, with the file resolved against {@code sourceDirectory}, so that IDEs and
     * terminals can link the message to the file.
     */
    public String toString(Path sourceDirectory) {
        return sourceDirectory.resolve(file) + toString().substring(file.length());
    }
}
