package org.nianbao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nianbao.form.Figure;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.Value;
import org.nianbao.source.Csv;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.plan.ColumnLayout;
import org.nianbao.xml.Xml;

/**
 * The column's machine-readable files: each report as CSV, the JSON Schema of {@code report.json},
 * an Atom feed of published reports, and, when the column's address is known, a sitemap.
 */
final class ColumnData {
    /** China has kept one offset since 1991, the earliest year a report can be for. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final OffsetDateTime NO_DATE = Instant.EPOCH.atOffset(CHINA);
    private static final DateTimeFormatter ATOM_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    /** Excel opens UTF-8 CSV as UTF-8 only with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private ColumnData() {
    }

    /** A report's figures, one line per value: 项目, 单位, 数值, 自动计算. */
    static String reportCsv(Report r) {
        StringBuilder s = new StringBuilder(BOM).append("项目,单位,数值,自动计算\r\n");
        for (Row row : r.form().leafRows()) {
            Figure f = r.figures().get(row.path());
            Value v = f == null ? null : f.value();
            if (v instanceof Value.Quarters q) {
                for (Quarter quarter : Quarter.values()) {
                    Value.Cell c = q.cells().get(quarter);
                    if (c != null) {
                        line(s, row.labelPath() + "/" + quarter.label(), row.unit(),
                                FormTable.number(c.value(), row.valueType()), c.computed());
                    }
                }
            } else if (v instanceof Value.Matrix m) {
                for (org.nianbao.form.MatrixColumn c : row.columns()) {
                    java.math.BigDecimal cell = m.at(c.id());
                    line(s, row.labelPath() + "/" + c.labelPath(), row.unit(), cell == null ? "" : cell.toPlainString(), false);
                }
            } else if (v instanceof Value.Accounts a) {
                int n = 0;
                for (Value.Account acc : a.accounts()) {
                    n++;
                    for (Row field : row.children()) {
                        line(s, row.labelPath() + "/" + n + "/" + field.label(), field.unit(),
                                acc.fields().get(field.id()).display(), false);
                    }
                }
            } else {
                String text = v == null ? "" : f.computed() ? FormTable.number(Value.number(v), row.valueType()) : v.display();
                line(s, row.labelPath(), row.unit(), text, f != null && f.computed());
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String unit, String value, boolean computed) {
        s.append(Csv.line(List.of(label, unit, value, computed ? "是" : "否"))).append("\r\n");
    }

    static byte[] schema() {
        try (InputStream in = ColumnData.class.getResourceAsStream("report.schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An Atom feed of every report, newest first. Entry ids are the pages' addresses when the column's
     * address is known, otherwise name-based UUIDs of their paths: stable either way.
     *
     * <p>The feed's own {@code updated} is the output timestamp, or the newest report's date when that
     * is later or there is no timestamp; with neither, 1970-01-01 (a fixed date, never the build's).
     *
     * @param timestamp the output timestamp, or {@code null}
     */
    static String feed(Column column, ColumnLayout layout, Instant timestamp) {
        String baseUrl = layout.baseUrl().orElse(null);
        List<Report> reports = new ArrayList<>(column.reports());
        reports.sort(Comparator.comparing(Report::published).reversed()
                .thenComparing(Report::year, Comparator.reverseOrder()).thenComparing(r -> r.site().slug()));
        OffsetDateTime updated = timestamp == null ? NO_DATE : timestamp.atOffset(CHINA).truncatedTo(ChronoUnit.SECONDS);
        if (!reports.isEmpty() && reports.get(0).published().atStartOfDay().atOffset(CHINA).isAfter(updated)) {
            updated = reports.get(0).published().atStartOfDay().atOffset(CHINA);
        }
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        s.append("  <title>").append(Xml.escape(column.config().title())).append("</title>\n");
        s.append("  <id>").append(id(baseUrl, "")).append("</id>\n");
        s.append("  <updated>").append(updated.format(ATOM_TIME)).append("</updated>\n");
        s.append("  <author><name>").append(Xml.escape(column.config().sponsor())).append("</name></author>\n");
        s.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(href(baseUrl, ColumnLayout.HOME)).append("\"/>\n");
        if (baseUrl != null) {
            s.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(href(baseUrl, ColumnLayout.FEED)).append("\"/>\n");
        }
        for (Report r : reports) {
            String path = layout.report(r);
            s.append("  <entry>\n");
            s.append("    <title>").append(Xml.escape(r.title())).append("</title>\n");
            s.append("    <id>").append(id(baseUrl, path)).append("</id>\n");
            s.append("    <updated>").append(time(r.published())).append("</updated>\n");
            s.append("    <published>").append(time(r.published())).append("</published>\n");
            s.append("    <author><name>").append(Xml.escape(r.site().name())).append("</name></author>\n");
            s.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(href(baseUrl, path)).append("\"/>\n");
            s.append("    <summary>").append(Xml.escape(r.site().name() + "发布" + r.year() + "年度" + r.form().title()
                    + "，发布日期 " + r.published() + "。")).append("</summary>\n");
            s.append("  </entry>\n");
        }
        return s.append("</feed>\n").toString();
    }

    /** Every page's address, for search engines; only with a known column address. */
    static String sitemap(List<String> pages, Map<String, LocalDate> modified, String baseUrl) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            s.append("  <url><loc>").append(Xml.escape(baseUrl + page)).append("</loc>");
            LocalDate date = modified.get(page);
            if (date != null) {
                s.append("<lastmod>").append(date).append("</lastmod>");
            }
            s.append("</url>\n");
        }
        return s.append("</urlset>\n").toString();
    }

    private static String id(String baseUrl, String path) {
        if (baseUrl != null) {
            return Xml.escape(baseUrl + path);
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("nianbao:" + path).getBytes(StandardCharsets.UTF_8));
    }

    /** With no known address, feed links are relative to the feed (RFC 4287 allows it; most readers resolve them). */
    private static String href(String baseUrl, String path) {
        return Xml.escape(baseUrl == null ? path : baseUrl + path);
    }

    private static String time(LocalDate date) {
        return date + "T00:00:00+08:00";
    }
}
