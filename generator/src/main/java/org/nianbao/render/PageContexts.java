package org.nianbao.render;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.chart.ColumnCharts;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Section;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.plan.ColumnLayout;
import org.nianbao.source.Csv;
import org.nianbao.render.Pages.Embed;
import org.nianbao.render.Pages.EmbedBox;
import org.nianbao.render.Pages.Gallery;
import org.nianbao.render.Pages.Home;
import org.nianbao.render.Pages.ReportPage;
import org.nianbao.render.Pages.Search;
import org.nianbao.render.Pages.SitePage;
import org.nianbao.render.Views.TrendRow;
import org.nianbao.render.Pages.Sitemap;
import org.nianbao.render.Views.ChartGroup;
import org.nianbao.render.Views.Entry;
import org.nianbao.render.Views.Group;
import org.nianbao.render.Views.Link;
import org.nianbao.render.Views.MapSection;
import org.nianbao.render.Views.YearSummary;

/** Each page's record, from the column: what its template shows, with every link from the layout. */
final class PageContexts {
    private final Column column;
    private final ColumnLayout layout;
    /** The column's charts, or null without charts. */
    private final ColumnCharts charts;
    private final Markdown markdown;
    private final XxgkIndex xxgk;
    /** The group of the 机关 on the 政府信息公开工作年度报告's year pages: bodies without a website, so without a level. */
    static final String AGENCIES = "其他机关";

    PageContexts(Column column, ColumnLayout layout, ColumnCharts charts, Markdown markdown) {
        this.column = column;
        this.xxgk = new XxgkIndex(column);
        this.layout = layout;
        this.charts = charts;
        this.markdown = markdown;
    }

    Home home() {
        List<YearSummary> years = new ArrayList<>();
        for (int year : column.allYears()) {
            years.add(new YearSummary(year, column.reportsOf(year).size(), expected(year), layout.year(year)));
        }
        Integer latest = latest();
        Link supervision = column.years().stream().flatMap(y -> column.supervisionOf(y).stream()).findFirst()
                .map(r -> new Link(r.title(), layout.report(r))).orElse(null);
        return new Home(column.config().title(), years, latest, latest == null ? List.of() : groups(latest), supervision,
                xxgkSummary());
    }

    /** The 政府信息公开工作年度报告 on the home page: each year, and the newest year's bodies. */
    private Views.XxgkSummary xxgkSummary() {
        if (xxgk.isEmpty()) {
            return null;
        }
        List<YearSummary> years = xxgk.years().stream().map(y -> new YearSummary(y, xxgk.reportsOf(y).size(),
                xxgkExpected(y), layout.xxgkYear(y))).toList();
        int latest = xxgk.years().get(0);
        return new Views.XxgkSummary(years, latest, layout.xxgkYear(latest), xxgkGroups(latest));
    }

    /** The index of the column's 政府信息公开工作年度报告. */
    XxgkIndex xxgk() {
        return xxgk;
    }

    Pages.XxgkYear xxgkYear(int year) {
        List<Group> groups = xxgkGroups(year);
        List<Report> reports = xxgk.reportsOf(year);
        return new Pages.XxgkYear(year + "年度政府信息公开工作年度报告", year, groups,
                groups.stream().mapToLong(Group::late).sum(), groups.stream().mapToLong(Group::missing).sum(),
                reports.size(), xxgkExpected(year), reports.isEmpty() ? "" : layout.xxgkYearCsv(year),
                charts == null ? List.of() : charts.xxgkYear(year));
    }

    Pages.XxgkReportPage xxgkReport(Report r) {
        String page = layout.report(r);
        String[] narrative = XxgkNarrative.split(r.body(), r.form().narrative());
        return new Pages.XxgkReportPage(r.title(), r, XxgkTables.of(r.form(), r.figures()),
                narrative[0].isBlank() ? "" : markdown.render(narrative[0], 2),
                narrative[1].isBlank() ? "" : markdown.render(narrative[1], 2), layout.xxgkYear(r.year()),
                layout.xxgkBody(r.site()), ColumnLayout.relative(page, layout.reportJson(r)),
                ColumnLayout.relative(page, layout.reportCsv(r)), ColumnLayout.SCHEMA, xxgkOtherYears(r),
                charts == null ? List.of() : charts.report(r));
    }

    Pages.XxgkBody xxgkBody(Site site) {
        List<Report> reports = xxgk.reportsOf(site);
        FormDefinition form = reports.get(reports.size() - 1).form();
        return new Pages.XxgkBody(site.body() + "历年政府信息公开工作年度报告", site,
                reports.stream().map(r -> new Link(r.year() + "年度", layout.report(r))).toList(),
                XxgkTrend.of(form, reports), XxgkTrend.sections(form), charts == null ? List.of() : charts.xxgkBody(site));
    }

    /** Links to the same body's 政府信息公开工作年度报告 of the other years. */
    List<Link> xxgkOtherYears(Report r) {
        return xxgk.reportsOf(r.site()).stream().filter(o -> o.year() != r.year())
                .map(o -> new Link(o.year() + "年度", layout.report(o))).toList();
    }

    Pages.Year year(int year) {
        List<Group> groups = groups(year);
        boolean data = !column.reportsOf(year).isEmpty();
        return new Pages.Year(year + "年度政府网站工作年度报表", year, groups,
                groups.stream().mapToLong(Group::late).sum(), groups.stream().mapToLong(Group::missing).sum(),
                column.config().deadline().atYear(year + 1).toString(),
                data ? layout.yearCsv(year) : "", data ? layout.yearXlsx(year) : "",
                column.reportsOf(year).size(), supervision(year), expected(year),
                charts == null ? List.of() : charts.year(year),
                charts == null || !column.years().contains(year) ? "" : layout.gallery(year),
                layout.baseUrl().isPresent() && data ? layout.yearAddresses(year) : "");
    }

    /** 回填: the year's reports with their full addresses (the column's address is known). */
    Pages.Addresses addresses(int year) {
        Map<String, Report> bySlug = bySlug(year);
        List<Views.Address> rows = new ArrayList<>();
        for (Site site : column.config().sites()) {
            Report r = bySlug.get(site.slug());
            if (r != null) {
                rows.add(new Views.Address(site.name(), site.slug(), site.level(), layout.canonical(layout.report(r))));
            }
        }
        column.supervisionOf(year).ifPresent(r -> rows.add(new Views.Address(r.site().name(), r.site().slug(),
                r.form().title(), layout.canonical(layout.report(r)))));
        return new Pages.Addresses(year + "年度报表网址清单（回填用）", year, layout.year(year), rows,
                ColumnLayout.relative(layout.yearAddresses(year), layout.yearAddressesCsv(year)));
    }

    /** The same list as CSV: 网站名称, 网站代号, 层级, 报表网址. */
    static String addressesCsv(Pages.Addresses list) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("网站名称", "网站代号", "层级", "报表网址"))).append("\r\n");
        for (Views.Address a : list.rows()) {
            out.append(Csv.line(List.of(a.site(), a.slug(), a.level(), a.url()))).append("\r\n");
        }
        return out.toString();
    }

    /** Every chart of a year, for editors: the year's own charts, then each report's. */
    Gallery gallery(int year) {
        List<ChartGroup> groups = new ArrayList<>();
        groups.add(new ChartGroup(year + "年度汇总", "", charts.year(year)));
        for (Report r : reportsOf(year)) {
            String label = r.isSupervision() ? r.form().title() : r.site().name();
            groups.add(new ChartGroup(label, layout.report(r), charts.report(r)));
        }
        // pasted into news posts elsewhere: the column's address when known, else paths from this page
        return new Gallery(year + "年度图表", layout.linkBase(""), year, layout.year(year), groups, charts.png1x());
    }

    ReportPage report(Report r) {
        String page = layout.report(r);
        return new ReportPage(r.title(), r, FormTable.of(r.form(), r.figures()), markdown.render(r.body()),
                charts == null ? List.of() : charts.report(r), layout.year(r.year()),
                r.isSupervision() ? "" : layout.site(r.site()), ColumnLayout.relative(page, layout.reportJson(r)),
                ColumnLayout.relative(page, layout.reportCsv(r)), ColumnLayout.SCHEMA, otherYears(r));
    }

    SitePage site(Site site) {
        List<Report> reports = column.reportsOf(site);
        // the latest edition's rows; a row an older report's edition lacks shows as "—"
        FormDefinition form = reports.get(reports.size() - 1).form();
        List<TrendRow> rows = TrendRows.of(form, reports);
        return new SitePage(site.name() + "历年政府网站工作年度报表", site,
                reports.stream().map(r -> new Link(r.year() + "年度", layout.report(r))).toList(),
                TrendRows.editions(reports), rows, form.sections().stream().map(Section::label).toList(),
                charts == null ? List.of() : charts.site(site), rows.stream().anyMatch(r -> r.absent().contains(true)));
    }

    /** 网站地图: every page of the column by year, by site, and the tools. */
    Sitemap sitemap() {
        List<MapSection> sections = new ArrayList<>();
        sections.add(new MapSection("栏目首页", ColumnLayout.HOME, List.of()));
        for (int year : column.allYears()) {
            List<Link> links = new ArrayList<>();
            column.reportsOf(year).forEach(r -> links.add(new Link(r.site().name(), layout.report(r))));
            column.supervisionOf(year).ifPresent(r -> links.add(new Link(r.title(), layout.report(r))));
            if (charts != null && column.years().contains(year)) {
                links.add(new Link(year + "年度图表", layout.gallery(year)));
            }
            sections.add(new MapSection(year + "年度", layout.year(year), links));
        }
        sections.add(new MapSection("历年报表", "", column.config().sites().stream()
                .filter(site -> !column.reportsOf(site).isEmpty())
                .map(site -> new Link(site.name(), layout.site(site))).toList()));
        for (int year : xxgk.years()) {
            sections.add(new MapSection(year + "年度政府信息公开工作年度报告", layout.xxgkYear(year),
                    xxgk.reportsOf(year).stream().map(r -> new Link(r.site().body(), layout.report(r))).toList()));
        }
        if (!xxgk.isEmpty()) {
            sections.add(new MapSection("历年政府信息公开工作年度报告", "", column.config().bodies().stream()
                    .filter(site -> !xxgk.reportsOf(site).isEmpty())
                    .map(site -> new Link(site.body(), layout.xxgkBody(site))).toList()));
        }
        sections.add(new MapSection("栏目服务", "", List.of(new Link("搜索报表", ColumnLayout.SEARCH_PAGE),
                new Link("首页挂件", ColumnLayout.EMBED_PAGE), new Link("订阅更新（Atom）", ColumnLayout.FEED),
                new Link("数据结构说明", ColumnLayout.SCHEMA))));
        return new Sitemap("网站地图", sections);
    }

    Search search() {
        return new Search("搜索报表", column.years(), SearchIndex.levels(column),
                ColumnLayout.relative(ColumnLayout.SEARCH_PAGE, ColumnLayout.SEARCH_MANIFEST));
    }

    /** The homepage box; its links use the column's address when known, else paths from the column's root. */
    EmbedBox embedBox() {
        Integer latest = latest();
        return latest == null
                ? new EmbedBox(column.config(), null, null, null, null, null, layout.linkBase(""), ColumnLayout.HOME)
                : new EmbedBox(column.config(), latest, column.reportsOf(latest).size(), expected(latest),
                        layout.year(latest), supervision(latest), layout.linkBase(""), ColumnLayout.HOME);
    }

    /** The box's page: its preview, whose links go from embed/ back to the root, and its code. */
    Embed embed(EmbedBox box, String snippet) {
        return new Embed("首页挂件", box.latest(), box.published(), box.expected(), box.yearHref(), box.supervision(),
                snippet, layout.baseUrl().isPresent(), layout.linkBase("../"),
                ColumnLayout.relative(ColumnLayout.EMBED_PAGE, ColumnLayout.EMBED_BOX));
    }

    /** A year's work reports, then its supervision report if any. */
    List<Report> reportsOf(int year) {
        List<Report> reports = new ArrayList<>(column.reportsOf(year));
        column.supervisionOf(year).ifPresent(reports::add);
        return reports;
    }

    /** Links to the same site's (or the supervision's) reports of the other years. */
    List<Link> otherYears(Report r) {
        return (r.isSupervision() ? column.years().stream().sorted().flatMap(y -> column.supervisionOf(y).stream())
                : column.reportsOf(r.site()).stream())
                .filter(o -> o.year() != r.year())
                .map(o -> new Link(o.year() + "年度", layout.report(o)))
                .toList();
    }

    private Integer latest() {
        return column.years().isEmpty() ? null : column.years().get(0);
    }

    private Link supervision(int year) {
        return column.supervisionOf(year).map(r -> new Link(r.title(), layout.report(r))).orElse(null);
    }

    /** Bodies expected to publish a 政府信息公开工作年度报告 for {@code year}: the sites' and the 机关. */
    private long xxgkExpected(int year) {
        return column.config().bodies().stream().filter(s -> s.expectedIn(year)).count();
    }

    private long expected(int year) {
        return column.config().sites().stream().filter(s -> s.expectedIn(year)).count();
    }

    /** The year's sites by level, in site.yaml's order, with their reports where published. */
    private List<Group> groups(int year) {
        return groups(year, bySlug(year), false);
    }

    /** The year's bodies by level, with their 政府信息公开工作年度报告 where published, late by their own deadline. */
    private List<Group> xxgkGroups(int year) {
        return groups(year, xxgk.reportsOf(year).stream().collect(Collectors.toMap(r -> r.site().slug(), r -> r)), true);
    }

    private List<Group> groups(int year, Map<String, Report> bySlug, boolean isXxgk) {
        List<Group> groups = new ArrayList<>();
        List<String> levels = new ArrayList<>(column.config().levels());
        if (isXxgk && !column.config().agencies().isEmpty()) {
            levels.add(""); // the 机关 without a website of their own, which have no level
        }
        for (String level : levels) {
            List<Entry> entries = new ArrayList<>();
            for (Site site : isXxgk ? column.config().bodies() : column.config().sites()) {
                Report r = bySlug.get(site.slug());
                if (site.level().equals(level) && (site.expectedIn(year) || r != null)) {
                    java.time.LocalDate deadline = isXxgk ? site.xxgkDeadlineFor(year) : site.deadlineFor(year);
                    long late = r == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(deadline, r.published()));
                    String history = isXxgk ? xxgk.reportsOf(site).isEmpty() ? "" : layout.xxgkBody(site)
                            : column.reportsOf(site).isEmpty() ? "" : layout.site(site);
                    entries.add(new Entry(site, isXxgk ? site.body() : site.name(), r, r == null ? "" : layout.report(r),
                            history, deadline, late));
                }
            }
            if (!entries.isEmpty()) {
                groups.add(new Group(level.isEmpty() ? AGENCIES : level, entries));
            }
        }
        return groups;
    }

    /** The year's work reports by their site's slug. */
    private Map<String, Report> bySlug(int year) {
        return column.reportsOf(year).stream().collect(Collectors.toMap(r -> r.site().slug(), r -> r));
    }
}
