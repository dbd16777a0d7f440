package org.nianbao.form;

/**
 * An edition of a form: the rows it has differ from other editions'.
 *
 * @param from first reporting year it is the default for
 * @param to   last reporting year it is the default for, or 0 for open-ended
 */
public record Edition(String id, String label, int from, int to) {

    public boolean coversYear(int year) {
        return year >= from && (to == 0 || year <= to);
    }
}
