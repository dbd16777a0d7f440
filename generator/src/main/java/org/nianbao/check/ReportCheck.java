package org.nianbao.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.AccountabilityRecords;
import org.nianbao.form.Edition;
import org.nianbao.form.Figure;
import org.nianbao.form.FigureReader;
import org.nianbao.form.FormDefinition;
import org.nianbao.model.Catalog;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.rules.Rules;
import org.nianbao.source.ColumnSources;
import org.nianbao.source.FrontMatter;
import org.nianbao.source.Invisible;
import org.nianbao.source.Sha256;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Checks one report as read: binds its front matter (年度, 发布日期, optional 版本, the form's figures)
 * to the form, runs the form's rules on the figures and lints the narrative.
 */
public final class ReportCheck {
    static final String YEAR = "年度";
    static final String PUBLISHED = "发布日期";
    static final String EDITION = "版本";
    /** 政府信息公开目录 entries a report may give (发文日期 is its 发布日期). */
    static final String INDEX = "索引号";
    static final List<String> CATALOG = List.of(INDEX, "分类", "发布机构", "文号", "有效性");

    private ReportCheck() {
    }

    /**
     * A report's text in memory (with {@code \n} line ends), such as one an import is about to write,
     * read and checked exactly as the build reads and checks its file, as of today.
     *
     * @param relative the file's path relative to the source folder, e.g. {@code reports/2023/jiaoyuju.md}
     * @param site     the site it reports on (for a supervision report, the column's owner)
     * @return the report, or {@code null} when it has errors (reported to {@code d}, with any warnings)
     */
    public static Report parse(String text, String relative, int folderYear, Site site, FormDefinition form,
            Diagnostics d) {
        ColumnSources.ReportSource source = ColumnSources.report(relative, folderYear, text);
        source.problems().forEach(d::add);
        return source.yaml() == null ? null : check(source, site, form, CheckOptions.today(), d);
    }

    /**
     * @param source a report read and parsed ({@link ColumnSources.ReportSource#yaml()} not {@code null})
     * @return the report, or {@code null} when it has errors (reported to {@code d}, with any warnings)
     */
    public static Report check(ColumnSources.ReportSource source, Site site, FormDefinition form, CheckOptions options,
            Diagnostics d) {
        String relative = source.relative();
        int folderYear = source.folderYear();
        FrontMatter fm = source.frontMatter();
        YamlDocument doc = source.yaml();
        MappingNode root = (MappingNode) doc.root();
        Map<String, NodeTuple> meta = new LinkedHashMap<>();
        List<NodeTuple> sections = new ArrayList<>();
        split(root, meta, sections);
        Integer year = year(meta.get(YEAR), doc, folderYear, options.buildDate(), d);
        LocalDate published = published(meta.get(PUBLISHED), doc, folderYear, form, site, d);
        Edition edition = edition(meta.get(EDITION), form, folderYear, doc, d);
        Catalog catalog = catalog(meta, doc, folderYear, site, form, options.catalog(), d);
        if (edition == null) {
            return null;
        }
        FormDefinition view = form.forReport(edition, folderYear);
        Map<String, Figure> given = new LinkedHashMap<>();
        Map<String, String> provided = new LinkedHashMap<>();
        NodeTuple records = meta.get(AccountabilityRecords.KEY);
        if (records != null) {
            given.putAll(AccountabilityRecords.read(view, doc, records.getValueNode(), d));
            provided.put(view.accountability().group(), AccountabilityRecords.KEY);
        }
        Map<String, Figure> figures = new LinkedHashMap<>(FigureReader.read(view, doc, sections, root, d, provided));
        figures.putAll(given);
        invisibleInNarrative(fm, d);
        if (d.hasErrors()) {
            return null;
        }
        Rules.check(view, figures, folderYear, d);
        if (d.hasErrors()) {
            return null;
        }
        narrativeHeadings(fm, view, d);
        for (NarrativeLint.Finding f : NarrativeLint.lint(fm.body(), options.allowRawHtml())) {
            d.warning(fm.bodyLine() + f.line(), f.column() + 1, "正文", f.message());
        }
        Map<String, Figure> ordered = new LinkedHashMap<>();
        view.leafRows().forEach(r -> {
            if (figures.containsKey(r.path())) {
                ordered.put(r.path(), figures.get(r.path()));
            }
        });
        return new Report(relative, site, year, published, view, ordered, fm.body(), Sha256.of(source.text()), catalog);
    }

    /**
     * The report's 政府信息公开目录 entries: as written, else site.yaml's; a 索引号 must match site.yaml's
     * 索引号格式, and a 政府信息公开工作年度报告 or 监管年度报表 must have one when it is set.
     */
    private static Catalog catalog(Map<String, NodeTuple> meta, YamlDocument doc, int year, Site site, FormDefinition form,
            Catalog.Defaults defaults, Diagnostics d) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String key : CATALOG) {
            NodeTuple t = meta.get(key);
            if (t == null) {
                continue;
            }
            Node v = t.getValueNode();
            String text = v instanceof ScalarNode s ? s.getValue().strip() : null;
            String invisible = text == null ? null : Invisible.describe(text);
            if (text == null || text.isEmpty() || invisible != null) {
                d.error(doc.line(v), doc.column(v), key, text == null || text.isEmpty()
                        ? "应填写一行文字，如 " + (key.equals(INDEX) ? "000014349-" + (year + 1) + "-0001" : "有效")
                        : "填写为“" + text + "”，" + invisible);
            } else {
                given.put(key, text);
            }
        }
        String index = given.getOrDefault(INDEX, defaults.indexTemplate().isEmpty() ? "" : defaults.index(year, site.slug()));
        Pattern pattern = defaults.indexPattern();
        if (pattern != null) {
            NodeTuple t = meta.get(INDEX);
            int line = t == null ? 2 : doc.line(t.getValueNode());
            int column = t == null ? 1 : doc.column(t.getValueNode());
            String from = t == null ? "（由 site.yaml 的索引号模板“" + defaults.indexTemplate() + "”生成）" : "";
            if (index.isEmpty() && (form.isXxgk() || form.isSupervision())) {
                d.error(line, column, INDEX, "缺少此项：site.yaml 设有索引号格式 " + pattern.pattern()
                        + "，应填写本报告在政府信息公开目录中的索引号");
            } else if (!index.isEmpty() && !pattern.matcher(index).matches()) {
                d.error(line, column, INDEX, "填写为“" + index + "”" + from + "，不符合 site.yaml 的索引号格式 " + pattern.pattern());
            }
        }
        String category = given.getOrDefault("分类", form.isXxgk() ? defaults.xxgkCategory() : defaults.reportCategory());
        return new Catalog(index, category, given.getOrDefault("发布机构", form.isXxgk() ? site.body() : site.name()), given.getOrDefault("文号", ""),
                given.getOrDefault("有效性", "有效"));
    }

    /**
     * The front matter's keys: 年度, 发布日期, 版本, raw records and the 政府信息公开目录 entries into {@code meta},
     * the form's sections into {@code sections}.
     */
    private static void split(MappingNode root, Map<String, NodeTuple> meta, List<NodeTuple> sections) {
        for (NodeTuple t : root.getValue()) {
            String key = YamlDocument.key(t);
            switch (key) {
                case YEAR, "year" -> meta.put(YEAR, t);
                case PUBLISHED, "published" -> meta.put(PUBLISHED, t);
                case EDITION, "edition" -> meta.put(EDITION, t);
                case AccountabilityRecords.KEY -> meta.put(AccountabilityRecords.KEY, t);
                default -> {
                    if (CATALOG.contains(key)) {
                        meta.put(key, t);
                    } else {
                        sections.add(t);
                    }
                }
            }
        }
    }

    /**
     * The figures of a report, as far as they can be read even when it has errors, with those the form's
     * rules compute from them (marked computed), by row path; problems are not reported. For the fill page
     * of {@code serve}, which shows computed figures while the rest is still being filled in; the report's
     * check is {@link #check}.
     */
    public static Map<String, Figure> figuresSoFar(ColumnSources.ReportSource source, FormDefinition form) {
        if (source.yaml() == null) {
            return Map.of();
        }
        Diagnostics scratch = new Diagnostics(source.relative());
        YamlDocument doc = source.yaml();
        MappingNode root = (MappingNode) doc.root();
        Map<String, NodeTuple> meta = new LinkedHashMap<>();
        List<NodeTuple> sections = new ArrayList<>();
        split(root, meta, sections);
        Edition edition = edition(meta.get(EDITION), form, source.folderYear(), doc, scratch);
        if (edition == null) {
            return Map.of();
        }
        FormDefinition view = form.forReport(edition, source.folderYear());
        Map<String, String> provided = new LinkedHashMap<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        NodeTuple records = meta.get(AccountabilityRecords.KEY);
        if (records != null) {
            figures.putAll(AccountabilityRecords.read(view, doc, records.getValueNode(), scratch));
            provided.put(view.accountability().group(), AccountabilityRecords.KEY);
        }
        figures.putAll(FigureReader.read(view, doc, sections, root, scratch, provided));
        Rules.check(view, figures, source.folderYear(), scratch);
        return figures;
    }

    /** Warns of each heading the form's narrative must have (一、总体情况 …) that the body lacks. */
    private static void narrativeHeadings(FrontMatter fm, FormDefinition form, Diagnostics d) {
        if (form.narrative().isEmpty()) {
            return;
        }
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (String line : fm.body().lines().toList()) {
            String t = line.strip();
            if (t.startsWith("#")) {
                headings.add(t.replaceFirst("^#+", "").replaceFirst("#+$", "").strip());
            }
        }
        for (String h : form.narrative()) {
            if (!headings.contains(h)) {
                d.warning(fm.bodyLine(), 1, "正文", "缺少标题“" + h + "”：" + form.title() + "的正文应依次写"
                        + String.join("、", form.narrative()) + "各部分，每部分以标题开头，如 ## " + h);
            }
        }
    }

    /**
     * Refuses in the narrative what fields refuse: characters that show as nothing or reorder the
     * text around them (U+202E, BEL, ESC), named where they stand, the first of each line.
     */
    private static void invisibleInNarrative(FrontMatter fm, Diagnostics d) {
        List<String> lines = fm.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = Invisible.position(lines.get(i));
            if (column > 0) {
                d.error(fm.bodyLine() + i, column, "正文", Invisible.describe(lines.get(i)));
            }
        }
    }

    private static Integer year(NodeTuple t, YamlDocument doc, int folderYear, LocalDate buildDate, Diagnostics d) {
        if (t == null) {
            d.error(2, 1, YEAR, "缺少此项，应填写报表所属年度，如 " + folderYear);
            return null;
        }
        Node v = t.getValueNode();
        String text = v instanceof ScalarNode s ? s.getValue().strip() : "";
        if (!text.matches("[0-9]{4}")) {
            d.error(doc.line(v), doc.column(v), YEAR, "填写为“" + text + "”，应为四位年份，如 " + folderYear);
            return null;
        }
        int year = Integer.parseInt(text);
        if (year != folderYear) {
            d.error(doc.line(v), doc.column(v), YEAR, "填写为 " + year + "，但文件在 reports/" + folderYear
                    + "/ 文件夹中；请更正年度，或把文件移到 reports/" + year + "/");
            return null;
        }
        return yearEnded(year, buildDate, d, doc.line(v), doc.column(v), YEAR) ? year : null;
    }

    /** Whether {@code year} has ended by the build's date; else tells {@code d} at line:column, as an import does too. */
    public static boolean yearEnded(int year, LocalDate buildDate, Diagnostics d, int line, int column, String subject) {
        if (year < buildDate.getYear()) {
            return true;
        }
        d.error(line, column, subject, "填写为 " + year + "，但 " + year + " 年度到构建日期 " + buildDate
                + " 尚未结束：年度报表只能报已结束的年度（构建日期取自 outputTimestamp，未设置时为当天）");
        return false;
    }

    private static LocalDate published(NodeTuple t, YamlDocument doc, int folderYear, FormDefinition form, Site site,
            Diagnostics d) {
        if (t == null) {
            d.error(2, 1, PUBLISHED, "缺少此项，应填写本报表在网站上的发布日期，如 " + (folderYear + 1) + "-01-20");
            return null;
        }
        Node v = t.getValueNode();
        String text = v instanceof ScalarNode s ? s.getValue().strip() : "";
        if (form.isXxgk()) {
            return xxgkPublishedDate(text, folderYear, site, d, doc.line(v), doc.column(v), PUBLISHED);
        }
        return publishedDate(text, folderYear, site.deadlineFor(folderYear), d, doc.line(v), doc.column(v), PUBLISHED);
    }

    /**
     * 发布日期 of a 政府信息公开工作年度报告, against its body's deadline (条例 第四十九条, or site.yaml's
     * 信息公开年报期限), as {@link #publishedDate(String, int, LocalDate, Diagnostics, int, int, String)}; an
     * import checks its cells so too.
     */
    public static LocalDate xxgkPublishedDate(String text, int year, Site body, Diagnostics d, int line, int column,
            String subject) {
        LocalDate deadline = body.xxgkDeadlineFor(year);
        String why = deadline.getMonthValue() == 1 && deadline.getDayOfMonth() == 31
                ? "（《政府信息公开条例》第四十九条：部门于每年 1 月 31 日前公布）"
                : deadline.getMonthValue() == 3 && deadline.getDayOfMonth() == 31
                        ? "（《政府信息公开条例》第四十九条：县级以上地方人民政府于每年 3 月 31 日前公布）"
                        : "（site.yaml 的信息公开年报期限）";
        return publishedDate(text, year, deadline, why, d, line, column, subject);
    }

    /**
     * 发布日期 as written: the date, warned about when after {@code deadline} or within the year reported;
     * {@code null} after telling {@code d} at line:column that it is no date. An import checks its cells so too.
     */
    public static LocalDate publishedDate(String text, int year, LocalDate deadline, Diagnostics d, int line, int column,
            String subject) {
        String why = deadline.getMonthValue() == 1 && deadline.getDayOfMonth() == 31
                ? "（国办函〔2018〕12号要求每年 1 月 31 日前发布）" : "（site.yaml 的发布期限）";
        return publishedDate(text, year, deadline, why, d, line, column, subject);
    }

    private static LocalDate publishedDate(String text, int year, LocalDate deadline, String why, Diagnostics d, int line,
            int column, String subject) {
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (date.isAfter(deadline)) {
                    d.warning(line, column, subject, "填写 " + date + "，晚于发布期限 " + deadline + why);
                } else if (date.getYear() <= year) {
                    d.warning(line, column, subject, "填写 " + date + "，早于所报年度结束，请核对");
                }
                return date;
            }
        } catch (DateTimeException e) {
            // explained below
        }
        d.error(line, column, subject, "填写为“" + text + "”，应为日期，格式为 YYYY-MM-DD，如 " + (year + 1) + "-01-20");
        return null;
    }

    /** The edition the report names, or the default for its year. */
    private static Edition edition(NodeTuple t, FormDefinition form, int year, YamlDocument doc, Diagnostics d) {
        List<String> ids = form.editions().stream().map(e -> e.id() + "（" + e.label() + "）").toList();
        if (t == null) {
            Edition e = form.defaultEdition(year).orElse(null);
            if (e == null) {
                d.error(2, 1, EDITION, year + "年度没有默认的表格版本，请填写“版本”，可选：" + String.join("、", ids));
            }
            return e;
        }
        Node v = t.getValueNode();
        String text = v instanceof ScalarNode s ? s.getValue().strip() : "";
        Edition e = form.edition(text).orElse(null);
        if (e == null) {
            d.error(doc.line(v), doc.column(v), EDITION, "没有版本“" + text + "”，可选：" + String.join("、", ids));
            return null;
        }
        if (!e.coversYear(year)) {
            String usual = form.defaultEdition(year).map(x -> "，" + year + "年度一般使用“" + x.id() + "”（" + x.label() + "）")
                    .orElse("");
            d.warning(doc.line(v), doc.column(v), EDITION, "“" + e.id() + "”（" + e.label() + "）不是" + year + "年度的版本" + usual);
        }
        return e;
    }
}
