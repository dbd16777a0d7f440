package org.nianbao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;

/** The column's 政府信息公开工作年度报告 indexed once by year and by body (a site of site.yaml). */
final class XxgkIndex {
    private final TreeMap<Integer, List<Report>> byYear = new TreeMap<>();
    private final Map<String, List<Report>> bySite = new LinkedHashMap<>();
    private final List<Integer> years;

    XxgkIndex(Column column) {
        for (Report r : column.xxgkReports()) {
            byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
            bySite.computeIfAbsent(r.site().slug(), s -> new ArrayList<>()).add(r);
        }
        bySite.replaceAll((s, list) -> list.stream().sorted(Comparator.comparingInt(Report::year)).toList());
        List<Integer> all = new ArrayList<>();
        if (!byYear.isEmpty()) {
            int first = byYear.firstKey();
            for (int y = byYear.lastKey(); y >= first; y--) {
                all.add(y);
            }
        }
        this.years = List.copyOf(all);
    }

    /** Every year from the first report's to the newest, newest first, a year nobody reported for included. */
    List<Integer> years() {
        return years;
    }

    boolean isEmpty() {
        return years.isEmpty();
    }

    /** The year's reports, by body code. */
    List<Report> reportsOf(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    /** A body's reports, earliest year first. */
    List<Report> reportsOf(Site site) {
        return bySite.getOrDefault(site.slug(), List.of());
    }
}
