package org.nianbao.plan;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.source.Sha256;

/**
 * Where every file of the column goes and how pages link to each other: the one place that names
 * output paths. Paths are relative to the column's root, so that the column works under any path of
 * any CMS and from {@code file://}; every page lives at {@code <folder>/index.html} and links name
 * {@code index.html} explicitly. Templates prefix a path with {@link #root} of the page they are on.
 */
public final class ColumnLayout {
    public static final String HOME = "index.html";
    /** 网站地图: the column's pages as a page, which the footer links. */
    public static final String SITEMAP_PAGE = "sitemap/index.html";
    public static final String SEARCH_PAGE = "search/index.html";
    /** The search index's manifest, which the search page loads. */
    public static final String SEARCH_MANIFEST = "search/index.js";
    public static final String EMBED_PAGE = "embed/index.html";
    /** The homepage box as a fragment, beside its page. */
    public static final String EMBED_BOX = "embed/box.inc";
    /** The JSON Schema of every {@code report.json}. */
    public static final String SCHEMA = "data/report.schema.json";
    public static final String FEED = "feed.xml";
    /** The sitemap for search engines, written only with a known column address. */
    public static final String SITEMAP_XML = "sitemap.xml";
    /** The folder of the 政府信息公开工作年度报告's pages. */
    private static final String XXGK = "xxgk/";

    /** The column's address ending in {@code /}, or null when unknown. */
    private final String baseUrl;

    /** @param baseUrl the column's address ending in {@code /}, or {@code null} when not configured */
    public ColumnLayout(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The prefix from page {@code path} back to the column's root: {@code ""}, {@code "../"} … */
    public static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * A link from page {@code from} to {@code to}, both root-relative: the file's name alone when it is in
     * the page's folder, else by way of the root.
     */
    public static String relative(String from, String to) {
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        return to.startsWith(folder) && to.indexOf('/', folder.length()) < 0 ? to.substring(folder.length())
                : root(from) + to;
    }

    public String year(int year) {
        return year + "/index.html";
    }

    public String report(int year, String slug) {
        return year + "/" + slug + "/index.html";
    }

    /** A report's page: a 政府信息公开工作年度报告's under {@code xxgk/} ({@link #xxgkReport}). */
    public String report(Report r) {
        return r.form().isXxgk() ? xxgkReport(r.year(), r.site().slug()) : report(r.year(), r.site().slug());
    }

    /**
     * The 政府信息公开工作年度报告 have pages of their own under {@code xxgk/}: a year's
     * ({@code xxgk/2023/index.html}), a report's ({@code xxgk/2023/jiaoyuju/index.html}, with its
     * {@code report.json} and {@code report.csv}) and a body's across the years ({@code xxgk/bodies/jiaoyuju/}).
     */
    public String xxgkYear(int year) {
        return XXGK + year + "/index.html";
    }

    public String xxgkReport(int year, String slug) {
        return XXGK + year + "/" + slug + "/index.html";
    }

    /** The reports of one body (a site's, as site.yaml lists it) across the years. */
    public String xxgkBody(Site site) {
        return XXGK + "bodies/" + site.slug() + "/index.html";
    }

    /** All of a year's 政府信息公开工作年度报告, a row per body. */
    public String xxgkYearCsv(int year) {
        return "data/xxgk-all-" + year + ".csv";
    }

    /** A report's data as JSON, beside its page. */
    public String reportJson(Report r) {
        return folder(report(r)) + "report.json";
    }

    public String reportCsv(Report r) {
        return folder(report(r)) + "report.csv";
    }

    public String site(Site site) {
        return "sites/" + site.slug() + "/index.html";
    }

    /** A year's chart gallery, beside the charts it shows: under charts/, where no report or site page is. */
    public String gallery(int year) {
        return "charts/" + year + "/index.html";
    }

    /** All of a year's work reports, a row per site, in the format {@code nianbao import} reads. */
    public String yearCsv(int year) {
        return "data/all-" + year + ".csv";
    }

    /** 回填: every report of a year with its public address, as a page and a CSV (only with the column's address). */
    public String yearAddresses(int year) {
        return year + "/addresses/index.html";
    }

    public String yearAddressesCsv(int year) {
        return "data/addresses-" + year + ".csv";
    }

    public String yearXlsx(int year) {
        return "data/all-" + year + ".xlsx";
    }

    public String searchShard(int shard) {
        return "search/s/" + shard + ".js";
    }

    public String searchDocument(int number) {
        return "search/d/" + number + ".js";
    }

    /** A theme asset under a name with its content's hash, e.g. style.css → assets/style.1a2b3c4d.css. */
    public String asset(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        return "assets/" + name.substring(0, dot) + "." + Sha256.of(bytes).substring(0, 8) + name.substring(dot);
    }

    /**
     * A chart's files, from its path without extension: the 1x PNG ({@code ""} when not written), the 2x
     * PNG, the SVG and the data as CSV.
     */
    public record ChartFiles(String png, String png2x, String svg, String csv) {
        /** The files written, in that order. */
        public List<String> all() {
            return png.isEmpty() ? List.of(png2x, svg, csv) : List.of(png, png2x, svg, csv);
        }
    }

    public static ChartFiles chartFiles(String chart, boolean png1x) {
        return new ChartFiles(png1x ? chart + ".png" : "", chart + "@2x.png", chart + ".svg", chart + ".csv");
    }

    /**
     * A report chart's files without their extension, beside the year's gallery; a 政府信息公开工作年度报告's under
     * {@code charts/xxgk/}, as the same body's 年度报表 may have a chart of the same name.
     */
    public String reportChart(Report r, String name) {
        return (r.form().isXxgk() ? XXGK_CHARTS : "charts/") + r.year() + "/" + r.site().slug() + "/" + name;
    }

    /** Where the 政府信息公开工作年度报告's charts go: apart from the 年度报表's, which a body may also have. */
    private static final String XXGK_CHARTS = "charts/xxgk/";

    /** A body's 政府信息公开工作年度报告 chart across the years (a site's body or a 机关). */
    public String xxgkBodyChart(Site body, String name) {
        return XXGK_CHARTS + "bodies/" + body.slug() + "/" + name;
    }

    /** A chart of one year's 政府信息公开工作年度报告 across the bodies. */
    public String xxgkYearChart(int year, String name) {
        return XXGK_CHARTS + year + "/" + name;
    }

    public String siteChart(Site site, String name) {
        return "charts/sites/" + site.slug() + "/" + name;
    }

    public String yearChart(int year, String name) {
        return "charts/" + year + "/" + name;
    }

    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The page's full address, or "" when the column's address is unknown. */
    public String canonical(String path) {
        return baseUrl == null ? "" : baseUrl + path;
    }

    /** The column's host name, or "" when its address is unknown. */
    public String domain() {
        return baseUrl == null ? "" : URI.create(baseUrl).getHost();
    }

    /**
     * What goes before a root-relative path in text pasted outside the column (the homepage box, image
     * code for news posts): the column's address when known, else {@code whenUnknown}.
     */
    public String linkBase(String whenUnknown) {
        return baseUrl == null ? whenUnknown : baseUrl;
    }

    private static String folder(String page) {
        return page.substring(0, page.length() - "index.html".length());
    }
}
