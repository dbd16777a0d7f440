package org.nianbao.render;

import java.util.List;
import java.util.function.Supplier;
import org.nianbao.chart.ChartSpec;
import org.nianbao.chart.ColumnCharts;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;

/**
 * What each job's files show beyond the build's own inputs (code, theme, templates, forms, site.yaml,
 * options): the text its cache key is made of. A report page lists its own source; a year page its
 * year's sources; pages about the whole column every source. Every page's navigation lists the years.
 */
final class JobInputs {
    private final Column column;
    private final PageContexts pages;
    /** The column's charts, or null without charts. */
    private final ColumnCharts charts;
    private final String years;
    /** One text, shared by the jobs about the whole column. */
    private final String wholeColumn;
    /** Year pages link the site pages of sites that have any report. */
    private final String sitesWithReports;

    JobInputs(Column column, PageContexts pages, ColumnCharts charts) {
        this.column = column;
        this.pages = pages;
        this.charts = charts;
        this.years = "years " + column.years() + "\n";
        this.wholeColumn = years + sources(column.reports()) + "xxgk\n" + sources(column.xxgkReports());
        this.sitesWithReports = "sites with reports "
                + column.workReports().stream().map(r -> r.site().slug()).distinct().sorted().toList();
    }

    /** For files that depend on nothing but the build's inputs. */
    static Supplier<String> none() {
        return () -> "";
    }

    Supplier<String> wholeColumn() {
        return () -> wholeColumn;
    }

    Supplier<String> year(int year) {
        return () -> years + sources(pages.reportsOf(year)) + "charts "
                + (charts == null ? "" : ChartSpec.keys(charts.specsOf(year))) + "\n" + sitesWithReports;
    }

    /** The year's inputs and every chart of its reports. */
    Supplier<String> gallery(int year) {
        Supplier<String> yearInputs = year(year);
        return () -> {
            StringBuilder all = new StringBuilder(yearInputs.get());
            pages.reportsOf(year).forEach(r -> all.append(ChartSpec.keys(charts.specsOf(r))));
            return all.toString();
        };
    }

    Supplier<String> report(Report r) {
        return () -> years + sources(List.of(r)) + "other years " + pages.otherYears(r) + "\n"
                + "charts " + (charts == null ? "" : ChartSpec.keys(charts.specsOf(r)));
    }

    Supplier<String> site(Site site) {
        return () -> years + sources(column.reportsOf(site)) + "charts "
                + (charts == null ? "" : ChartSpec.keys(charts.specsOf(site)));
    }

    /** A year's 政府信息公开工作年度报告: its reports, and which bodies have a page across the years. */
    Supplier<String> xxgkYear(int year) {
        return () -> years + sources(pages.xxgk().reportsOf(year)) + "bodies with reports "
                + column.xxgkReports().stream().map(r -> r.site().slug()).distinct().sorted().toList() + "\ncharts "
                + (charts == null ? "" : ChartSpec.keys(charts.xxgkSpecsOf(year)));
    }

    Supplier<String> xxgkReport(Report r) {
        return () -> years + sources(List.of(r)) + "other years " + pages.xxgkOtherYears(r) + "\ncharts "
                + (charts == null ? "" : ChartSpec.keys(charts.specsOf(r)));
    }

    Supplier<String> xxgkBody(Site site) {
        return () -> years + sources(pages.xxgk().reportsOf(site)) + "charts "
                + (charts == null ? "" : ChartSpec.keys(charts.xxgkSpecsOf(site)));
    }

    /** A report's text in the search index, at {@code path}. */
    static Supplier<String> searchDocument(String path, Report r) {
        return () -> path + "\n" + sources(List.of(r));
    }

    /** The reports' files and source hashes, a line each. */
    private static String sources(List<Report> reports) {
        StringBuilder b = new StringBuilder();
        reports.forEach(r -> b.append(r.file()).append(' ').append(r.sourceHash()).append('\n'));
        return b.toString();
    }
}
