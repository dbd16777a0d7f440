package org.nianbao.render;

/**
 * One cell of a rendered form table.
 *
 * @param key      for value cells, the row's label path (信息发布/总数), so that readers and tests can find it
 * @param scope    for header cells: {@code row}, {@code rowgroup} or {@code col}; empty for value cells
 * @param kind     a CSS hint: {@code number}, {@code text}, {@code url} (a web address, shown as a link), {@code code}
 *                 (a code, phone number or date: kept whole where the column can grow), {@code yesno}, {@code none}
 *                 (an optional row left empty) …
 * @param computed whether nianbao computed the value because the report left it out
 */
public record Cell(String text, String key, String scope, int rowspan, int colspan, String kind, boolean computed) {

    static Cell header(String text, String scope, int rowspan, int colspan) {
        return new Cell(text, "", scope, rowspan, colspan, "", false);
    }

    static Cell value(String text, String key, String kind) {
        return new Cell(text, key, "", 1, 1, kind, false);
    }

    Cell spanning(int columns) {
        return new Cell(text, key, scope, rowspan, columns, kind, computed);
    }

    public boolean isHeader() {
        return !scope.isEmpty();
    }
}
