package org.nianbao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.form.Figure;
import org.nianbao.form.FigureFormat;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Value;
import org.nianbao.model.Report;
import org.nianbao.render.Views.TrendRow;

/** A site page's table: each of a form's rows with its values in the site's reports, a column a year. */
final class TrendRows {
    private TrendRows() {
    }

    /** The rows of {@code form}; a row a report's own edition lacks shows as "—". */
    static List<TrendRow> of(FormDefinition form, List<Report> reports) {
        List<TrendRow> rows = new ArrayList<>();
        for (Row row : form.leafRows()) {
            List<String> values = reports.stream().map(r -> r.form().row(row.path()).isEmpty() ? "—"
                    : value(row, r.figures().get(row.path()))).toList();
            String label = String.join("/", row.labels().subList(1, row.labels().size()));
            rows.add(new TrendRow(row.labels().get(0), row.unit().isEmpty() ? label : label + "（" + row.unit() + "）",
                    FormTable.kindOf(row), values));
        }
        return rows;
    }

    /** A value as the site page's year columns show it: accounts by name with their figures. */
    private static String value(Row row, Figure f) {
        if (f == null) {
            return "无";
        }
        if (f.value() instanceof Value.Accounts a) {
            if (a.accounts().isEmpty()) {
                return "无";
            }
            return a.accounts().stream().map(acc -> {
                List<String> parts = new ArrayList<>();
                for (Row field : row.children()) {
                    Value v = acc.fields().get(field.id());
                    parts.add(field.type() == RowType.TEXT ? v.display()
                            : field.label() + " " + FigureFormat.of(v) + field.unit());
                }
                return parts.get(0) + "（" + String.join("，", parts.subList(1, parts.size())) + "）";
            }).collect(Collectors.joining("；"));
        }
        return FigureFormat.of(f.value());
    }
}
