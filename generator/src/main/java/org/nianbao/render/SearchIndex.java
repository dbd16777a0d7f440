package org.nianbao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.plan.ColumnLayout;

/**
 * The column's search index, split so that a query loads only what it needs (a province has 16,000
 * reports), and written as scripts that call {@code NIANBAO_SEARCH} (search.js), since they must load
 * from {@code file://} too, where fetch() cannot:
 * <ul>
 * <li>{@code search/index.js}, the manifest: how many shards there are, and which report numbers
 *     are of which year and level (numbers run by year, latest first, then level, then site);
 * <li>{@code search/s/<n>.js}, the shards: each term with its reports ({@link Postings}), a term
 *     in shard {@link SearchTerms#shardOf}; a query loads the shards of its terms only;
 * <li>{@code search/d/<number>.js}, one per report: its title, address, level, narrative and form
 *     as text, loaded for the results shown, to draw their snippets.
 * </ul>
 * A report's terms are those of its whole narrative, its form's labels and values, and, counting
 * {@link #HEAD_WEIGHT} times, its title (site name and year) and level.
 */
final class SearchIndex {
    /** Reports per shard: shards small enough that a query of a few terms loads well under 300 KB (bench/search). */
    static final int REPORTS_PER_SHARD = 16;
    /** A word in the title or level counts as this many in the text. */
    static final int HEAD_WEIGHT = 4;
    /** The level shown for the supervision report, which has none: it is the column owner's. */
    static final String SUPERVISION_LEVEL = "监管年度报表";
    /** The level shown for the 政府信息公开工作年度报告, which the filter offers as one. */
    static final String XXGK_LEVEL = "政府信息公开工作年度报告";

    private SearchIndex() {
    }

    /** The reports in the index's order: a report's position is its number. */
    static List<Report> documents(Column column) {
        Map<String, Integer> levels = new HashMap<>();
        column.config().levels().forEach(l -> levels.putIfAbsent(l, levels.size()));
        Map<String, Integer> sites = new HashMap<>();
        column.config().sites().forEach(s -> sites.putIfAbsent(s.slug(), sites.size()));
        List<Report> docs = new ArrayList<>(column.reports());
        docs.addAll(column.xxgkReports());
        // a year's work reports by level, then its supervision report, then its 政府信息公开工作年度报告
        docs.sort(Comparator.comparingInt(Report::year).reversed()
                .thenComparingInt(r -> r.form().isXxgk() ? Integer.MAX_VALUE : r.isSupervision() ? Integer.MAX_VALUE - 1
                        : levels.getOrDefault(r.site().level(), -1))
                .thenComparingInt(r -> sites.getOrDefault(r.site().slug(), -1)));
        return docs;
    }

    static int shards(int documents) {
        return Math.max(1, (documents + REPORTS_PER_SHARD - 1) / REPORTS_PER_SHARD);
    }

    static String level(Report r) {
        return r.form().isXxgk() ? XXGK_LEVEL : r.isSupervision() ? SUPERVISION_LEVEL : r.site().level();
    }

    /** The levels the filter offers, in site.yaml's order, then the supervision report's if any. */
    static List<String> levels(Column column) {
        List<String> levels = new ArrayList<>(column.config().levels());
        if (column.reports().stream().anyMatch(Report::isSupervision)) {
            levels.add(SUPERVISION_LEVEL);
        }
        if (!column.xxgkReports().isEmpty()) {
            levels.add(XXGK_LEVEL);
        }
        return levels;
    }

    /**
     * The manifest: {@code shards}, {@code levels}, and {@code groups}, each [year, level's position,
     * first number, number after the last] of a run of reports of one year and level.
     */
    static String manifest(Column column, List<Report> docs) {
        List<String> levels = levels(column);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Report r = docs.get(i);
            int level = levels.indexOf(level(r));
            List<Integer> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.get(0) == r.year() && last.get(1) == level) {
                last.set(3, i + 1);
            } else {
                groups.add(new ArrayList<>(List.of(r.year(), level, i, i + 1)));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shards", shards(docs.size()));
        m.put("levels", levels);
        m.put("groups", groups);
        return "window.NIANBAO_SEARCH_INDEX = " + Json.compact(m) + ";\n";
    }

    /** What a report's title and level count in the index. */
    private static String head(Report r) {
        return r.title() + " " + level(r);
    }

    /** Everything a report's terms come from: its title and level, its narrative's source and {@code formText}. */
    static String termsKey(Report r, String formText) {
        return head(r) + '\0' + r.body() + '\0' + formText;
    }

    /** A report's terms with their counts, in parallel arrays. */
    record Terms(String[] terms, int[] counts) {
        static Terms of(Map<String, Integer> counts, SearchMemo memo) {
            String[] terms = new String[counts.size()];
            int[] n = new int[counts.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                terms[i] = memo == null ? e.getKey() : memo.intern(e.getKey());
                n[i++] = e.getValue();
            }
            return new Terms(terms, n);
        }
    }

    /**
     * Every shard's script, by shard number; every shard is there, if only empty.
     *
     * @param memo the terms of the last build's reports, to take unchanged ones from; may be null
     */
    static List<String> shardFiles(List<Report> docs, Markdown markdown, SearchMemo memo) {
        // each report's terms on every core (this job is the longest of an edit's rebuild), then added in order
        Terms[] terms = new Terms[docs.size()];
        String[] keys = new String[docs.size()];
        org.nianbao.concurrent.Parallel.forEach(docs.size(), i -> {
            Report r = docs.get(i);
            String head = head(r);
            String form = formText(r);
            keys[i] = memo == null ? null : termsKey(r, form);
            Terms known = memo == null ? null : memo.get(keys[i]);
            if (known != null) {
                terms[i] = known;
                return;
            }
            Map<String, Integer> counts = new HashMap<>();
            SearchTerms.each(head, t -> counts.merge(t, HEAD_WEIGHT, Integer::sum));
            SearchTerms.each(narrative(r, markdown), t -> counts.merge(t, 1, Integer::sum));
            SearchTerms.each(form, t -> counts.merge(t, 1, Integer::sum));
            terms[i] = Terms.of(counts, memo);
        });
        if (memo != null) {
            memo.keep(keys, terms);
        }
        Map<String, Postings> postings = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Terms t = terms[i];
            for (int j = 0; j < t.terms().length; j++) {
                postings.computeIfAbsent(t.terms()[j], k -> new Postings()).add(i, t.counts()[j]);
            }
        }
        int shards = shards(docs.size());
        List<Map<String, String>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            byShard.add(new TreeMap<>());
        }
        postings.forEach((t, p) -> byShard.get(SearchTerms.shardOf(t, shards)).put(t, p.toString()));
        List<String> files = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            files.add("NIANBAO_SEARCH.shard(" + s + "," + Json.compact(byShard.get(s)) + ");\n");
        }
        return files;
    }

    /** A report's script for its result: title, address (from the column's root), level, year, narrative and form. */
    static String documentFile(int number, Report r, Markdown markdown, ColumnLayout layout) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("t", r.title());
        d.put("u", layout.report(r));
        d.put("l", level(r));
        d.put("y", r.year());
        d.put("x", narrative(r, markdown));
        d.put("f", formText(r));
        return "NIANBAO_SEARCH.doc(" + number + "," + Json.compact(d) + ");\n";
    }

    /** The whole narrative as plain text on one line. */
    static String narrative(Report r, Markdown markdown) {
        return markdown.plainText(r.body()).replaceAll("\\s+", " ").strip();
    }

    /** The form as its table shows it, a row a clause: 办事服务 注册用户数（个） 48788；… */
    static String formText(Report r) {
        StringBuilder b = new StringBuilder();
        if (r.form().isXxgk()) {
            for (XxgkTables.Part part : XxgkTables.of(r.form(), r.figures())) {
                for (XxgkTables.Table t : part.tables()) {
                    for (List<Cell> row : t.body()) {
                        b.append(b.length() == 0 ? "" : "；").append(t.caption());
                        row.forEach(c -> b.append(' ').append(c.text()));
                    }
                }
            }
            return b.toString();
        }
        for (List<List<Cell>> block : FormTable.of(r.form(), r.figures()).blocks()) {
            for (List<Cell> row : block) {
                b.append(b.length() == 0 ? "" : "；");
                for (int i = 0; i < row.size(); i++) {
                    b.append(i == 0 ? "" : " ").append(row.get(i).text());
                }
            }
        }
        return b.toString();
    }
}
