package org.nianbao.form;

/** A value of one row of a report, with where it was written. */
public record Figure(Row row, Value value, int line, int column) {
}
