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
import org.nianbao.render.Views.EditionSpan;
import org.nianbao.render.Views.TrendRow;

/** A site page's table: each of a form's rows with its values in the site's reports, a column a year. */
final class TrendRows {
    private TrendRows() {
    }

    /** The rows of {@code form}; a row a report's own edition lacks shows as "—". */
    static List<TrendRow> of(FormDefinition form, List<Report> reports) {
        List<TrendRow> rows = new ArrayList<>();
        for (Row row : form.leafRows()) {
            List<Boolean> absent = reports.stream().map(r -> r.form().row(row.path()).isEmpty()).toList();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                values.add(absent.get(i) ? "—" : value(row, reports.get(i).figures().get(row.path())));
            }
            String label = String.join("/", row.labels().subList(1, row.labels().size()));
            rows.add(new TrendRow(row.labels().get(0), row.unit().isEmpty() ? label : label + "（" + row.unit() + "）",
                    FormTable.kindOf(row), values, absent));
        }
        return rows;
    }

    /** The editions the year columns follow, adjacent years of one edition as one span. */
    static List<EditionSpan> editions(List<Report> reports) {
        List<EditionSpan> spans = new ArrayList<>();
        for (Report r : reports) {
            String label = r.form().edition() == null ? "" : r.form().edition().label();
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last).label().equals(label)) {
                spans.set(last, new EditionSpan(label, spans.get(last).span() + 1));
            } else {
                spans.add(new EditionSpan(label, 1));
            }
        }
        return spans;
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
