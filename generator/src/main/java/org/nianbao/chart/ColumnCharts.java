package org.nianbao.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.FormDefinition;
import org.nianbao.source.Invisible;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.plan.ColumnLayout;

/** Every chart of a column, by the page that shows it: reports, sites, years. */
public final class ColumnCharts {
    /** Texts drawn on every chart besides the data's, checked against the font with them. */
    private static final String FIXED_TEXTS = "单位：来源：　数据年度0123456789,.—";

    private final ChartStyle style;
    private final boolean png1x;
    private final Map<String, List<ChartSpec>> byReport = new LinkedHashMap<>();
    private final Map<String, List<ChartSpec>> bySite = new LinkedHashMap<>();
    private final Map<Integer, List<ChartSpec>> byYear = new LinkedHashMap<>();
    /** The 政府信息公开工作年度报告's: by report (year/代号), by body, by year. */
    private final Map<String, List<ChartSpec>> xxgkByReport = new LinkedHashMap<>();
    private final Map<String, List<ChartSpec>> xxgkByBody = new LinkedHashMap<>();
    private final Map<Integer, List<ChartSpec>> xxgkByYear = new LinkedHashMap<>();

    private ColumnCharts(ChartStyle style, boolean png1x) {
        this.style = style;
        this.png1x = png1x;
    }

    /** @param png1x whether each chart also gets its 1x PNG beside the 2x one */
    public static ColumnCharts plan(Column column, ColumnLayout layout, FormDefinition form,
            ChartDefinitions definitions, ChartStyle style, boolean png1x) {
        ChartPlanner planner = new ChartPlanner(column, layout, form, definitions);
        ColumnCharts charts = new ColumnCharts(style, png1x);
        for (int year : column.years()) {
            charts.byYear.put(year, planner.year(year));
            for (Report r : column.reportsOf(year)) {
                charts.byReport.put(key(r), planner.report(r));
            }
            column.supervisionOf(year).ifPresent(r -> charts.byReport.put(key(r), planner.report(r)));
        }
        for (Site site : column.config().sites()) {
            charts.bySite.put(site.slug(), planner.site(site));
        }
        for (int year : planner.xxgkYears()) {
            charts.xxgkByYear.put(year, planner.xxgkYear(year));
        }
        for (Report r : column.xxgkReports()) {
            charts.xxgkByReport.put(key(r), planner.report(r));
        }
        for (Site body : column.config().bodies()) {
            charts.xxgkByBody.put(body.slug(), planner.xxgkBody(body));
        }
        return charts;
    }

    /** Whether each chart also gets its 1x PNG ({@code <chart>.png}). */
    public boolean png1x() {
        return png1x;
    }

    private static String key(Report r) {
        return r.year() + "/" + r.site().slug();
    }

    /** Every chart: per year its own charts and its reports', then the sites' trends. */
    public List<ChartSpec> all() {
        List<ChartSpec> all = new ArrayList<>();
        byYear.forEach((year, specs) -> {
            all.addAll(specs);
            byReport.forEach((k, r) -> {
                if (k.startsWith(year + "/")) {
                    all.addAll(r);
                }
            });
        });
        bySite.values().forEach(all::addAll);
        xxgkByYear.values().forEach(all::addAll);
        xxgkByReport.values().forEach(all::addAll);
        xxgkByBody.values().forEach(all::addAll);
        return all;
    }

    /**
     * The charts of a report page, as data: what its chart images and figures depend on; for a
     * 政府信息公开工作年度报告, its own (办理结果), not its body's 年度报表's.
     */
    public List<ChartSpec> specsOf(Report r) {
        return (r.form().isXxgk() ? xxgkByReport : byReport).getOrDefault(key(r), List.of());
    }

    /** A body's 政府信息公开工作年度报告 charts across the years (政府信息公开申请), as data. */
    public List<ChartSpec> xxgkSpecsOf(Site body) {
        return xxgkByBody.getOrDefault(body.slug(), List.of());
    }

    /** One year's 政府信息公开工作年度报告 charts across the bodies (申请数量, 不予公开占比), as data. */
    public List<ChartSpec> xxgkSpecsOf(int year) {
        return xxgkByYear.getOrDefault(year, List.of());
    }

    /** The charts of a body's page of 政府信息公开工作年度报告, as templates show them. */
    public List<ChartView> xxgkBody(Site body) {
        return views(xxgkSpecsOf(body));
    }

    /** The charts of a year's page of 政府信息公开工作年度报告, as templates show them. */
    public List<ChartView> xxgkYear(int year) {
        return views(xxgkSpecsOf(year));
    }

    public List<ChartSpec> specsOf(Site site) {
        return bySite.getOrDefault(site.slug(), List.of());
    }

    public List<ChartSpec> specsOf(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    /** The charts of a report page: a 年度报表's, or a 政府信息公开工作年度报告's own. */
    public List<ChartView> report(Report r) {
        return views(specsOf(r));
    }

    public List<ChartView> site(Site site) {
        return views(bySite.getOrDefault(site.slug(), List.of()));
    }

    public List<ChartView> year(int year) {
        return views(byYear.getOrDefault(year, List.of()));
    }

    private List<ChartView> views(List<ChartSpec> specs) {
        return specs.stream().map(s -> ChartView.of(s, style, png1x)).toList();
    }

    /**
     * One error per character that the font cannot draw, at the file the text comes from: a chart
     * with empty boxes for a site's name must not reach a news post.
     */
    public List<Diagnostic> fontProblems(ChartFont font, String fontName) {
        // one error per file and character, however many charts draw it
        Map<String, Diagnostic> problems = new LinkedHashMap<>();
        for (ChartSpec spec : all()) {
            List<String> texts = new ArrayList<>(spec.texts());
            texts.add(FIXED_TEXTS);
            for (String text : texts) {
                int at = font.cannotDisplay(text);
                if (at >= 0) {
                    int cp = text.codePointAt(at);
                    String c = new String(Character.toChars(cp));
                    String message = Invisible.isInvisible(cp)
                            ? "“" + text + "”中有不可见的 " + Invisible.name(cp) + "，图表会显示为方框：请删除它"
                            : "图表字体（" + fontName + "）中没有“" + c + "”字（出现在“" + text + "”中），图表会显示为方框："
                                    + "请在 site.yaml 的“图表字体”中填写包含此字的字体文件（.ttf 或 .otf，路径相对于源文件夹）";
                    problems.putIfAbsent(spec.file() + "\n" + c, new Diagnostic(Severity.ERROR, spec.file(), 0, 0, "", message));
                }
            }
        }
        return List.copyOf(problems.values());
    }
}
