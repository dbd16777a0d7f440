package org.nianbao.render;

import java.util.List;
import java.util.Map;
import org.nianbao.chart.ChartView;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.nianbao.render.Views.ChartGroup;
import org.nianbao.render.Views.EditionSpan;
import org.nianbao.render.Views.Group;
import org.nianbao.render.Views.Link;
import org.nianbao.render.Views.MapSection;
import org.nianbao.render.Views.TrendRow;
import org.nianbao.render.Views.YearSummary;

/**
 * What each template gets: one record per page template, its components the template's variables
 * (docs/themes.md). A page's template also gets {@link Common}'s, which {@code layout.peb} reads.
 * Paths named {@code …Href} are relative to the column's root (templates put {@code root} before
 * them) unless said otherwise.
 */
public final class Pages {
    private Pages() {
    }

    /** A page of the column: its record's components are its template's variables. */
    public sealed interface Page permits Home, Year, Addresses, Gallery, ReportPage, SitePage, Sitemap, Search, Embed,
            XxgkYear, XxgkReportPage, XxgkBody {
        /** The template's name, without {@code .peb}. */
        String template();
    }

    /**
     * What every page gets, for the layout.
     *
     * @param column      site.yaml: the column's title, sponsor, portal, codes
     * @param root        the way from this page back to the column's root: {@code ""}, {@code "../"} …
     * @param assets      the theme's assets by name ({@code style.css}) → their fingerprinted paths
     * @param years       a link to each year's page, newest first
     * @param canonical   this page's full address, or "" when the column's address is unknown
     * @param siteDomain  the column's host name, or ""
     * @param homeHref    the column's home page; {@code searchHref}, {@code embedHref} (the homepage box's page),
     *                    {@code feedHref} (Atom) and {@code sitemapHref} (网站地图) likewise
     */
    public record Common(SiteConfig column, String root, Map<String, String> assets, List<Link> years,
            String canonical, String siteDomain, String homeHref, String searchHref, String embedHref,
            String feedHref, String sitemapHref) {
    }

    /**
     * {@code home.peb}.
     *
     * @param summaries each year with its counts, newest first
     * @param latest    the newest year, or null when there is no report
     * @param groups    the newest year's sites by level (empty when there is no year)
     * @param xxgk      the 政府信息公开工作年度报告, or null when the column has none
     */
    public record Home(String title, List<YearSummary> summaries, Integer latest, List<Group> groups, Link supervision,
            Views.XxgkSummary xxgk) implements Page {
        @Override
        public String template() {
            return "home";
        }
    }

    /**
     * {@code year.peb}.
     *
     * @param late        reports published after their deadline
     * @param missing     sites expected this year without a report
     * @param deadline    the column's deadline in the following year, as yyyy-MM-dd
     * @param csvHref     the year's CSV of all work reports, or "" when there is none
     * @param xlsxHref    the same as a workbook, or ""
     * @param supervision the year's supervision report, or null
     * @param galleryHref the year's chart gallery, or "" without charts
     * @param addressesHref the year's 回填 list of report addresses, or "" when the column's address is unknown
     */
    public record Year(String title, int year, List<Group> groups, long late, long missing, String deadline,
            String csvHref, String xlsxHref, int published, Link supervision, long expected, List<ChartView> charts,
            String galleryHref, String addressesHref) implements Page {
        @Override
        public String template() {
            return "year";
        }
    }

    /**
     * {@code addresses.peb}: 回填, each report of a year with the full address a site types back into
     * the national reporting system.
     *
     * @param rows    the year's work reports in site.yaml's order, then its supervision report
     * @param csvHref the same list as CSV
     */
    public record Addresses(String title, int year, String yearHref, List<Views.Address> rows, String csvHref) implements Page {
        @Override
        public String template() {
            return "addresses";
        }
    }

    /**
     * {@code gallery.peb}: every chart of a year, for editors of news posts.
     *
     * @param imgBase what image code puts before a chart's path: the column's address, or "" when unknown
     *                (the template then uses {@code root})
     * @param groups  the year's own charts, then each report's
     * @param png1x   whether each chart's 1x PNG is written beside the 2x one
     */
    public record Gallery(String title, String imgBase, int year, String yearHref, List<ChartGroup> groups, boolean png1x)
            implements Page {
        @Override
        public String template() {
            return "gallery";
        }
    }

    /**
     * {@code report.peb}.
     *
     * @param table      the figures laid out as the official form
     * @param narrative  the narrative as safe HTML (print with {@code | raw}), or ""
     * @param siteHref   the site's page of all years, or "" for the supervision report
     * @param jsonHref   the report's JSON, relative to this page
     * @param csvHref    the report's CSV, relative to this page
     * @param otherYears the same site's (or the supervision's) reports of the other years
     */
    public record ReportPage(String title, Report report, FormTable table, String narrative, List<ChartView> charts,
            String yearHref, String siteHref, String jsonHref, String csvHref, String schemaHref,
            List<Link> otherYears) implements Page {
        @Override
        public String template() {
            return "report";
        }
    }

    /**
     * {@code site.peb}: one site across the years.
     *
     * @param reports  a link to each year's report, oldest first
     * @param editions the form's edition each year column follows, adjacent years of one edition as one span
     * @param rows     the latest edition's rows with their values by year
     * @param anyAbsent whether some year's edition lacks a row, so that the table needs its legend
     * @param sections the latest edition's section labels, for the rows' {@code section}
     */
    public record SitePage(String title, Site site, List<Link> reports, List<EditionSpan> editions, List<TrendRow> rows,
            List<String> sections, List<ChartView> charts, boolean anyAbsent) implements Page {
        @Override
        public String template() {
            return "site";
        }
    }

    /**
     * {@code xxgk-year.peb}: a year's 政府信息公开工作年度报告 ({@code xxgk/2023/index.html}).
     *
     * @param groups  the year's bodies by level (site.yaml's 网站, then its 机关 as one group), published or not;
     *                each entry's deadline is its body's (1月31日 for a department, 3月31日 for a government's own)
     * @param csvHref the year's reports as CSV, a row per body, or "" when there is none
     */
    public record XxgkYear(String title, int year, List<Group> groups, long late, long missing, int published,
            long expected, String csvHref, List<ChartView> charts) implements Page {
        @Override
        public String template() {
            return "xxgk-year";
        }
    }

    /**
     * {@code xxgk-report.peb}: one 政府信息公开工作年度报告 ({@code xxgk/2023/jiaoyuju/index.html}).
     *
     * @param parts      the parts with figures (二, 三, 四) laid out as the format
     * @param overview   the narrative up to its second part (一、总体情况), as safe HTML, or ""
     * @param narrative  the rest of the narrative (五、六), as safe HTML, or ""
     * @param bodyHref   the body's page across the years
     * @param jsonHref   the report's JSON, relative to this page
     * @param csvHref    the report's CSV, relative to this page
     * @param otherYears the body's reports of the other years
     */
    public record XxgkReportPage(String title, Report report, List<XxgkTables.Part> parts, String overview,
            String narrative, String yearHref, String bodyHref, String jsonHref, String csvHref, String schemaHref,
            List<Link> otherYears, List<ChartView> charts) implements Page {
        @Override
        public String template() {
            return "xxgk-report";
        }
    }

    /**
     * {@code xxgk-body.peb}: one body's 政府信息公开工作年度报告 across the years ({@code xxgk/bodies/jiaoyuju/index.html}).
     *
     * @param reports  a link to each year's report, oldest first
     * @param rows     the main figures with their values by year (part 三's 总计 column, every cell of parts 二 and 四)
     * @param sections the parts' labels, which the rows' {@code section} names
     */
    public record XxgkBody(String title, Site site, List<Link> reports, List<TrendRow> rows, List<String> sections,
            List<ChartView> charts) implements Page {
        @Override
        public String template() {
            return "xxgk-body";
        }
    }

    /** {@code sitemap.peb}: 网站地图, every page by year, by site, and the tools. */
    public record Sitemap(String title, List<MapSection> sections) implements Page {
        @Override
        public String template() {
            return "sitemap";
        }
    }

    /**
     * {@code search.peb}: the filters' choices; the results are drawn by search.js.
     *
     * @param searchLevels the levels in site.yaml's order, then 监管年度报表 when there is a supervision report, then
     *                     政府信息公开工作年度报告 when there is one
     * @param manifestHref the search index's script, relative to this page
     */
    public record Search(String title, List<Integer> searchYears, List<String> searchLevels, String manifestHref)
            implements Page {
        @Override
        public String template() {
            return "search";
        }
    }

    /**
     * {@code embed-box.peb}: the homepage box, a fragment for a portal's home page; it is not a page, so
     * it gets no {@link Common}.
     *
     * @param latest      the newest year, or null when there is no report (the other components are then null)
     * @param yearHref    the newest year's page
     * @param supervision the newest year's supervision report, or null
     * @param linkBase    what links put before a root-relative path: the column's address, or ""
     * @param homeHref    the column's home page
     */
    public record EmbedBox(SiteConfig column, Integer latest, Integer published, Long expected, String yearHref,
            Link supervision, String linkBase, String homeHref) {
    }

    /**
     * {@code embed.peb}: the box's preview and code; it includes {@code embed-box}, so it has the box's
     * components too.
     *
     * @param snippet  the box's HTML, to show as text
     * @param absolute whether the box's links use the column's address
     * @param linkBase as the box's, but {@code "../"} when the column's address is unknown, for the preview
     * @param boxHref  the box as a file, relative to this page
     */
    public record Embed(String title, Integer latest, Integer published, Long expected, String yearHref,
            Link supervision, String snippet, boolean absolute, String linkBase, String boxHref) implements Page {
        @Override
        public String template() {
            return "embed";
        }
    }
}
