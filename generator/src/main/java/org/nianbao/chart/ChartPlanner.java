package org.nianbao.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nianbao.chart.ChartDefinition.AccountField;
import org.nianbao.chart.ChartDefinition.By;
import org.nianbao.chart.ChartDefinition.Scope;
import org.nianbao.chart.ChartDefinition.SeriesRows;
import org.nianbao.chart.ChartSpec.Series;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.Value;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.plan.ColumnLayout;

/** Turns chart definitions and a column's reports into the specs of every chart to draw. */
final class ChartPlanner {
    private final Column column;
    private final FormDefinition form;
    private final ChartDefinitions definitions;
    private final ColumnLayout layout;

    public ChartPlanner(Column column, ColumnLayout layout, FormDefinition form, ChartDefinitions definitions) {
        this.column = column;
        this.layout = layout;
        this.form = form;
        this.definitions = definitions;
    }

    /**
     * The charts of one report, by the report's own form; a chart with nothing to show (no accounts)
     * is left out.
     */
    public List<ChartSpec> report(Report r) {
        List<ChartSpec> specs = new ArrayList<>();
        String source = sponsor(r);
        for (ChartDefinition d : definitions.of(r.form().id(), Scope.REPORT)) {
            String path = layout.reportChart(r, d.name());
            String title = r.site().name() + r.year() + "年度" + d.title();
            String period = r.year() + "年度";
            if (!d.accounts().isEmpty()) {
                accounts(d, r, path, title, source, period).ifPresent(specs::add);
            } else if (!d.series().isEmpty()) {
                List<Series> series = new ArrayList<>();
                for (SeriesRows s : d.series()) {
                    series.add(new Series(s.label(), s.rows().stream().map(p -> number(r, p)).toList()));
                }
                List<String> present = allPaths(d).stream().filter(p -> ChartDefinitions.row(r.form(), p) != null).toList();
                specs.add(new ChartSpec(path, d.type(), title, unit(rows(r.form(), present)), source, period,
                        "项目", d.categories(), series, r.file()));
            } else {
                // an older edition may lack some rows (2017年版 has no 自然人/法人办件量): chart what it has
                List<String> present = d.rows().stream().filter(p -> ChartDefinitions.row(r.form(), p) != null).toList();
                if (present.isEmpty()) {
                    continue;
                }
                List<Row> rows = rows(r.form(), present);
                specs.add(new ChartSpec(path, d.type(), title, unit(rows), source, period, "项目",
                        rows.stream().map(ChartPlanner::label).toList(),
                        List.of(new Series("数量", present.stream().map(p -> number(r, p)).toList())), r.file()));
            }
        }
        return specs;
    }

    private Optional<ChartSpec> accounts(ChartDefinition d, Report r, String path, String title,
            String source, String period) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (AccountField a : d.accounts()) {
            Row list = ChartDefinitions.row(r.form(), a.row());
            Row field = list.children().stream().filter(f -> f.id().equals(a.field())).findFirst().orElseThrow();
            units.add(field.unit());
            Figure f = r.figures().get(a.row());
            if (f != null && f.value() instanceof Value.Accounts accounts) {
                for (Value.Account account : accounts.accounts()) {
                    Value name = account.fields().get("name");
                    names.add(list.label() + "：" + (name == null ? "账号" + (names.size() + 1) : name.display()));
                    values.add(decimal(account.fields().get(a.field())));
                }
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChartSpec(path, d.type(), title, String.join("、", units), source, period,
                "账号", names, List.of(new Series("数量", values)), r.file()));
    }

    /** The trend charts of one site across its reports' years. */
    public List<ChartSpec> site(Site site) {
        List<Report> reports = column.reportsOf(site);
        if (reports.isEmpty()) {
            return List.of();
        }
        List<String> years = reports.stream().map(r -> r.year() + "年度").toList();
        int first = reports.get(0).year();
        int last = reports.get(reports.size() - 1).year();
        String period = first == last ? first + "年度" : first + "—" + last + "年度";
        String source = sponsor(reports.get(reports.size() - 1));
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartDefinition d : definitions.of(form.id(), Scope.SITE)) {
            List<Row> rows = rows(form, d.rows());
            List<Series> series = new ArrayList<>();
            for (Row row : rows) {
                series.add(new Series(seriesName(row, rows),
                        reports.stream().map(r -> number(r, row.path())).toList()));
            }
            specs.add(new ChartSpec(layout.siteChart(site, d.name()), d.type(),
                    site.name() + period + d.title(), unit(rows), source, period, "年度", years, series, "site.yaml"));
        }
        return specs;
    }

    /** The charts of one year across its reports: sums by level, or the top sites. */
    public List<ChartSpec> year(int year) {
        List<Report> reports = column.reportsOf(year);
        if (reports.isEmpty()) {
            return List.of();
        }
        String period = year + "年度";
        String source = column.config().sponsor();
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartDefinition d : definitions.of(form.id(), Scope.YEAR)) {
            List<Row> rows = rows(form, d.rows());
            String path = layout.yearChart(year, d.name());
            String title = period + d.title();
            if (d.by() == By.LEVEL) {
                List<String> levels = column.config().levels().stream()
                        .filter(l -> reports.stream().anyMatch(r -> r.site().level().equals(l))).toList();
                List<Series> series = new ArrayList<>();
                for (Row row : rows) {
                    series.add(new Series(seriesName(row, rows), levels.stream().map(l -> sum(reports.stream()
                            .filter(r -> r.site().level().equals(l)).map(r -> number(r, row.path())).toList()))
                            .toList()));
                }
                specs.add(new ChartSpec(path, d.type(), title, unit(rows), source, period, "层级", levels, series,
                        "site.yaml"));
            } else {
                String rowPath = rows.get(0).path();
                List<Report> top = reports.stream().filter(r -> number(r, rowPath) != null)
                        .sorted(Comparator.comparing((Report r) -> number(r, rowPath)).reversed()
                                .thenComparingInt(r -> column.config().sites().indexOf(r.site())))
                        .limit(d.top()).toList();
                specs.add(new ChartSpec(path, d.type(), title, unit(rows), source, period, "网站",
                        top.stream().map(r -> r.site().name()).toList(),
                        List.of(new Series(seriesName(rows.get(0), rows),
                                top.stream().map(r -> number(r, rowPath)).toList())), "site.yaml"));
            }
        }
        return specs;
    }

    /** Every chart of the column: reports (newest year first), sites, then years. */
    public List<ChartSpec> all() {
        List<ChartSpec> specs = new ArrayList<>();
        column.reports().forEach(r -> specs.addAll(report(r)));
        column.config().sites().forEach(s -> specs.addAll(site(s)));
        column.years().forEach(y -> specs.addAll(year(y)));
        return specs;
    }

    private static List<Row> rows(FormDefinition form, List<String> paths) {
        return paths.stream().map(p -> ChartDefinitions.row(form, p)).toList();
    }

    private static List<String> allPaths(ChartDefinition d) {
        return d.series().stream().flatMap(s -> s.rows().stream()).toList();
    }

    /** A row's label on its own: 总数 alone says nothing, so it takes its group's label (办件量总数). */
    static String label(Row row) {
        List<String> labels = row.labels();
        return row.label().equals("总数") && labels.size() > 1 ? labels.get(labels.size() - 2) + "总数" : row.label();
    }

    /** A series' name, with its unit when the chart's rows have different units. */
    private static String seriesName(Row row, List<Row> rows) {
        boolean mixed = rows.stream().map(Row::unit).distinct().count() > 1;
        return mixed ? label(row) + "（" + row.unit() + "）" : label(row);
    }

    private static String unit(List<Row> rows) {
        return String.join("、", rows.stream().map(Row::unit).distinct().toList());
    }

    private static String sponsor(Report r) {
        Figure f = r.figures().get("basic.sponsor");
        return f == null ? r.site().name() : f.value().display();
    }

    private static BigDecimal number(Report r, String path) {
        Figure f = r.figures().get(path);
        if (f == null && ChartDefinitions.quarterOf(path) != null) {
            Figure quarters = r.figures().get(path.substring(0, path.lastIndexOf('.')));
            if (quarters != null && quarters.value() instanceof Value.Quarters q) {
                Value.Cell cell = q.cells().get(ChartDefinitions.quarterOf(path));
                return cell == null ? null : cell.value();
            }
        }
        return f == null ? null : decimal(f.value());
    }

    private static BigDecimal decimal(Value v) {
        if (v instanceof Value.Count c) {
            return BigDecimal.valueOf(c.value());
        }
        if (v instanceof Value.Decimal d) {
            return d.value();
        }
        return null;
    }

    /** The sum of the values present; {@code null} when none is. */
    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

}
