package org.nianbao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.form.Figure;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Value;
import org.nianbao.model.Report;

/**
 * A report's figures as open data ({@code report.json}): every row of its form and edition with its
 * labels, unit and value, and which values nianbao computed. Rows come from the same definition as
 * the page's table, so an override of the form changes both alike.
 */
final class ReportJson {
    private ReportJson() {
    }

    static String of(Report r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("form", r.form().id());
        root.put("title", r.form().title());
        root.put("edition", r.form().edition().id());
        root.put("year", r.year());
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("slug", r.site().slug());
        site.put("name", r.site().name());
        site.put("level", r.site().level());
        root.put("site", site);
        root.put("published", r.published().toString());
        List<Object> rows = new ArrayList<>();
        for (Row row : r.form().leafRows()) {
            Figure f = r.figures().get(row.path());
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", row.path());
            o.put("labels", row.labels());
            o.put("unit", row.unit());
            // 网站总数 given per quarter is a per-quarter row for the reader
            o.put("type", f != null && f.value() instanceof Value.Quarters ? RowType.QUARTERS.id() : row.type().id());
            o.put("value", f == null ? null : value(row, f.value()));
            o.put("computed", f == null ? false : computed(f));
            rows.add(o);
        }
        root.put("rows", rows);
        return Json.write(root);
    }

    private static Object value(Row row, Value v) {
        if (v instanceof Value.Count c) {
            return c.value();
        }
        if (v instanceof Value.Decimal d) {
            return d.value();
        }
        if (v instanceof Value.YesNo y) {
            return y.value();
        }
        if (v instanceof Value.Choices c) {
            return c.chosen();
        }
        if (v instanceof Value.Quarters q) {
            Map<String, Object> m = new LinkedHashMap<>();
            q.cells().forEach((quarter, cell) -> m.put(quarter.label(), cell.value()));
            return m;
        }
        if (v instanceof Value.Matrix m) {
            // by the column's label path (法人或其他组织/商业企业), in the form's order
            Map<String, Object> cells = new LinkedHashMap<>();
            for (org.nianbao.form.MatrixColumn c : row.columns()) {
                cells.put(c.labelPath(), m.at(c.id()));
            }
            return cells;
        }
        if (v instanceof Value.Accounts a) {
            List<Object> list = new ArrayList<>();
            for (Value.Account acc : a.accounts()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Row field : row.children()) {
                    m.put(field.label(), value(field, acc.fields().get(field.id())));
                }
                list.add(m);
            }
            return list;
        }
        return v.display();
    }

    /** {@code true}/{@code false}, or for a per-quarter row the quarters that were computed. */
    private static Object computed(Figure f) {
        if (f.value() instanceof Value.Quarters q) {
            List<String> computed = new ArrayList<>();
            for (Quarter quarter : Quarter.values()) {
                Value.Cell c = q.cells().get(quarter);
                if (c != null && c.computed()) {
                    computed.add(quarter.label());
                }
            }
            return computed;
        }
        return f.computed();
    }
}
