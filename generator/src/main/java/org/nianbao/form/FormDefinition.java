package org.nianbao.form;

import java.util.ArrayList;
import java.util.List;

/** A form, such as 《政府网站工作年度报表》, as data: its sections and rows in the official order. */
public record FormDefinition(String id, String title, List<Section> sections) {

    public FormDefinition {
        sections = List.copyOf(sections);
    }

    /** Every row that holds a value (not groups), depth first, in the form's order. */
    public List<Row> leafRows() {
        List<Row> out = new ArrayList<>();
        for (Section s : sections) {
            collect(s.rows(), out);
        }
        return out;
    }

    private static void collect(List<Row> rows, List<Row> out) {
        for (Row r : rows) {
            if (r.type() == RowType.GROUP) {
                collect(r.children(), out);
            } else {
                out.add(r);
            }
        }
    }
}
