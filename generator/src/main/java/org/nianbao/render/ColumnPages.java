package org.nianbao.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nianbao.chart.ColumnCharts;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.plan.ColumnLayout;

/**
 * Plans every page and file of a column, bar the charts' images, as {@link OutputJob}s: which files
 * each job writes ({@link ColumnLayout}), what it depends on ({@link JobInputs}), and what it shows
 * ({@link PageContexts}, rendered by {@link PageWriter}).
 */
public final class ColumnPages {
    private final Column column;
    private final ColumnLayout layout;
    /** The column's charts, or null without charts. */
    private final ColumnCharts charts;
    private final Markdown markdown;
    private final PageContexts pages;
    private final JobInputs inputs;
    private final PageWriter writer;
    private final Instant outputTimestamp;
    private final SearchMemo searchMemo;
    /** The theme's assets by their fingerprinted paths. */
    private final Map<String, byte[]> assetFiles = new LinkedHashMap<>();

    /**
     * @param charts          the column's charts, shown on report, site and year pages and year galleries; may be null
     * @param outputTimestamp the moment the column stands for, dating the feed; may be null
     */
    public ColumnPages(Column column, ColumnLayout layout, Theme theme, Templates templates, Markdown markdown,
            ColumnCharts charts, Instant outputTimestamp) {
        this(column, layout, theme, templates, markdown, charts, outputTimestamp, null);
    }

    /** @param searchMemo the search terms of the last build in this JVM, kept for the next; may be null */
    public ColumnPages(Column column, ColumnLayout layout, Theme theme, Templates templates, Markdown markdown,
            ColumnCharts charts, Instant outputTimestamp, SearchMemo searchMemo) {
        this.searchMemo = searchMemo;
        this.column = column;
        this.outputTimestamp = outputTimestamp;
        this.layout = layout;
        this.charts = charts;
        this.markdown = markdown;
        this.pages = new PageContexts(column, layout, charts, markdown);
        this.inputs = new JobInputs(column, pages, charts);
        Map<String, String> assets = new LinkedHashMap<>();
        for (String name : theme.assets()) {
            byte[] bytes = theme.asset(name);
            String path = layout.asset(name, bytes);
            assets.put(name, path);
            assetFiles.put(path, bytes);
        }
        this.writer = new PageWriter(templates, layout, column, assets);
    }

    /** Every page and file of the column as jobs, in a fixed order. */
    public List<OutputJob> jobs() {
        List<OutputJob> jobs = new ArrayList<>();
        jobs.add(new OutputJob("assets/", List.copyOf(assetFiles.keySet()), JobInputs.none(),
                sink -> assetFiles.forEach(sink::write)));
        jobs.add(page(ColumnLayout.HOME, inputs.wholeColumn(), pages::home));
        for (int year : column.allYears()) {
            jobs.add(year(year));
            if (charts != null && column.years().contains(year)) {
                jobs.add(page(layout.gallery(year), inputs.gallery(year), () -> pages.gallery(year)));
            }
            if (layout.baseUrl().isPresent() && !column.reportsOf(year).isEmpty()) {
                jobs.add(addresses(year));
            }
            for (Report r : pages.reportsOf(year)) {
                jobs.add(report(r));
            }
        }
        for (Site site : column.config().sites()) {
            if (!column.reportsOf(site).isEmpty()) {
                jobs.add(page(layout.site(site), inputs.site(site), () -> pages.site(site)));
            }
        }
        jobs.addAll(xxgk());
        jobs.add(page(ColumnLayout.SITEMAP_PAGE, inputs.wholeColumn(), pages::sitemap));
        jobs.add(new OutputJob(ColumnLayout.EMBED_PAGE, List.of(ColumnLayout.EMBED_BOX, ColumnLayout.EMBED_PAGE),
                inputs.wholeColumn(), this::writeEmbed));
        jobs.addAll(search());
        jobs.add(file(ColumnLayout.SCHEMA, JobInputs.none(), ColumnData::schema));
        jobs.add(file(ColumnLayout.FEED, () -> inputs.wholeColumn().get() + "\ntimestamp " + outputTimestamp,
                () -> utf8(ColumnData.feed(column, layout, outputTimestamp))));
        if (layout.baseUrl().isPresent()) {
            List<String> html = jobs.stream().flatMap(j -> j.paths().stream()).filter(p -> p.endsWith(".html")).toList();
            jobs.add(file(ColumnLayout.SITEMAP_XML, inputs.wholeColumn(),
                    () -> utf8(ColumnData.sitemap(html, published(), layout.baseUrl().get()))));
        }
        return jobs;
    }

    /** A year's page and, when it has work reports, their data as CSV and workbook. */
    /** 回填: the year's page of report addresses and its CSV. */
    private OutputJob addresses(int year) {
        String page = layout.yearAddresses(year);
        String csv = layout.yearAddressesCsv(year);
        return new OutputJob(page, List.of(page, csv), inputs.year(year), sink -> {
            Pages.Addresses list = pages.addresses(year);
            writer.write(sink, page, list);
            sink.write(csv, CsvExport.utf8WithBom(PageContexts.addressesCsv(list)));
        });
    }

    private OutputJob year(int year) {
        List<Report> work = column.reportsOf(year);
        List<String> paths = new ArrayList<>(List.of(layout.year(year)));
        if (!work.isEmpty()) {
            paths.add(layout.yearCsv(year));
            paths.add(layout.yearXlsx(year));
        }
        return new OutputJob(layout.year(year), paths, inputs.year(year), sink -> {
            writer.write(sink, layout.year(year), pages.year(year));
            if (!work.isEmpty()) {
                sink.write(layout.yearCsv(year), CsvExport.utf8WithBom(CsvExport.csv(work, work.get(0).form())));
                sink.write(layout.yearXlsx(year), XlsxExport.workbook(work, work.get(0).form()));
            }
        });
    }

    /** A report's page with its data as JSON and CSV beside it. */
    private OutputJob report(Report r) {
        String page = layout.report(r);
        String json = layout.reportJson(r);
        String csv = layout.reportCsv(r);
        return new OutputJob(page, List.of(page, json, csv), inputs.report(r), sink -> {
            writer.write(sink, page, pages.report(r));
            sink.write(json, utf8(ReportJson.of(r)));
            sink.write(csv, utf8(ColumnData.reportCsv(r)));
        });
    }

    /** The 政府信息公开工作年度报告: each year's page with its CSV, each report's page with its data, each body's page. */
    private List<OutputJob> xxgk() {
        XxgkIndex index = pages.xxgk();
        List<OutputJob> jobs = new ArrayList<>();
        for (int year : index.years()) {
            List<Report> reports = index.reportsOf(year);
            String page = layout.xxgkYear(year);
            List<String> paths = reports.isEmpty() ? List.of(page) : List.of(page, layout.xxgkYearCsv(year));
            jobs.add(new OutputJob(page, paths, inputs.xxgkYear(year), sink -> {
                writer.write(sink, page, pages.xxgkYear(year));
                if (!reports.isEmpty()) {
                    sink.write(layout.xxgkYearCsv(year),
                            CsvExport.utf8WithBom(CsvExport.csv(reports, reports.get(0).form())));
                }
            }));
            for (Report r : reports) {
                String report = layout.report(r);
                String json = layout.reportJson(r);
                String csv = layout.reportCsv(r);
                jobs.add(new OutputJob(report, List.of(report, json, csv), inputs.xxgkReport(r), sink -> {
                    writer.write(sink, report, pages.xxgkReport(r));
                    sink.write(json, utf8(ReportJson.of(r)));
                    sink.write(csv, utf8(ColumnData.reportCsv(r)));
                }));
            }
        }
        for (Site site : column.config().bodies()) {
            if (!index.reportsOf(site).isEmpty()) {
                jobs.add(page(layout.xxgkBody(site), inputs.xxgkBody(site), () -> pages.xxgkBody(site)));
            }
        }
        return jobs;
    }

    /**
     * The search page with the index's manifest and shards, which depend on every report, and one job
     * per report for its text in the index, so that an edit rewrites one report's.
     */
    private List<OutputJob> search() {
        List<Report> docs = SearchIndex.documents(column);
        List<String> paths = new ArrayList<>(List.of(ColumnLayout.SEARCH_PAGE, ColumnLayout.SEARCH_MANIFEST));
        for (int s = 0; s < SearchIndex.shards(docs.size()); s++) {
            paths.add(layout.searchShard(s));
        }
        List<OutputJob> jobs = new ArrayList<>();
        jobs.add(new OutputJob(ColumnLayout.SEARCH_PAGE, paths, inputs.wholeColumn(), sink -> {
            sink.write(ColumnLayout.SEARCH_MANIFEST, utf8(SearchIndex.manifest(column, docs)));
            List<String> shards = SearchIndex.shardFiles(docs, markdown, searchMemo);
            for (int s = 0; s < shards.size(); s++) {
                sink.write(layout.searchShard(s), utf8(shards.get(s)));
            }
            writer.write(sink, ColumnLayout.SEARCH_PAGE, pages.search());
        }));
        for (int i = 0; i < docs.size(); i++) {
            Report r = docs.get(i);
            String path = layout.searchDocument(i);
            int number = i;
            jobs.add(file(path, JobInputs.searchDocument(path, r),
                    () -> utf8(SearchIndex.documentFile(number, r, markdown, layout))));
        }
        return jobs;
    }

    /** The homepage box as a fragment, and its page showing it and its code. */
    private void writeEmbed(PageSink sink) {
        Pages.EmbedBox box = pages.embedBox();
        String fragment = writer.fragment("embed-box", box);
        sink.write(ColumnLayout.EMBED_BOX, utf8(fragment));
        writer.write(sink, ColumnLayout.EMBED_PAGE, pages.embed(box, fragment));
    }

    /** Each report page's publication date, for the sitemap's {@code lastmod}. */
    private Map<String, LocalDate> published() {
        Map<String, LocalDate> dates = new HashMap<>();
        for (int year : column.years()) {
            pages.reportsOf(year).forEach(r -> dates.put(layout.report(r), r.published()));
        }
        column.xxgkReports().forEach(r -> dates.put(layout.report(r), r.published()));
        return dates;
    }

    private OutputJob page(String path, Supplier<String> jobInputs, Supplier<? extends Pages.Page> page) {
        return new OutputJob(path, List.of(path), jobInputs, sink -> writer.write(sink, path, page.get()));
    }

    private static OutputJob file(String path, Supplier<String> jobInputs, Supplier<byte[]> bytes) {
        return new OutputJob(path, List.of(path), jobInputs, sink -> sink.write(path, bytes.get()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
