package org.nianbao.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.nianbao.chart.ChartSpec;
import org.nianbao.chart.ColumnCharts;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.form.Value;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.source.Sha256;
import org.nianbao.render.Views.ChartGroup;
import org.nianbao.render.Views.Entry;
import org.nianbao.render.Views.Group;
import org.nianbao.render.Views.Link;
import org.nianbao.render.Views.TrendRow;
import org.nianbao.render.Views.YearSummary;

/** Plans every page and asset of a column as {@link OutputJob}s. */
public final class ColumnPages {
    private final Column column;
    private final Theme theme;
    private final Templates templates;
    private final Markdown markdown;
    private final ColumnCharts charts;
    /** The column's address ending in /, or null when unknown. */
    private final String baseUrl;
    /** Report pages with the dates they show, for the sitemap. */
    private final Map<String, java.time.LocalDate> modified = new HashMap<>();
    /** Asset name → fingerprinted path, e.g. style.css → assets/style.1a2b3c4d.css. */
    private final Map<String, String> assets = new LinkedHashMap<>();

    /**
     * @param baseUrl the column's address ending in {@code /}, or {@code null} when not configured
     * @param charts  the column's charts, shown on report, site and year pages and year galleries; may be null
     */
    public ColumnPages(Column column, Theme theme, Templates templates, Markdown markdown, String baseUrl,
            ColumnCharts charts) {
        this.column = column;
        this.baseUrl = baseUrl;
        this.theme = theme;
        this.templates = templates;
        this.markdown = markdown;
        this.charts = charts;
    }

    /**
     * Every page and file of the column as jobs, in a fixed order. Each job's inputs name what its
     * files show beyond the build's own inputs (code, theme, templates, forms, site.yaml, options):
     * the hashes of the reports it shows, the years, the charts' data. A report page lists its own
     * source; a year page its year's sources; pages about the whole column every source.
     */
    public List<OutputJob> jobs() {
        List<OutputJob> jobs = new ArrayList<>();
        jobs.add(assets());
        // every page's navigation lists the years; year pages link sites that have any report
        String years = "years " + column.years() + "\n";
        String wholeColumn = years + sources(column.reports()); // one text, shared by the jobs about it
        Supplier<String> everything = () -> wholeColumn;
        String sitesWithReports = "sites with reports "
                + column.workReports().stream().map(r -> r.site().slug()).distinct().sorted().toList();
        jobs.add(page("index.html", "home", everything, this::home));
        for (int year : column.years()) {
            List<Report> work = column.reportsOf(year);
            List<Report> reports = new ArrayList<>(work);
            column.supervisionOf(year).ifPresent(reports::add);
            Supplier<String> yearSources = () -> years + sources(reports) + "charts " + specs(year) + "\n" + sitesWithReports;
            List<String> yearPaths = new ArrayList<>(List.of(Links.year(year)));
            if (!work.isEmpty()) {
                yearPaths.add(yearCsv(year));
                yearPaths.add(yearXlsx(year));
            }
            jobs.add(new OutputJob(Links.year(year), yearPaths, yearSources, sink -> {
                render(sink, Links.year(year), "year", year(year));
                if (!work.isEmpty()) {
                    sink.write(yearCsv(year), CsvExport.utf8WithBom(CsvExport.csv(work, work.get(0).form())));
                    sink.write(yearXlsx(year), XlsxExport.workbook(work, work.get(0).form()));
                }
            }));
            if (charts != null) {
                jobs.add(page(Links.gallery(year), "gallery", () -> {
                    StringBuilder all = new StringBuilder(yearSources.get());
                    reports.forEach(r -> all.append(ChartSpec.keys(charts.specsOf(r))));
                    return all.toString();
                }, () -> gallery(year)));
            }
            for (Report r : reports) {
                String href = Links.report(year, r.site().slug());
                modified.put(href, r.published());
                String json = href.replace("index.html", "report.json");
                String csv = href.replace("index.html", "report.csv");
                Supplier<String> inputs = () -> years + sources(List.of(r)) + "other years " + otherYears(r) + "\n"
                        + "charts " + (charts == null ? "" : ChartSpec.keys(charts.specsOf(r)));
                jobs.add(new OutputJob(href, List.of(href, json, csv), inputs, sink -> {
                    render(sink, href, "report", report(r));
                    sink.write(json, ReportJson.of(r).getBytes(StandardCharsets.UTF_8));
                    sink.write(csv, ColumnData.reportCsv(r).getBytes(StandardCharsets.UTF_8));
                }));
            }
        }
        for (Site site : column.config().sites()) {
            List<Report> reports = column.reportsOf(site);
            if (!reports.isEmpty()) {
                Supplier<String> inputs = () -> years + sources(reports) + "charts "
                        + (charts == null ? "" : ChartSpec.keys(charts.specsOf(site)));
                jobs.add(page(Links.site(site.slug()), "site", inputs, () -> site(site)));
            }
        }
        jobs.add(page(Links.SITEMAP_PAGE, "sitemap", everything, this::sitemapPage));
        jobs.add(new OutputJob("embed/index.html", List.of("embed/box.inc", "embed/index.html"), everything,
                this::writeEmbed));
        jobs.addAll(search(everything));
        jobs.add(new OutputJob(ColumnData.SCHEMA, List.of(ColumnData.SCHEMA), () -> "", sink -> sink.write(ColumnData.SCHEMA,
                ColumnData.schema())));
        jobs.add(new OutputJob(ColumnData.FEED, List.of(ColumnData.FEED), everything, sink -> sink.write(ColumnData.FEED,
                ColumnData.feed(column, baseUrl).getBytes(StandardCharsets.UTF_8))));
        if (baseUrl != null) {
            List<String> pages = jobs.stream().flatMap(j -> j.paths().stream()).filter(p -> p.endsWith(".html")).toList();
            jobs.add(new OutputJob(ColumnData.SITEMAP, List.of(ColumnData.SITEMAP), everything, sink -> sink.write(
                    ColumnData.SITEMAP, ColumnData.sitemap(pages, modified, baseUrl).getBytes(StandardCharsets.UTF_8))));
        }
        return jobs;
    }

    /**
     * The search page with the index's manifest and shards, which depend on every report, and one job
     * per report for its text in the index, so that an edit rewrites one report's.
     */
    private List<OutputJob> search(Supplier<String> everything) {
        List<Report> docs = SearchIndex.documents(column);
        List<String> paths = new ArrayList<>(List.of("search/index.html", SearchIndex.MANIFEST));
        for (int s = 0; s < SearchIndex.shards(docs.size()); s++) {
            paths.add(SearchIndex.shardPath(s));
        }
        List<OutputJob> jobs = new ArrayList<>();
        jobs.add(new OutputJob("search/index.html", paths, everything, sink -> {
            sink.write(SearchIndex.MANIFEST, SearchIndex.manifest(column, docs).getBytes(StandardCharsets.UTF_8));
            List<String> shards = SearchIndex.shardFiles(docs, markdown);
            for (int s = 0; s < shards.size(); s++) {
                sink.write(SearchIndex.shardPath(s), shards.get(s).getBytes(StandardCharsets.UTF_8));
            }
            render(sink, "search/index.html", "search", Map.of("title", "搜索报表",
                    "searchYears", column.years(), "searchLevels", SearchIndex.levels(column)));
        }));
        for (int i = 0; i < docs.size(); i++) {
            Report r = docs.get(i);
            String path = SearchIndex.documentPath(i);
            int number = i;
            jobs.add(new OutputJob(path, List.of(path), () -> path + "\n" + sources(List.of(r)),
                    sink -> sink.write(path, SearchIndex.documentFile(number, r, markdown).getBytes(StandardCharsets.UTF_8))));
        }
        return jobs;
    }

    /** The reports' files and source hashes, a line each. */
    private static String sources(List<Report> reports) {
        StringBuilder b = new StringBuilder();
        reports.forEach(r -> b.append(r.file()).append(' ').append(r.sourceHash()).append('\n'));
        return b.toString();
    }

    private String specs(int year) {
        return charts == null ? "" : ChartSpec.keys(charts.specsOf(year));
    }

    /** The theme's assets under fingerprinted names, which the layout links. */
    private OutputJob assets() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : theme.assets()) {
            byte[] bytes = theme.asset(name);
            int dot = name.lastIndexOf('.');
            String path = "assets/" + name.substring(0, dot) + "." + Sha256.of(bytes).substring(0, 8) + name.substring(dot);
            assets.put(name, path);
            files.put(path, bytes);
        }
        return new OutputJob("assets/", List.copyOf(files.keySet()), () -> "", sink -> files.forEach(sink::write));
    }

    private OutputJob page(String path, String template, Supplier<String> inputs,
            Supplier<Map<String, Object>> context) {
        return new OutputJob(path, List.of(path), inputs, sink -> render(sink, path, template, context.get()));
    }

    private void render(PageSink sink, String path, String template, Map<String, Object> context) {
        Map<String, Object> all = new HashMap<>(context);
        all.put("column", column.config());
        all.put("root", Links.root(path));
        all.put("assets", assets);
        all.put("years", column.years().stream().map(y -> new Link(y + "年度", Links.year(y))).toList());
        all.put("canonical", baseUrl == null ? "" : baseUrl + path);
        all.put("siteDomain", baseUrl == null ? "" : java.net.URI.create(baseUrl).getHost());
        all.put("feedHref", ColumnData.FEED);
        all.put("sitemapHref", Links.SITEMAP_PAGE);
        sink.write(path, templates.render(template, all).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The homepage box: {@code embed/box.inc}, a fragment whose links use the column's address when
     * known (else paths from the column's root), and {@code embed/index.html}, its preview and code.
     */
    private void writeEmbed(PageSink sink) {
        Map<String, Object> box = new HashMap<>();
        Integer latest = column.years().isEmpty() ? null : column.years().get(0);
        box.put("latest", latest);
        if (latest != null) {
            box.put("published", column.reportsOf(latest).size());
            box.put("expected", expected(latest));
            box.put("yearHref", Links.year(latest));
            box.put("supervision", column.supervisionOf(latest)
                    .map(r -> new Link(r.title(), Links.report(latest, r.site().slug()))).orElse(null));
        }
        box.put("column", column.config());
        box.put("linkBase", baseUrl == null ? "" : baseUrl);
        String fragment = templates.render("embed-box", box);
        sink.write("embed/box.inc", fragment.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> page = new HashMap<>(box);
        page.put("title", "首页挂件");
        page.put("snippet", fragment);
        page.put("absolute", baseUrl != null);
        page.put("linkBase", baseUrl == null ? "../" : baseUrl);
        render(sink, "embed/index.html", "embed", page);
    }

    /** 网站地图: every page of the column by year, by site, and the tools. */
    private Map<String, Object> sitemapPage() {
        List<Views.MapSection> sections = new ArrayList<>();
        sections.add(new Views.MapSection("栏目首页", "index.html", List.of()));
        for (int year : column.years()) {
            List<Link> links = new ArrayList<>();
            column.reportsOf(year).forEach(r -> links.add(new Link(r.site().name(), Links.report(year, r.site().slug()))));
            column.supervisionOf(year).ifPresent(r -> links.add(new Link(r.title(), Links.report(year, r.site().slug()))));
            if (charts != null) {
                links.add(new Link(year + "年度图表", Links.gallery(year)));
            }
            sections.add(new Views.MapSection(year + "年度", Links.year(year), links));
        }
        sections.add(new Views.MapSection("历年报表", "", column.config().sites().stream()
                .filter(site -> !column.reportsOf(site).isEmpty())
                .map(site -> new Link(site.name(), Links.site(site.slug()))).toList()));
        sections.add(new Views.MapSection("栏目服务", "", List.of(new Link("搜索报表", "search/index.html"),
                new Link("首页挂件", "embed/index.html"), new Link("订阅更新（Atom）", ColumnData.FEED),
                new Link("数据结构说明", ColumnData.SCHEMA))));
        Map<String, Object> c = new HashMap<>();
        c.put("title", "网站地图");
        c.put("sections", sections);
        return c;
    }

    private Map<String, Object> home() {
        List<YearSummary> years = new ArrayList<>();
        for (int year : column.years()) {
            years.add(new YearSummary(year, column.reportsOf(year).size(), expected(year), Links.year(year)));
        }
        Map<String, Object> c = new HashMap<>();
        c.put("title", column.config().title());
        c.put("summaries", years);
        c.put("latest", column.years().isEmpty() ? null : column.years().get(0));
        c.put("groups", column.years().isEmpty() ? List.of() : groups(column.years().get(0)));
        return c;
    }

    private Map<String, Object> year(int year) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", year + "年度政府网站工作年度报表");
        c.put("year", year);
        List<Group> groups = groups(year);
        c.put("groups", groups);
        c.put("late", groups.stream().mapToLong(Group::late).sum());
        c.put("missing", groups.stream().mapToLong(Group::missing).sum());
        c.put("deadline", column.config().deadline().atYear(year + 1).toString());
        c.put("csvHref", column.reportsOf(year).isEmpty() ? "" : yearCsv(year));
        c.put("xlsxHref", column.reportsOf(year).isEmpty() ? "" : yearXlsx(year));
        c.put("published", column.reportsOf(year).size());
        c.put("supervision", column.supervisionOf(year)
                .map(r -> new Link(r.title(), Links.report(year, r.site().slug()))).orElse(null));
        c.put("expected", expected(year));
        c.put("charts", charts == null ? List.of() : charts.year(year));
        c.put("galleryHref", charts == null ? "" : Links.gallery(year));
        return c;
    }

    /** Every chart of a year, for editors: the year's own charts, then each report's. */
    private Map<String, Object> gallery(int year) {
        List<ChartGroup> groups = new ArrayList<>();
        groups.add(new ChartGroup(year + "年度汇总", "", charts.year(year)));
        List<Report> reports = new ArrayList<>(column.reportsOf(year));
        column.supervisionOf(year).ifPresent(reports::add);
        for (Report r : reports) {
            String label = r.isSupervision() ? r.form().title() : r.site().name();
            groups.add(new ChartGroup(label, Links.report(year, r.site().slug()), charts.report(r)));
        }
        Map<String, Object> c = new HashMap<>();
        c.put("title", year + "年度图表");
        // pasted into news posts elsewhere: the column's address when known, else paths from this page
        c.put("imgBase", baseUrl == null ? "" : baseUrl);
        c.put("year", year);
        c.put("yearHref", Links.year(year));
        c.put("groups", groups);
        c.put("png1x", charts.png1x());
        return c;
    }

    /** All of a year's work reports, a row per site, in the format {@code nianbao import} reads. */
    private static String yearCsv(int year) {
        return "data/all-" + year + ".csv";
    }

    private static String yearXlsx(int year) {
        return "data/all-" + year + ".xlsx";
    }

    private long expected(int year) {
        return column.config().sites().stream().filter(s -> s.expectedIn(year)).count();
    }

    /** The year's sites by level, in site.yaml's order, with their reports where published. */
    private List<Group> groups(int year) {
        Map<String, Report> bySlug = column.reportsOf(year).stream()
                .collect(Collectors.toMap(r -> r.site().slug(), r -> r));
        List<Group> groups = new ArrayList<>();
        for (String level : column.config().levels()) {
            List<Entry> entries = new ArrayList<>();
            for (Site site : column.config().sites()) {
                Report r = bySlug.get(site.slug());
                if (site.level().equals(level) && (site.expectedIn(year) || r != null)) {
                    long late = r == null ? 0 : Math.max(0,
                            java.time.temporal.ChronoUnit.DAYS.between(site.deadlineFor(year), r.published()));
                    entries.add(new Entry(site, r, r == null ? "" : Links.report(year, site.slug()),
                            column.reportsOf(site).isEmpty() ? "" : Links.site(site.slug()), late));
                }
            }
            if (!entries.isEmpty()) {
                groups.add(new Group(level, entries));
            }
        }
        return groups;
    }

    private Map<String, Object> report(Report r) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", r.title());
        c.put("report", r);
        c.put("table", FormTable.of(r.form(), r.figures()));
        c.put("narrative", markdown.render(r.body()));
        c.put("charts", charts == null ? List.of() : charts.report(r));
        c.put("yearHref", Links.year(r.year()));
        c.put("siteHref", r.isSupervision() ? "" : Links.site(r.site().slug()));
        c.put("jsonHref", "report.json");
        c.put("csvHref", "report.csv");
        c.put("schemaHref", ColumnData.SCHEMA);
        c.put("otherYears", otherYears(r));
        return c;
    }

    /** Links to the same site's (or the supervision's) reports of the other years. */
    private List<Link> otherYears(Report r) {
        return (r.isSupervision() ? column.years().stream().sorted().flatMap(y -> column.supervisionOf(y).stream())
                : column.reportsOf(r.site()).stream())
                .filter(o -> o.year() != r.year())
                .map(o -> new Link(o.year() + "年度", Links.report(o.year(), o.site().slug())))
                .toList();
    }

    private Map<String, Object> site(Site site) {
        List<Report> reports = column.reportsOf(site);
        // The latest edition's rows; a row an older report's edition lacks shows as "—".
        FormDefinition form = reports.get(reports.size() - 1).form();
        List<TrendRow> rows = new ArrayList<>();
        for (Row row : form.leafRows()) {
            List<String> values = reports.stream().map(r -> r.form().row(row.path()).isEmpty() ? "—"
                    : trendValue(row, r.figures().get(row.path()))).toList();
            String label = String.join("/", row.labels().subList(1, row.labels().size()));
            rows.add(new TrendRow(row.labels().get(0), row.unit().isEmpty() ? label : label + "（" + row.unit() + "）",
                    FormTable.kindOf(row), values));
        }
        Map<String, Object> c = new HashMap<>();
        c.put("title", site.name() + "历年政府网站工作年度报表");
        c.put("site", site);
        c.put("reports", reports.stream()
                .map(r -> new Link(r.year() + "年度", Links.report(r.year(), site.slug()))).toList());
        c.put("rows", rows);
        c.put("sections", form.sections().stream().map(Section::label).toList());
        c.put("charts", charts == null ? List.of() : charts.site(site));
        return c;
    }

    /** A value as the site page's year columns show it: accounts by name with their figures. */
    private static String trendValue(Row row, Figure f) {
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
                            : field.label() + " " + v.display() + field.unit());
                }
                return parts.get(0) + "（" + String.join("，", parts.subList(1, parts.size())) + "）";
            }).collect(Collectors.joining("；"));
        }
        return f.value().display();
    }
}
