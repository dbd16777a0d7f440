package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.stream.IntStream;
import org.nianbao.source.ColumnSources;
import org.nianbao.chart.ChartDefinitions;
import org.nianbao.chart.ChartFont;
import org.nianbao.chart.ChartImages;
import org.nianbao.chart.ChartRenderer;
import org.nianbao.chart.ChartStyle;
import org.nianbao.chart.ChartSpec;
import org.nianbao.chart.ChartTexts;
import org.nianbao.chart.ColumnCharts;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Column;
import org.nianbao.output.ColumnZip;
import org.nianbao.output.JobRunner;
import org.nianbao.output.Manifest;
import org.nianbao.render.OutputJob;
import org.nianbao.source.Sha256;
import org.nianbao.output.StagedOutput;
import org.nianbao.plan.ColumnLayout;
import org.nianbao.render.ColumnPages;
import org.nianbao.render.Markdown;
import org.nianbao.render.SearchMemo;
import org.nianbao.render.TemplateException;
import org.nianbao.render.Templates;
import org.nianbao.render.Theme;
import org.nianbao.check.CheckCache;
import org.nianbao.check.ColumnCheck;
import org.nianbao.check.CheckOptions;
import org.nianbao.source.SourceFiles;

/** The one entry point: check a column's sources, or build the column folder from them. */
public final class Nianbao {
    private static final String TEMPLATES = "templates";
    private static final String STATIC = "static";
    /** The search terms of the last served build, for the next: serve builds after every edit. */
    private static final SearchMemo SERVED_SEARCH = new SearchMemo();

    private Nianbao() {
    }

    /** This generator's version, such as {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = Nianbao.class.getResourceAsStream("nianbao.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks every source without writing anything; links among templates/ and static/ are refused too. */
    public static BuildResult check(Config config) {
        SourceFiles sources = new SourceFiles(config.sourceDirectory());
        sources.files(TEMPLATES); // listed for their links, which the read reports with its own
        sources.files(STATIC);
        ColumnCheck.Result read = read(config, sources);
        return new BuildResult(read.diagnostics(), read.reportFiles(), 0, false);
    }

    /**
     * Checks the sources and, when they have no errors, writes the whole column into a fresh folder
     * that then replaces {@link Config#outputDirectory()}. On errors (or on warnings, with
     * {@link Config#failOnWarning()}) the output folder is untouched.
     *
     * @throws IOException when the output cannot be written; the previous column is then kept too
     */
    public static BuildResult build(Config config) throws IOException {
        return build(config, new SourceFiles(config.sourceDirectory()), null);
    }

    /**
     * As {@link #build(Config)}, for a server that serves the output folder and takes {@code served}'s read
     * lock for each request: the commit holds its write lock, and an incremental build replaces only the
     * changed files, in place (see {@link StagedOutput}). The search index's terms of unchanged reports are
     * taken from the last such build in this JVM.
     */
    public static BuildResult build(Config config, ReadWriteLock served) throws IOException {
        return build(config, new SourceFiles(config.sourceDirectory()), served);
    }

    /** As {@link #build(Config)}, reading the sources through {@code sources} (tests edit them as they are read). */
    static BuildResult build(Config config, SourceFiles sources) throws IOException {
        return build(config, sources, null);
    }

    private static BuildResult build(Config config, SourceFiles sources, ReadWriteLock served) throws IOException {
        String code = BuildInputs.code(config);
        String inputs = BuildInputs.options(config, code);
        String listing = BuildInputs.listing(sources.root());
        Path record = LastBuild.file(config.outputDirectory());
        LastBuild last = LastBuild.read(record);
        if (last != null && last.matches(inputs, listing, sources.root())
                && StagedOutput.settled(config.outputDirectory())) {
            // nothing changed since the last good build: the column is as it would be; tell the same again
            if (config.zip()) {
                ColumnZip.write(config.outputDirectory(), zipFile(config), config.outputTimestamp(),
                        Manifest.read(StagedOutput.manifestFile(config.outputDirectory())).digest());
            }
            return last.result();
        }
        ColumnCheck.Result read = read(config, sources, CheckCache.open(checkCacheFile(config), code));
        Column column = read.column();
        if (column == null) {
            return new BuildResult(read.diagnostics(), read.reportFiles(), 0, false);
        }
        Map<String, String> siteTemplates = siteTemplates(sources);
        List<OutputJob> staticJobs = staticFiles(sources);
        if (!sources.refused().isEmpty()) {
            return new BuildResult(sources.refused(), read.reportFiles(), 0, false);
        }
        BuildResult checked = new BuildResult(read.diagnostics(), read.reportFiles(), 0, false);
        if (!checked.ok(config.failOnWarning())) {
            return checked;
        }
        Theme theme = Theme.load(config.theme(), config.themeClassLoader());
        Templates templates = new Templates(theme, siteTemplates);
        Markdown markdown = new Markdown(config.allowRawHtml() || column.config().allowRawHtml());
        ChartStyle style = ChartStyle.parse(theme.resource("chart-style.yaml"));
        Map<String, FormDefinition> forms = read.forms();
        // without charts: no plan, no font, no drawing; the pages take null as "no charts"
        ColumnLayout layout = new ColumnLayout(config.baseUrl().orElse(null));
        ColumnCharts charts = config.charts()
                ? ColumnCharts.plan(column, layout, forms.get(FormLoader.WORK), ChartDefinitions.load(forms), style,
                        config.chartPng1x() || column.config().chartPng1x())
                : null;
        ChartFont font = null;
        if (charts != null) {
            String fontName = column.config().chartFont().isEmpty() ? "主题字体 " + style.font()
                    : column.config().chartFont();
            try {
                font = ChartFont.load(column.config().chartFont().isEmpty() ? theme.resource(style.font())
                        : sources.read(column.config().chartFont(), Long.MAX_VALUE));
            } catch (SourceFiles.Refused e) {
                return failed(read, sources.refused().toArray(new Diagnostic[0]));
            } catch (IOException e) {
                return failed(read, new Diagnostic(Severity.ERROR, ColumnSources.SITE_FILE, 0, 0, "图表字体",
                        "无法读取字体文件 " + fontName + "：" + e.getMessage()));
            }
            List<Diagnostic> fontProblems = charts.fontProblems(font, fontName);
            if (!fontProblems.isEmpty()) {
                return failed(read, fontProblems.toArray(new Diagnostic[0]));
            }
        }
        List<OutputJob> jobs = new ArrayList<>(staticJobs);
        int chartsFrom = jobs.size();
        if (charts != null) {
            jobs.addAll(chartJobs(charts, new ChartImages(new ChartRenderer(style, font))));
        }
        int chartsTo = jobs.size();
        jobs.addAll(new ColumnPages(column, layout, theme, templates, markdown, charts,
                config.outputTimestamp().orElse(null), served == null ? null : SERVED_SEARCH).jobs());
        String buildKey = BuildInputs.key(config, code, sources, font == null ? "" : font.sha256());
        // each job's HTML pages, counted once: for the progress lines and the build's total
        int[] html = jobs.stream().mapToInt(j -> (int) j.paths().stream().filter(p -> p.endsWith(".html")).count())
                .toArray();
        int pages = IntStream.of(html).sum();
        try (StagedOutput out = StagedOutput.open(config.outputDirectory(), served)) {
            int[] done = new int[2]; // charts, pages
            JobRunner.Outcome outcome = JobRunner.run(jobs, buildKey, out, i -> {
                if (i >= chartsFrom && i < chartsTo) {
                    config.progress().update(Progress.Stage.DRAWING, ++done[0]);
                }
                if (html[i] > 0) {
                    config.progress().update(Progress.Stage.WRITING, done[1] += html[i]);
                }
            });
            LastBuild.forget(record);
            out.commit(outcome.manifest(), outcome.incremental());
            if (config.zip()) {
                ColumnZip.write(config.outputDirectory(), zipFile(config), config.outputTimestamp(),
                        outcome.manifest().digest());
            }
            new LastBuild(inputs, listing, sources.hashes(), sources.stamps(),
                    new BuildResult(read.diagnostics(), column.reports().size(), pages, true)).write(record);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (TemplateException e) {
            Diagnostics d = new Diagnostics("templates/" + e.template());
            d.error(e.line(), 0, "", e.getMessage());
            return new BuildResult(d.list(), read.reportFiles(), 0, false);
        }
        return new BuildResult(read.diagnostics(), column.reports().size(), pages, true);
    }

    private static Path zipFile(Config config) {
        return config.outputDirectory().resolveSibling(config.outputDirectory().getFileName() + ".zip");
    }

    /**
     * Each chart as 2x PNG, SVG and CSV, and 1x PNG when asked; its inputs are its data (style, font and
     * code are the build's; its files tell whether the 1x PNG is in).
     */
    private static List<OutputJob> chartJobs(ColumnCharts charts, ChartImages images) {
        List<OutputJob> jobs = new ArrayList<>();
        boolean png1x = charts.png1x();
        for (ChartSpec spec : charts.all()) {
            ColumnLayout.ChartFiles files = ColumnLayout.chartFiles(spec.path(), png1x);
            jobs.add(new OutputJob(spec.path(), files.all(), spec::key, sink -> {
                ChartImages.Images im = images.draw(spec, png1x);
                if (png1x) {
                    sink.write(files.png(), im.png());
                }
                sink.write(files.png2x(), im.png2x());
                sink.write(files.svg(), im.svg());
                sink.write(files.csv(), ChartTexts.csv(spec));
            }));
        }
        return jobs;
    }

    /** The read phase, then the check phase: every source parsed once, then bound and checked once. */
    private static ColumnCheck.Result read(Config config, SourceFiles sources) {
        return read(config, sources, CheckCache.none());
    }

    /** As {@link #read(Config, SourceFiles)}, a report file whose check {@code cache} knows neither parsed nor checked. */
    private static ColumnCheck.Result read(Config config, SourceFiles sources, CheckCache cache) {
        ColumnSources read = ColumnSources.read(sources, config.maxFileBytes(),
                n -> config.progress().update(Progress.Stage.READING, n), cache::mayHave);
        return ColumnCheck.check(read, CheckOptions.forBuild(config.outputTimestamp(), config.allowRawHtml()), cache);
    }

    /** Each report's checked result from the last build: {@code .<output>.checked} beside the output folder. */
    static Path checkCacheFile(Config config) {
        Path out = config.outputDirectory();
        return out.resolveSibling("." + out.getFileName() + ".checked");
    }

    /** The site's templates/*.peb, by their path there. */
    private static Map<String, String> siteTemplates(SourceFiles sources) throws IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String file : sources.files(TEMPLATES)) {
            if (file.endsWith(".peb")) {
                try {
                    texts.put(file.substring(TEMPLATES.length() + 1),
                            new String(sources.read(file, Long.MAX_VALUE), java.nio.charset.StandardCharsets.UTF_8));
                } catch (SourceFiles.Refused e) {
                    // a link put there since the listing: reported by sources
                }
            }
        }
        return texts;
    }

    /** A build stopped before writing: the sources' diagnostics and the chart problems found. */
    private static BuildResult failed(ColumnCheck.Result read, Diagnostic... problems) {
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(List.of(problems));
        all.sort(Diagnostic.ORDER);
        return new BuildResult(all, read.reportFiles(), 0, false);
    }

    /** {@code static/} as is, as one job keyed by its files' hashes (links are refused by {@code sources}). */
    private static List<OutputJob> staticFiles(SourceFiles sources) throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (String file : sources.files(STATIC)) {
            try {
                files.put(file, sources.read(file, Long.MAX_VALUE));
            } catch (SourceFiles.Refused e) {
                // a link put there since the listing: reported by sources
            }
        }
        if (files.isEmpty() && !sources.isFolder(STATIC)) {
            return List.of();
        }
        StringBuilder inputs = new StringBuilder();
        files.forEach((path, bytes) -> inputs.append(path).append(' ').append(Sha256.of(bytes)).append('\n'));
        return List.of(new OutputJob("static/", List.copyOf(files.keySet()), inputs::toString,
                sink -> files.forEach(sink::write)));
    }
}
