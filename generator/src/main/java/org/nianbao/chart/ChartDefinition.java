package org.nianbao.chart;

import java.util.List;

/**
 * One chart as {@code charts.yaml} defines it: which figures it shows, for which scope, drawn how.
 *
 * @param name       the file name of its outputs ({@code <name>.png} …), unique within a scope
 * @param form       the id of the form whose figures it reads, e.g. {@code work}
 * @param scope      what one drawing of it covers
 * @param type       how it is drawn
 * @param title      its title, e.g. 信息发布
 * @param rows       the figures (row paths). For {@link Scope#REPORT}: one category per row, one series; for
 *                   {@link Scope#SITE} and {@link Scope#YEAR}: one series per row
 * @param series     instead of {@code rows}, for {@link Scope#REPORT} only: several series, each with one row
 *                   per category, e.g. 问责人次 by form (series) and quarter (categories)
 * @param categories the category labels of {@code series}, e.g. 第一季度 … 第四季度
 * @param accounts   for account lists: row path → the numeric field drawn for each account
 * @param by         for {@link Scope#YEAR}: what the categories are
 * @param top        for {@link By#SITE}: how many sites, highest first
 * @param labels     with {@code rows}: the name of each row on the chart, instead of its label on the form
 *                   (a form's label may be a sentence); empty for the form's labels
 * @param per        with {@code rows}: each value as a percentage of this figure (a share: 不予公开 of all
 *                   handled), {@code null} for the values themselves
 */
record ChartDefinition(String name, String form, Scope scope, Type type, String title, List<String> rows,
        List<SeriesRows> series,
        List<String> categories, List<AccountField> accounts, By by, int top, List<String> labels, String per) {

    public ChartDefinition {
        rows = List.copyOf(rows);
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        categories = List.copyOf(categories);
        accounts = List.copyOf(accounts);
    }

    /** What one drawing covers. */
    public enum Scope {
        /** one report: the rows (or accounts) of one site in one year */
        REPORT,
        /** one site across the years: categories are the years, one series per row */
        SITE,
        /** one year across sites: categories are levels (sums) or the top sites */
        YEAR
    }

    /** How a chart is drawn. */
    public enum Type {
        /** horizontal bars, side by side when several series: long Chinese labels stay readable */
        BAR,
        /** vertical bars, side by side */
        COLUMN,
        /** vertical bars, series stacked */
        STACKED,
        /** lines with a distinct marker and dash per series */
        LINE
    }

    /** The categories of a {@link Scope#YEAR} chart. */
    public enum By {
        NONE,
        /** one category per level or region of site.yaml, the sum over its sites */
        LEVEL,
        /** one category per site, the {@code top} highest */
        SITE
    }

    /** A series of a {@code series} chart: its label and its row paths, one per category. */
    public record SeriesRows(String label, List<String> rows) {
        public SeriesRows {
            rows = List.copyOf(rows);
        }
    }

    /** For an account-list chart: the list row (e.g. {@code mobile.weibo}) and the field drawn. */
    public record AccountField(String row, String field) {
    }
}
