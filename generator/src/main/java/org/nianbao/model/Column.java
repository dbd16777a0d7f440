package org.nianbao.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a column shows: the site configuration and every report, in a stable order, indexed
 * once by year and by site (a province column asks these questions for each of thousands of pages).
 */
public final class Column {
    private final SiteConfig config;
    private final List<Report> reports;
    private final List<Report> workReports;
    private final List<Integer> years;
    private final List<Integer> allYears;
    private final Map<Integer, List<Report>> workByYear = new TreeMap<>();
    private final Map<Integer, Report> supervisionByYear = new TreeMap<>();
    private final Map<String, List<Report>> bySite = new LinkedHashMap<>();
    private final List<Report> xxgkReports;

    public Column(SiteConfig config, List<Report> reports) {
        this(config, reports, List.of());
    }

    /**
     * @param xxgk the 政府信息公开工作年度报告 of the sites' bodies: kept apart from the 年度报表, which the
     *             pages show; no page shows these yet
     */
    public Column(SiteConfig config, List<Report> reports, List<Report> xxgk) {
        List<Report> sortedXxgk = new ArrayList<>(xxgk);
        sortedXxgk.sort(Comparator.comparingInt(Report::year).reversed().thenComparing(r -> r.site().slug()));
        this.xxgkReports = List.copyOf(sortedXxgk);
        this.config = config;
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparingInt(Report::year).reversed().thenComparing(r -> r.site().slug()));
        this.reports = List.copyOf(sorted);
        this.workReports = this.reports.stream().filter(r -> !r.isSupervision()).toList();
        for (Report r : this.reports) {
            if (r.isSupervision()) {
                supervisionByYear.putIfAbsent(r.year(), r);
            } else {
                workByYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
                bySite.computeIfAbsent(r.site().slug(), s -> new ArrayList<>()).add(r);
            }
        }
        workByYear.replaceAll((y, list) -> List.copyOf(list));
        bySite.replaceAll((s, list) -> list.stream().sorted(Comparator.comparingInt(Report::year)).toList());
        this.years = this.reports.stream().map(Report::year).distinct().toList(); // reports are latest first
        List<Integer> all = new ArrayList<>();
        for (int y = years.isEmpty() ? 0 : years.get(0); !years.isEmpty() && y >= years.get(years.size() - 1); y--) {
            all.add(y);
        }
        this.allYears = List.copyOf(all);
    }

    public SiteConfig config() {
        return config;
    }

    /** The 政府信息公开工作年度报告, latest year first, then by the body's code. */
    public List<Report> xxgkReports() {
        return xxgkReports;
    }

    /** Every 年度报表 (work and supervision reports), latest year first, then by site code. */
    public List<Report> reports() {
        return reports;
    }

    /** The work reports of the sites, latest year first. */
    public List<Report> workReports() {
        return workReports;
    }

    /** The year's supervision report, if the column has one. */
    public Optional<Report> supervisionOf(int year) {
        return Optional.ofNullable(supervisionByYear.get(year));
    }

    /**
     * Every year from the first report's to the latest, latest first, with the years nobody reported
     * for among them: each has its page, saying who was expected.
     */
    public List<Integer> allYears() {
        return allYears;
    }

    /** Years with at least one report, latest first. */
    public List<Integer> years() {
        return years;
    }

    /** The year's work reports. */
    public List<Report> reportsOf(int year) {
        return workByYear.getOrDefault(year, List.of());
    }

    /** A site's reports, earliest year first. */
    public List<Report> reportsOf(Site site) {
        return bySite.getOrDefault(site.slug(), List.of());
    }
}
