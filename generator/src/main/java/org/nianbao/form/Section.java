package org.nianbao.form;

import java.util.List;

/** A section of a form, such as 信息发布, holding its rows in the form's order. */
public record Section(String id, String label, List<Row> rows) {
    public Section {
        rows = List.copyOf(rows);
    }
}
