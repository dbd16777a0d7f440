package org.nianbao.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Everything a column shows: the site configuration and every report, in a stable order. */
public record Column(SiteConfig config, List<Report> reports) {

    public Column {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparingInt(Report::year).reversed().thenComparing(r -> r.site().slug()));
        reports = List.copyOf(sorted);
    }

    /** The work reports of the sites, latest year first. */
    public List<Report> workReports() {
        return reports.stream().filter(r -> !r.isSupervision()).toList();
    }

    /** The year's supervision report, if the column has one. */
    public java.util.Optional<Report> supervisionOf(int year) {
        return reports.stream().filter(r -> r.isSupervision() && r.year() == year).findFirst();
    }

    /** Reporting years, latest first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        reports.forEach(r -> years.add(r.year()));
        return List.copyOf(years);
    }

    /** The year's work reports. */
    public List<Report> reportsOf(int year) {
        return workReports().stream().filter(r -> r.year() == year).toList();
    }

    /** A site's reports, earliest year first. */
    public List<Report> reportsOf(Site site) {
        return workReports().stream().filter(r -> r.site().equals(site))
                .sorted(Comparator.comparingInt(Report::year)).toList();
    }
}
