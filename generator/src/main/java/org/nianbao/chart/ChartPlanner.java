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
            String title = name(r) + r.year() + "年度" + d.title();
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
                List<Item> items = items(r.form(), d).stream().filter(Item::present).toList();
                if (items.isEmpty()) {
                    continue;
                }
                specs.add(new ChartSpec(path, d.type(), title, unitOf(items), source, period, "项目",
                        items.stream().map(Item::label).toList(),
                        List.of(new Series(d.per() == null ? "数量" : "占比", items.stream().map(i -> value(r, i, d))
                                .toList())), r.file()));
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
        return trend(site, column.reportsOf(site), form, false);
    }

    /** The trend charts of one body's 政府信息公开工作年度报告 across the years (a site's body or a 机关). */
    public List<ChartSpec> xxgkBody(Site body) {
        List<Report> reports = column.xxgkReports().stream().filter(r -> r.site().slug().equals(body.slug()))
                .sorted(java.util.Comparator.comparingInt(Report::year)).toList();
        return reports.isEmpty() ? List.of() : trend(body, reports, reports.get(reports.size() - 1).form(), true);
    }

    private List<ChartSpec> trend(Site site, List<Report> reports, FormDefinition form, boolean xxgk) {
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
            List<Item> items = items(form, d);
            List<Series> series = new ArrayList<>();
            for (Item item : items) {
                series.add(new Series(seriesName(item, items),
                        reports.stream().map(r -> value(r, item, d)).toList()));
            }
            String path = xxgk ? layout.xxgkBodyChart(site, d.name()) : layout.siteChart(site, d.name());
            specs.add(new ChartSpec(path, d.type(), (xxgk ? site.body() : site.name()) + period + d.title(),
                    unitOf(items), source, period, "年度", years, series, "site.yaml"));
        }
        return specs;
    }

    /** The charts of one year across its reports: sums by level, or the top sites. */
    public List<ChartSpec> year(int year) {
        return across(year, column.reportsOf(year), form, false);
    }

    /** The charts of one year across the bodies' 政府信息公开工作年度报告. */
    public List<ChartSpec> xxgkYear(int year) {
        List<Report> reports = column.xxgkReports().stream().filter(r -> r.year() == year).toList();
        return reports.isEmpty() ? List.of() : across(year, reports, reports.get(0).form(), true);
    }

    private List<ChartSpec> across(int year, List<Report> reports, FormDefinition form, boolean xxgk) {
        if (reports.isEmpty()) {
            return List.of();
        }
        String period = year + "年度";
        String source = column.config().sponsor();
        List<Site> order = xxgk ? column.config().bodies() : column.config().sites();
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartDefinition d : definitions.of(form.id(), Scope.YEAR)) {
            List<Item> items = items(form, d);
            String path = xxgk ? layout.xxgkYearChart(year, d.name()) : layout.yearChart(year, d.name());
            String title = period + d.title();
            if (d.by() == By.LEVEL) {
                List<String> levels = column.config().levels().stream()
                        .filter(l -> reports.stream().anyMatch(r -> r.site().level().equals(l))).toList();
                List<Series> series = new ArrayList<>();
                for (Item item : items) {
                    series.add(new Series(seriesName(item, items), levels.stream().map(l -> sum(reports.stream()
                            .filter(r -> r.site().level().equals(l)).map(r -> number(r, item.path())).toList()))
                            .toList()));
                }
                specs.add(new ChartSpec(path, d.type(), title, unitOf(items), source, period, "层级", levels, series,
                        "site.yaml"));
            } else {
                Item item = items.get(0);
                List<Report> top = reports.stream().filter(r -> value(r, item, d) != null)
                        .sorted(Comparator.comparing((Report r) -> value(r, item, d)).reversed()
                                .thenComparingInt(r -> order.indexOf(r.site())))
                        .limit(d.top()).toList();
                specs.add(new ChartSpec(path, d.type(), title, unitOf(items), source, period,
                        xxgk ? "机关" : "网站", top.stream().map(ChartPlanner::name).toList(),
                        List.of(new Series(seriesName(item, items),
                                top.stream().map(r -> value(r, item, d)).toList())), "site.yaml"));
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
        column.xxgkReports().forEach(r -> specs.addAll(report(r)));
        column.config().bodies().forEach(b -> specs.addAll(xxgkBody(b)));
        xxgkYears().forEach(y -> specs.addAll(xxgkYear(y)));
        return specs;
    }

    /** The years with a 政府信息公开工作年度报告, latest first. */
    List<Integer> xxgkYears() {
        return column.xxgkReports().stream().map(Report::year).distinct().toList(); // latest year first
    }

    /**
     * One figure a chart shows: its path (a row, a quarter of a row, or a cell of matrix rows), its name on the
     * chart and its unit.
     */
    private record Item(String path, String label, String unit, boolean present) {
    }

    /** The rows of a rows chart as {@code form} has them; {@code present} is false for those it lacks. */
    private static List<Item> items(FormDefinition form, ChartDefinition d) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < d.rows().size(); i++) {
            String path = d.rows().get(i);
            Row row = ChartDefinitions.row(form, path);
            ChartDefinitions.MatrixCell cell = row == null ? null : ChartDefinitions.matrixCell(form, path);
            String label = !d.labels().isEmpty() ? d.labels().get(i) : row == null ? path : label(row);
            String unit = d.per() != null ? "%" : cell != null ? cell.unit() : row == null ? "" : row.unit();
            items.add(new Item(path, label, unit, row != null));
        }
        return items;
    }

    /** A figure of {@code r}, or its share of the chart's {@code per} figure in % (one decimal; none of 0). */
    private static BigDecimal value(Report r, Item item, ChartDefinition d) {
        BigDecimal v = number(r, item.path());
        if (d.per() == null || v == null) {
            return v;
        }
        BigDecimal whole = number(r, d.per());
        return whole == null || whole.signum() == 0 ? null
                : v.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP);
    }

    /** Who a report is by, on a chart: the site, or for a 政府信息公开工作年度报告 its body. */
    private static String name(Report r) {
        return r.form().isXxgk() ? r.site().body() : r.site().name();
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
    private static String seriesName(Item item, List<Item> items) {
        boolean mixed = items.stream().map(Item::unit).distinct().count() > 1;
        return mixed ? item.label() + "（" + item.unit() + "）" : item.label();
    }

    private static String unit(List<Row> rows) {
        return String.join("、", rows.stream().map(Row::unit).distinct().toList());
    }

    private static String unitOf(List<Item> items) {
        return String.join("、", items.stream().map(Item::unit).distinct().toList());
    }

    private static String sponsor(Report r) {
        if (r.form().isXxgk()) {
            return r.site().body(); // the body publishes its own report
        }
        Figure f = r.figures().get("basic.sponsor");
        return f == null ? r.site().name() : f.value().display();
    }

    private static BigDecimal number(Report r, String path) {
        Figure f = r.figures().get(path);
        if (f == null) {
            ChartDefinitions.MatrixCell cell = ChartDefinitions.matrixCell(r.form(), path);
            if (cell != null) {
                return sum(cell.leaves().stream().map(r.figures()::get)
                        .map(m -> m != null && m.value() instanceof Value.Matrix matrix ? matrix.at(cell.column()) : null)
                        .toList());
            }
        }
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
