package org.nianbao.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.concurrent.Parallel;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.nianbao.rules.Rules;
import org.nianbao.source.ColumnSources;
import org.nianbao.source.ColumnSources.ReportSource;
import org.nianbao.source.SourceFiles;

/**
 * The check phase: loads the forms, binds {@code site.yaml} and every report to them, runs the rules
 * and the narrative lint, and builds the column when nothing is wrong.
 */
public final class ColumnCheck {
    /**
     * @param column      the column, or {@code null} when any source has errors
     * @param diagnostics every problem found, reading and checking, in file and position order
     * @param reportFiles how many report files were read, good or bad
     * @param forms       the form definitions the reports were checked with, or {@code null} when they have errors
     */
    public record Result(Column column, List<Diagnostic> diagnostics, int reportFiles, Map<String, FormDefinition> forms) {
    }

    private ColumnCheck() {
    }

    /** Reads and checks the column in {@code sourceDir} as of today: for the commands that are not a build. */
    public static Result read(Path sourceDir, long maxBytes) {
        SourceFiles files = new SourceFiles(sourceDir);
        return check(ColumnSources.read(files, maxBytes, n -> {
        }), CheckOptions.today());
    }

    public static Result check(ColumnSources sources, CheckOptions options) {
        return check(sources, options, CheckCache.none());
    }

    /** As {@link #check(ColumnSources, CheckOptions)}, taking each unchanged report's result from {@code cache} and keeping the new ones there. */
    public static Result check(ColumnSources sources, CheckOptions options, CheckCache cache) {
        Result checked = checkSources(sources, options, cache);
        List<Diagnostic> refused = sources.files().refused();
        if (refused.isEmpty()) {
            return checked;
        }
        List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
        all.addAll(refused);
        return new Result(null, sorted(all), checked.reportFiles(), null);
    }

    private static Result checkSources(ColumnSources sources, CheckOptions options, CheckCache cache) {
        List<Diagnostic> all = new ArrayList<>(sources.problems());
        int reportFiles = sources.reports().size();
        Map<String, FormDefinition> forms;
        try {
            forms = FormLoader.load(siteForms(sources));
        } catch (FormLoader.FormException e) {
            all.addAll(e.problems());
            return new Result(null, sorted(all), reportFiles, null);
        }
        if (sources.site() == null) {
            return new Result(null, sorted(all), reportFiles, forms);
        }
        Diagnostics siteProblems = new Diagnostics(ColumnSources.SITE_FILE);
        SiteConfig config = SiteCheck.check(sources.site(), sources.files(), siteProblems);
        all.addAll(siteProblems.list());
        if (config == null) {
            return new Result(null, sorted(all), reportFiles, forms);
        }
        CheckOptions reportOptions = new CheckOptions(options.buildDate(), options.allowRawHtml() || config.allowRawHtml(),
                config.catalog());
        List<ReportSource> files = sources.reports();
        List<List<Diagnostic>> problems = new ArrayList<>(Collections.nCopies(files.size(), null));
        List<Report> reports = new ArrayList<>(Collections.nCopies(files.size(), null));
        List<CheckCache.Entry> entries = new ArrayList<>(Collections.nCopies(files.size(), null));
        Map<String, String> context = new java.util.TreeMap<>(sources.files().hashes(ColumnSources.SITE_FILE));
        context.putAll(sources.files().hashes("forms"));
        String contextKey = cache.context(context, reportOptions);
        Parallel.forEach(files.size(), i -> {
            ReportSource read = files.get(i);
            CheckCache.Entry known = read.hash() == null ? null
                    : cache.get(contextKey, read.relative(), read.hash(), forms);
            if (known == null) {
                ReportSource file = read.parse();
                Diagnostics d = new Diagnostics(file.relative());
                Report report = file.yaml() == null ? null : report(file, config, forms, reportOptions, d);
                List<Diagnostic> found = new ArrayList<>(file.problems());
                found.addAll(d.list());
                known = new CheckCache.Entry(read.hash(), report, found);
            }
            reports.set(i, known.report());
            problems.set(i, known.diagnostics());
            entries.set(i, known);
        });
        Map<String, CheckCache.Entry> kept = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).hash() != null) {
                kept.put(files.get(i).relative(), entries.get(i));
            }
        }
        cache.write(contextKey, kept);
        List<Report> good = new ArrayList<>();
        List<Report> xxgk = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            all.addAll(problems.get(i));
            if (reports.get(i) != null) {
                (reports.get(i).form().isXxgk() ? xxgk : good).add(reports.get(i));
            }
        }
        all.addAll(acrossYears(xxgk));
        boolean failed = all.stream().anyMatch(Diagnostic::isError);
        return new Result(failed ? null : new Column(config, good, xxgk), sorted(all), reportFiles, forms);
    }

    /**
     * The rules across years, once every report is read: each report against the same body's report of
     * the year before, when the column has it (this year's 上年结转 = last year's 结转下年度继续办理).
     */
    private static List<Diagnostic> acrossYears(List<Report> reports) {
        Map<String, Report> byBodyAndYear = new java.util.HashMap<>();
        reports.forEach(r -> byBodyAndYear.put(r.site().slug() + "/" + r.year(), r));
        List<Diagnostic> found = new ArrayList<>();
        for (Report r : reports) {
            Report last = byBodyAndYear.get(r.site().slug() + "/" + (r.year() - 1));
            if (last != null) {
                Diagnostics d = new Diagnostics(r.file());
                Rules.checkAcrossYears(r.form(), r.figures(), r.year(), last.figures(),
                        last.year() + " 年度报告（" + last.file() + "）", d);
                found.addAll(d.list());
            }
        }
        return found;
    }

    /** The site's own form files among those read, by form id (other files in forms/ are not forms). */
    private static Map<String, byte[]> siteForms(ColumnSources sources) {
        Map<String, byte[]> site = new LinkedHashMap<>();
        for (String id : FormLoader.IDS) {
            if (sources.forms().containsKey(id)) {
                site.put(id, sources.forms().get(id));
            }
        }
        return site;
    }

    private static Report report(ReportSource file, SiteConfig config, Map<String, FormDefinition> forms,
            CheckOptions options, Diagnostics d) {
        if (file.isSupervision()) {
            Site owner = new Site(Site.SUPERVISION_SLUG, config.sponsor(), "", 0, config.deadline());
            return ReportCheck.check(file, owner, forms.get(FormLoader.SUPERVISION), options, d);
        }
        if (file.isXxgk()) { // the body may be a website's or a 机关 without one
            Site body = config.body(file.slug()).orElse(null);
            if (body == null) {
                d.error(0, 0, "", "代号“" + file.slug() + "”不在 site.yaml 的“网站”或“机关”列表中；请先在 site.yaml 中登记该机关"
                        + "（有网站的登记在“网站”中，没有网站的登记在“机关”中），或更正文件名");
                return null;
            }
            return ReportCheck.check(file, body, forms.get(FormLoader.XXGK), options, d);
        }
        Site site = config.site(file.slug()).orElse(null);
        if (site == null && config.body(file.slug()).isPresent()) {
            d.error(0, 0, "", "代号“" + file.slug() + "”是 site.yaml 的“机关”，机关没有网站，不报《政府网站工作年度报表》；"
                    + "它的政府信息公开工作年度报告的文件名为 reports/<年度>/" + file.slug() + ".xxgk.md");
            return null;
        }
        if (site == null) {
            d.error(0, 0, "", "网站代号“" + file.slug() + "”不在 site.yaml 的“网站”列表中；请先在 site.yaml 中登记该网站，或更正文件名"
                    + "（监管年度报表的文件名为 " + ColumnSources.SUPERVISION_FILE + "）");
            return null;
        }
        return ReportCheck.check(file, site, forms.get(FormLoader.WORK), options, d);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> list) {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Diagnostic.ORDER);
        return out;
    }
}
