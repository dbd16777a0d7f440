package org.nianbao.render;

import java.util.List;
import org.nianbao.chart.ChartView;
import org.nianbao.model.Report;
import org.nianbao.model.Site;

/** The typed values that templates read, built from the model at the last step. */
public final class Views {
    private Views() {
    }

    /** A link; {@code href} is relative to the column root: templates prefix it with {@code root}. */
    public record Link(String label, String href) {
    }

    /** A year on the home page. */
    public record YearSummary(int year, int published, long expected, String href) {
    }

    /**
     * A site's line on a year page: its report, or {@code null} when it has not published one.
     *
     * @param name     the site's name, or for a 政府信息公开工作年度报告 its body's (示例市人民政府, not its portal's)
     * @param siteHref the site's page across the years (for a 政府信息公开工作年度报告, its body's), or ""
     * @param deadline the last day on which its report is on time
     * @param daysLate days after the site's deadline it was published, 0 when on time
     */
    public record Entry(Site site, String name, Report report, String href, String siteHref,
            java.time.LocalDate deadline, long daysLate) {
        public boolean isPublished() {
            return report != null;
        }

        public boolean isLate() {
            return daysLate > 0;
        }
    }

    /** The sites of one level or region on a year page, with its completeness. */
    public record Group(String level, List<Entry> entries) {
        public long published() {
            return entries.stream().filter(Entry::isPublished).count();
        }

        public long late() {
            return entries.stream().filter(Entry::isLate).count();
        }

        public long missing() {
            return entries.size() - published();
        }
    }

    /** The charts of one site (or of the whole year) on a year's chart gallery; {@code href}: its report page. */
    public record ChartGroup(String label, String href, List<ChartView> charts) {
    }

    /**
     * A row of a site's page: one form row's values across the years; {@code absent}, one per value, says
     * where that year's edition of the form has no such row (its value is then "—").
     */
    public record TrendRow(String section, String label, String kind, List<String> values, List<Boolean> absent) {
    }

    /** The edition of the form that {@code span} adjacent year columns of a site's page follow. */
    public record EditionSpan(String label, int span) {
    }

    /** A part of the site map page: a heading with its link (may be empty) and the links under it. */
    public record MapSection(String label, String href, List<Link> links) {
    }

    /**
     * The 政府信息公开工作年度报告 on the home page.
     *
     * @param years  each year from the first report's to the newest, newest first
     * @param latest the newest year
     * @param groups the newest year's bodies by level
     */
    public record XxgkSummary(List<YearSummary> years, int latest, String latestHref, List<Group> groups) {
    }

    /** 回填: one report's public address, with its site's name, code and level. */
    public record Address(String site, String slug, String level, String url) {
    }
}
