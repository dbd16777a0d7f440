package org.nianbao.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nianbao.Config;
import org.nianbao.check.CheckOptions;
import org.nianbao.check.ReportCheck;
import org.nianbao.check.SiteCheck;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.Edition;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.form.Quarter;
import org.nianbao.form.ReportRollover;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.form.Value;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.nianbao.render.Markdown;
import org.nianbao.rules.Rules;
import org.nianbao.source.ColumnSources;
import org.nianbao.source.FrontMatter;
import org.nianbao.source.Sha256;
import org.nianbao.source.SourceText;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What the fill page asks of the sources: a report's form and values to fill in, the build's own check
 * of the values as typed, and saving them to {@code reports/<year>/<代号>.md} (or a draft beside it).
 * Every answer is a plain map, written as JSON by {@link FillRoutes}.
 */
final class FillService {
    /** The slug the page uses for the year's supervision report ({@code _supervision.md}). */
    static final String SUPERVISION = Site.SUPERVISION_SLUG;

    /** A request the sources cannot answer: the HTTP status and the reason, in Chinese. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** One report file to fill in, with what checking it needs. */
    private record Target(int year, String slug, String relative, Path file, Path draft, Site site, String name,
            FormDefinition form, CheckOptions options) {
        String draftRelative() {
            return relative + ColumnSources.DRAFT_SUFFIX.substring(".md".length());
        }
    }

    private final Config config;

    FillService(Config config) {
        this.config = config;
    }

    /** The reports there are to fill in: each year's existing ones, and new ones for the last ended year. */
    synchronized Map<String, Object> index() {
        SiteConfig site = siteConfig();
        Path reports = config.sourceDirectory().resolve(ColumnSources.REPORTS);
        Map<Integer, List<Map<String, Object>>> years = new TreeMap<>(java.util.Comparator.reverseOrder());
        int latest = CheckOptions.forBuild(config.outputTimestamp(), false).buildDate().getYear() - 1;
        years.put(latest, new ArrayList<>());
        if (Files.isDirectory(reports)) {
            try (Stream<Path> s = Files.list(reports)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.matches("(19|20)[0-9]{2}"))
                        .forEach(n -> years.put(Integer.parseInt(n), new ArrayList<>()));
            } catch (IOException e) {
                throw new Refused(500, "无法列出 reports/：" + e.getMessage());
            }
        }
        for (Map.Entry<Integer, List<Map<String, Object>>> y : years.entrySet()) {
            List<String[]> all = new ArrayList<>();
            all.add(new String[] {SUPERVISION, "政府网站监管年度报表（" + site.sponsor() + "）"});
            site.sites().stream().filter(x -> x.expectedIn(y.getKey()))
                    .forEach(x -> all.add(new String[] {x.slug(), x.name()}));
            for (Site x : site.bodies()) { // the sites' bodies and the 机关
                String name = x.slug() + ColumnSources.XXGK_SUFFIX;
                boolean known = Files.isRegularFile(reports.resolve(y.getKey() + "/" + name))
                        || Files.isRegularFile(reports.resolve(y.getKey() + "/" + name + ".draft"))
                        || Files.isRegularFile(reports.resolve((y.getKey() - 1) + "/" + name));
                if (known) {
                    all.add(new String[] {x.slug() + XXGK, x.body() + "（政府信息公开工作年度报告）"});
                }
            }
            for (String[] s : all) {
                String file = fileName(s[0]);
                Path dir = reports.resolve(String.valueOf(y.getKey()));
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("site", s[0]);
                e.put("name", s[1]);
                e.put("exists", Files.isRegularFile(dir.resolve(file)));
                e.put("draft", Files.isRegularFile(dir.resolve(file + ".draft")));
                y.getValue().add(e);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", site.title());
        List<Map<String, Object>> list = new ArrayList<>();
        years.forEach((year, entries) -> list.add(Map.of("year", year, "reports", entries)));
        out.put("years", list);
        return out;
    }

    /**
     * A report opened for filling in: the form, the values and narrative to start from (the draft when
     * there is one; for a new report, last year's with the figures cleared, as {@code new --year} does),
     * and the hash of the file as opened, which saving checks.
     */
    synchronized Map<String, Object> open(int year, String slug) {
        Target t = target(year, slug);
        String from;
        String base;
        if (Files.isRegularFile(t.draft())) {
            from = "draft";
            base = read(t.draft(), t.draftRelative());
        } else if (Files.isRegularFile(t.file())) {
            from = "file";
            base = read(t.file(), t.relative());
        } else {
            Path last = config.sourceDirectory().resolve(ColumnSources.REPORTS + "/" + (year - 1) + "/" + fileName(slug));
            base = "";
            from = "new";
            if (Files.isRegularFile(last)) {
                Diagnostics d = new Diagnostics(t.relative());
                String rolled = ReportRollover.roll(read(last, "reports/" + (year - 1) + "/" + fileName(slug)), year, t.form(), d);
                if (rolled != null) {
                    base = rolled;
                    from = "lastYear";
                }
            }
        }
        FormDefinition view = view(t, base);
        FillText.Read values = FillText.read(base, view);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", year);
        out.put("site", slug);
        out.put("name", t.name());
        out.put("file", t.relative());
        out.put("from", from);
        out.put("exists", Files.isRegularFile(t.file()));
        out.put("baseHash", hash(t.file()));
        out.put("baseText", base);
        out.put("form", FillForm.describe(view));
        out.put("values", values.values());
        out.put("narrative", FrontMatter.split(base).body());
        return out;
    }

    /** The build's check of the values as typed: located problems, figures nianbao computes, the narrative's preview. */
    synchronized Map<String, Object> check(Map<String, Object> request) {
        Target t = target(request);
        return checked(t, written(t, request)).answer();
    }

    /**
     * Saves the values: as the report when the build finds no error in them, else refused; as a draft
     * ({@code .md.draft}) when asked. Refuses to overwrite a report changed on disk since it was opened.
     */
    synchronized Map<String, Object> save(Map<String, Object> request) {
        Target t = target(request);
        String baseHash = string(request.get("baseHash"));
        if (!hash(t.file()).equals(baseHash)) {
            throw new Refused(409, t.relative() + (baseHash.isEmpty() ? " 在打开后已由别处创建" : " 在打开后已在磁盘上被修改")
                    + "，未保存，以免覆盖其中的改动。请复制需要保留的内容，重新打开本页后再填写。");
        }
        String text = written(t, request);
        Map<String, Object> out = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(request.get("draft"))) {
            write(t.draft(), text);
            out.put("saved", t.draftRelative());
            out.put("draft", true);
            return out;
        }
        Checked c = checked(t, text);
        if (c.errors() > 0) {
            Map<String, Object> answer = c.answer();
            answer.put("message", "还有 " + c.errors() + " 个错误，未保存；改正后再保存，或先保存为草稿（" + t.draftRelative() + "）");
            throw new Answer(422, answer);
        }
        write(t.file(), text);
        try {
            Files.deleteIfExists(t.draft());
        } catch (IOException e) {
            throw new Refused(500, "已保存，但无法删除草稿 " + t.draftRelative() + "：" + e.getMessage());
        }
        out.put("saved", t.relative());
        out.put("draft", false);
        out.put("baseHash", hash(t.file()));
        out.put("baseText", text);
        return out;
    }

    /** A refusal that still answers with data (the problems that stopped a save). */
    static final class Answer extends RuntimeException {
        final int status;
        final Map<String, Object> body;

        Answer(int status, Map<String, Object> body) {
            super(String.valueOf(body.get("message")));
            this.status = status;
            this.body = body;
        }
    }

    /** The drafts in {@code sourceDir}, relative to it, in path order. */
    static List<String> drafts(Path sourceDir) throws IOException {
        Path reports = sourceDir.resolve(ColumnSources.REPORTS);
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(reports, 2)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ColumnSources.DRAFT_SUFFIX) && Files.isRegularFile(p))
                    .map(p -> sourceDir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private record Checked(List<Map<String, Object>> problems, Map<String, String> derived, int errors, int warnings,
            String preview, String text) {
        Map<String, Object> answer() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("errors", errors);
            out.put("warnings", warnings);
            out.put("problems", problems);
            out.put("derived", derived);
            out.put("preview", preview);
            out.put("text", text);
            return out;
        }
    }

    private Checked checked(Target t, String text) {
        ColumnSources.ReportSource source = ColumnSources.report(t.relative(), t.year(), text);
        Diagnostics d = new Diagnostics(t.relative());
        Report report = source.yaml() == null ? null : ReportCheck.check(source, t.site(), t.form(), t.options(), d);
        if (report != null && t.form().isXxgk()) {
            acrossYears(t, report, d);
        }
        List<Diagnostic> all = new ArrayList<>(source.problems());
        all.addAll(d.list());
        all.sort(Diagnostic.ORDER);
        FormDefinition view = report != null ? report.form() : view(t, text);
        Map<String, String> subjects = subjects(view);
        Map<Integer, String> lines = FillText.read(text, view).lines();
        List<Map<String, Object>> problems = new ArrayList<>();
        int errors = 0;
        for (Diagnostic p : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", locate(p, view, subjects, lines));
            m.put("severity", p.isError() ? "error" : "warning");
            m.put("subject", p.subject());
            m.put("message", p.message());
            m.put("text", p.toString());
            problems.add(m);
            errors += p.isError() ? 1 : 0;
        }
        Map<String, String> derived = new LinkedHashMap<>();
        // while the report still has errors, what can be computed from the figures read so far
        java.util.Collection<Figure> figures = report != null ? report.figures().values()
                : ReportCheck.figuresSoFar(source, t.form()).values();
        for (Figure f : figures) {
            if (f.value() instanceof Value.Quarters q) {
                q.cells().forEach((quarter, cell) -> {
                    if (cell.computed() || f.computed()) {
                        derived.put(f.row().path() + "/" + quarter.label(), cell.value().toPlainString());
                    }
                });
            } else if (f.value() instanceof Value.Matrix mx) {
                mx.cells().forEach((column, cell) -> {
                    if (cell.computed() || f.computed()) {
                        derived.put(f.row().path() + "/" + column, cell.value().toPlainString());
                    }
                });
            } else if (f.computed()) {
                derived.put(f.row().path(), f.value().display());
            }
        }
        String preview = new Markdown(t.options().allowRawHtml()).render(FrontMatter.split(text).body());
        return new Checked(problems, derived, errors, all.size() - errors, preview, text);
    }

    /**
     * The rules across years, as the build runs them once every report is read: against the same body's
     * report of the year before, when the sources have it and it has no errors.
     */
    private void acrossYears(Target t, Report report, Diagnostics d) {
        String relative = ColumnSources.REPORTS + "/" + (t.year() - 1) + "/" + fileName(t.slug());
        Path file = config.sourceDirectory().resolve(relative);
        if (!Files.isRegularFile(file)) {
            return;
        }
        ColumnSources.ReportSource source = ColumnSources.report(relative, t.year() - 1, read(file, relative));
        Report last = source.yaml() == null ? null
                : ReportCheck.check(source, t.site(), t.form(), t.options(), new Diagnostics(relative));
        if (last != null) {
            Rules.checkAcrossYears(report.form(), report.figures(), report.year(), last.figures(),
                    last.year() + " 年度报告（" + last.file() + "）", d);
        }
    }

    /** Which field a problem belongs to: by the row it names, else by the line it points at; empty when neither. */
    private static String locate(Diagnostic p, FormDefinition view, Map<String, String> subjects, Map<Integer, String> lines) {
        String key = subjects.get(p.subject());
        if (key != null) {
            return key;
        }
        for (Row r : view.leafRows()) {
            String prefix = r.labelPath() + "/第";
            if (r.type() == RowType.ACCOUNTS && p.subject().startsWith(prefix)) {
                String rest = p.subject().substring(prefix.length());
                int ge = rest.indexOf('个');
                if (ge > 0 && rest.substring(0, ge).matches("[0-9]+")) {
                    int n = Integer.parseInt(rest.substring(0, ge)) - 1;
                    String field = rest.substring(ge + 1);
                    for (Row f : r.children()) {
                        if (field.equals("/" + f.labelWithUnit())) {
                            return r.path() + "/" + n + "/" + f.id();
                        }
                    }
                    return r.path();
                }
            }
        }
        return p.line() > 0 ? lines.getOrDefault(p.line(), "") : "";
    }

    private static Map<String, String> subjects(FormDefinition view) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("年度", "year");
        m.put(FillText.PUBLISHED_KEY, FillText.PUBLISHED);
        m.put("正文", "narrative");
        for (Section s : view.sections()) {
            m.put(s.label(), s.id());
            subjects(s.rows(), m);
        }
        return m;
    }

    private static void subjects(List<Row> rows, Map<String, String> m) {
        for (Row r : rows) {
            m.put(r.subject(), r.path());
            m.putIfAbsent(r.labelPath(), r.path());
            if (r.type() == RowType.GROUP) {
                subjects(r.children(), m);
            }
            if (r.type() == RowType.MATRIX) {
                r.columns().forEach(c -> m.put(r.subject(c), r.path() + "/" + c.id()));
            }
            if (r.type() == RowType.QUARTERS || r.quarterly()) {
                for (Quarter q : Quarter.values()) {
                    m.put(r.subject() + q.label(), r.path() + "/" + q.label());
                }
            }
        }
    }

    private String written(Target t, Map<String, Object> request) {
        String base = string(request.get("baseText"));
        Object values = request.get("values");
        @SuppressWarnings("unchecked")
        Map<String, Object> v = values instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Object narrative = request.get("narrative");
        return FillText.write(base, view(t, base), t.year(), v, narrative == null ? null : String.valueOf(narrative));
    }

    private Target target(Map<String, Object> request) {
        String year = string(request.get("year"));
        if (!year.matches("(19|20)[0-9]{2}")) {
            throw new Refused(400, "年度应为四位年份");
        }
        return target(Integer.parseInt(year), string(request.get("site")));
    }

    private Target target(int year, String slug) {
        SiteConfig site = siteConfig();
        Map<String, FormDefinition> forms;
        try {
            forms = FormLoader.load(config.sourceDirectory());
        } catch (FormLoader.FormException e) {
            throw new Refused(409, "表格定义有错误，请先改正：" + e.problems().get(0));
        }
        CheckOptions options = new CheckOptions(CheckOptions.forBuild(config.outputTimestamp(), false).buildDate(),
                config.allowRawHtml() || site.allowRawHtml());
        String relative = ColumnSources.REPORTS + "/" + year + "/" + fileName(slug);
        Path file = config.sourceDirectory().resolve(relative);
        Path draft = file.resolveSibling(file.getFileName() + ".draft");
        noLinks(relative);
        noLinks(relative + ".draft");
        noLinks(ColumnSources.REPORTS + "/" + (year - 1) + "/" + fileName(slug));
        if (slug.equals(SUPERVISION)) {
            Site owner = new Site(Site.SUPERVISION_SLUG, site.sponsor(), "", 0, site.deadline());
            return new Target(year, slug, relative, file, draft, owner, site.sponsor(),
                    forms.get(FormLoader.SUPERVISION), options);
        }
        boolean xxgk = slug.endsWith(XXGK);
        String siteSlug = xxgk ? slug.substring(0, slug.length() - XXGK.length()) : slug;
        Site s = site.site(siteSlug).orElseThrow(() -> new Refused(404, "网站代号“" + siteSlug + "”不在 site.yaml 的“网站”列表中"));
        return new Target(year, slug, relative, file, draft, s, s.name(), forms.get(xxgk ? FormLoader.XXGK : FormLoader.WORK),
                options);
    }

    /**
     * Refuses a symbolic link as the file or as a folder on the way to it, as the build's reader does: the
     * page would otherwise show, or the build publish, a file from outside the source folder.
     */
    private void noLinks(String relative) {
        Path p = config.sourceDirectory();
        for (String part : relative.split("/")) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                throw new Refused(409, config.sourceDirectory().relativize(p).toString().replace('\\', '/')
                        + " 不能是符号链接：链接可能把源文件夹以外的文件带进发布的栏目，请改为复制文件");
            }
        }
    }

    private SiteConfig siteConfig() {
        Diagnostics d = new Diagnostics(ColumnSources.SITE_FILE);
        SiteConfig site = SiteCheck.read(config.sourceDirectory(), config.maxFileBytes(), d);
        if (site == null) {
            throw new Refused(409, "site.yaml 有错误，请先改正：" + d.list().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::toString).findFirst().orElse(""));
        }
        return site;
    }

    /** The form as the text's edition (版本, else the year's default) has it, with the year's labels. */
    private static FormDefinition view(Target t, String text) {
        FrontMatter fm = FrontMatter.split(text);
        Edition edition = null;
        YamlDocument doc = fm.yaml() == null ? null : YamlDocument.compose(fm.yaml(), 0, new Diagnostics(""));
        if (doc != null && doc.root() instanceof MappingNode root) {
            for (NodeTuple n : root.getValue()) {
                String key = n.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if ((key.equals("版本") || key.equals("edition")) && n.getValueNode() instanceof ScalarNode v) {
                    edition = t.form().edition(v.getValue().strip()).orElse(null);
                }
            }
        }
        if (edition == null) {
            edition = t.form().defaultEdition(t.year())
                    .orElseThrow(() -> new Refused(409, t.year() + "年度没有默认的表格版本"));
        }
        return t.form().forReport(edition, t.year());
    }

    /** The file of a slug: {@code _supervision.md}, {@code <代号>.md}, or for {@code <代号>.xxgk} the body's 信息公开 report. */
    private static String fileName(String slug) {
        if (slug.equals(SUPERVISION)) {
            return ColumnSources.SUPERVISION_FILE;
        }
        if (!slug.matches("[a-z0-9][a-z0-9_-]*(" + XXGK + ")?")) {
            throw new Refused(400, "网站代号只能由小写字母、数字、- 和 _ 组成");
        }
        return slug + ".md";
    }

    /** How the page names a body's 政府信息公开工作年度报告: its site's slug and this ({@code jiaoyuju.xxgk}). */
    static final String XXGK = ".xxgk";

    private String read(Path file, String relative) {
        Diagnostics d = new Diagnostics(relative);
        String text = SourceText.read(file, config.maxFileBytes(), d);
        if (text == null) {
            throw new Refused(409, d.list().isEmpty() ? "无法读取 " + relative : d.list().get(0).toString());
        }
        return text;
    }

    private static String hash(Path file) {
        try {
            return Files.isRegularFile(file) ? Sha256.of(Files.readAllBytes(file)) : "";
        } catch (IOException e) {
            throw new Refused(500, "无法读取 " + file + "：" + e.getMessage());
        }
    }

    /** Written whole or not at all: a build reading the folder meanwhile sees the old file or the new one. */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".nianbao-fill-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Refused(500, "无法写入 " + file + "：" + e.getMessage());
        }
    }

    private static String string(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
