package org.nianbao.form;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a form: a figure, a sub-group of rows, a list of accounts, or a per-quarter row.
 *
 * @param path     dotted ids from the section down, e.g. {@code interpret.releases.total}; stable across labels
 * @param labels   the Chinese labels from the section down, e.g. [解读回应, 解读信息发布, 总数]
 * @param unit     the unit printed on the form (条, 个, % …), empty when none
 * @param optional whether a report may leave it out
 * @param pattern  for {@link RowType#CODE}: what the text must match
 * @param expect   for {@link RowType#CODE}: an example of a good value, shown in errors
 * @param children rows of a group, or the fields of each account
 * @param options  for {@link RowType#CHOICES}: the allowed options, in the form's order
 * @param of       for {@link RowType#QUARTERS}: the type of each value ({@code COUNT} or {@code PERCENT})
 * @param yearSum  for {@link RowType#QUARTERS}: 全年 is the sum of the quarters
 * @param derived  computed by a rule when the report leaves it out
 * @param since    the first edition that has this row, or empty
 * @param until    the last edition that has this row, or empty
 * @param quarterly for a {@link RowType#COUNT}: may also be given per quarter (网站总数); one value then
 *                 means every quarter
 * @param decimals the decimals the form prints (percentages: 1); a derived figure must equal its exact
 *                 value rounded to them
 * @param columns  for {@link RowType#MATRIX}: its columns, in the form's order (given on the row, or on a
 *                 group or section above it)
 * @param heading  for {@link RowType#MATRIX}: what the columns are, as messages name them (申请人), or empty
 */
public record Row(String id, String path, List<String> labels, String unit, RowType type, boolean optional,
        Pattern pattern, String expect, List<Row> children, List<String> options, RowType of, boolean yearSum,
        boolean derived, String since, String until, boolean quarterly, int decimals, List<MatrixColumn> columns,
        String heading) {

    public Row {
        labels = List.copyOf(labels);
        children = List.copyOf(children);
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    /** The same row with other labels (a site's dated rename) or children (an edition's). */
    Row with(List<String> newLabels, List<Row> newChildren) {
        return new Row(id, path, newLabels, unit, type, optional, pattern, expect, newChildren, options, of, yearSum,
                derived, since, until, quarterly, decimals, columns, heading);
    }

    /** The label printed on the form, e.g. 总数. */
    public String label() {
        return labels.get(labels.size() - 1);
    }

    /** The label with its unit, as in the form's header cells: 总数（条）. */
    public String labelWithUnit() {
        return unit.isEmpty() ? label() : label() + "（" + unit + "）";
    }

    /** How errors name this row: the labels from the section down, and the unit, e.g. 信息发布/总数（条）. */
    public String subject() {
        String s = String.join("/", labels);
        return unit.isEmpty() ? s : s + "（" + unit + "）";
    }

    /** The key path webmasters write, as in the form: 信息发布/总数. */
    public String labelPath() {
        return String.join("/", labels);
    }

    /** Whether a report may leave it out: optional, or computed from other figures. */
    public boolean mayBeOmitted() {
        return optional || derived;
    }

    /** The type of one value: {@link #of()} for per-quarter rows, else the row's own type. */
    public RowType valueType() {
        return type == RowType.QUARTERS || type == RowType.MATRIX ? of : type;
    }

    /** The column {@code id} of a matrix row, if it has one. */
    public java.util.Optional<MatrixColumn> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    /** How messages name one cell of a matrix row: 三、…/一、本年新收政府信息公开申请数量（件）/申请人：自然人. */
    public String subject(MatrixColumn c) {
        return subject() + "/" + (heading.isEmpty() ? "" : heading + "：") + c.labelPath();
    }
}
