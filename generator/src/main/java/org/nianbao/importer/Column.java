package org.nianbao.importer;

import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Row;

/**
 * One column of an import CSV and what its head names: 代号, 年度 or 发布日期 ({@code meta}), a row of
 * the form ({@code row}), a field of one numbered account of a list ({@code row}, {@code account},
 * {@code field}), or one column of a matrix row ({@code row}, {@code cell}: 三、…/一、本年新收…/自然人).
 *
 * @param index 0-based position in the CSV
 */
record Column(int index, String meta, Row row, int account, Row field, MatrixColumn cell) {

    Column(int index, String meta, Row row, int account, Row field) {
        this(index, meta, row, account, field, null);
    }

    static Column meta(int index, String head) {
        return new Column(index, head, null, 0, null);
    }

    /** The column's number as spreadsheets and messages count: 1 for the first. */
    int number() {
        return index + 1;
    }

    /** How messages name it: the canonical head with the unit, e.g. 信息发布/总数（条）. */
    String subject() {
        if (meta != null) {
            return meta;
        }
        if (cell != null) {
            return row.subject(cell);
        }
        if (field != null) {
            return CsvHeads.account(row, account, field) + (field.unit().isEmpty() ? "" : "（" + field.unit() + "）");
        }
        return row.subject();
    }
}
