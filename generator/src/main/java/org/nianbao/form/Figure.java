package org.nianbao.form;

/**
 * A value of one row of a report, with where it was written.
 *
 * @param computed whether nianbao computed it from other figures (the report left it out); then
 *                 {@code line} and {@code column} point at the figures it was computed from
 */
public record Figure(Row row, Value value, int line, int column, boolean computed) {

    public Figure(Row row, Value value, int line, int column) {
        this(row, value, line, column, false);
    }
}
