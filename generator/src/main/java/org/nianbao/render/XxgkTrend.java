package org.nianbao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.form.Figure;
import org.nianbao.form.FigureFormat;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.form.Value;
import org.nianbao.model.Report;
import org.nianbao.render.Views.TrendRow;

/**
 * A body page's table: the main figures of its 政府信息公开工作年度报告, a column a year. A matrix row with a
 * 总计 column (part 三's) shows that column; any other (parts 二 and 四) every column.
 */
final class XxgkTrend {
    /** The id of the column that sums a row's others (part 三's 总计). */
    static final String TOTAL = "total";

    private XxgkTrend() {
    }

    static List<TrendRow> of(FormDefinition form, List<Report> reports) {
        List<TrendRow> rows = new ArrayList<>();
        for (Row row : form.leafRows()) {
            if (row.type() != RowType.MATRIX) {
                continue;
            }
            String label = String.join("/", row.labels().subList(1, row.labels().size()));
            List<MatrixColumn> columns = row.column(TOTAL).map(List::of).orElse(row.columns());
            for (MatrixColumn c : columns) {
                List<Boolean> absent = reports.stream().map(r -> r.form().row(row.path()).isEmpty()).toList();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < reports.size(); i++) {
                    Figure f = reports.get(i).figures().get(row.path());
                    BigDecimal v = f == null ? null : ((Value.Matrix) f.value()).at(c.id());
                    values.add(absent.get(i) ? "—" : v == null ? "无" : FigureFormat.of(v));
                }
                String unit = row.unit().isEmpty() ? "" : "（" + row.unit() + "）";
                rows.add(new TrendRow(row.labels().get(0), label + "/" + c.labelPath() + unit, "number", values, absent));
            }
        }
        return rows;
    }

    /** The labels of the sections that have matrix rows. */
    static List<String> sections(FormDefinition form) {
        return form.sections().stream().filter(s -> s.rows().stream().anyMatch(XxgkTrend::hasMatrix))
                .map(Section::label).toList();
    }

    private static boolean hasMatrix(Row r) {
        return r.type() == RowType.MATRIX || r.children().stream().anyMatch(XxgkTrend::hasMatrix);
    }
}
