package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.nianbao.chart.ChartCache;
import org.nianbao.chart.ChartDefinitions;
import org.nianbao.chart.ChartFont;
import org.nianbao.chart.ChartImages;
import org.nianbao.chart.ChartRenderer;
import org.nianbao.chart.ChartStyle;
import org.nianbao.chart.ChartWriter;
import org.nianbao.chart.ColumnCharts;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Column;
import org.nianbao.output.ColumnZip;
import org.nianbao.output.StagedOutput;
import org.nianbao.render.ColumnPages;
import org.nianbao.render.Markdown;
import org.nianbao.render.PageSink;
import org.nianbao.render.TemplateException;
import org.nianbao.render.Templates;
import org.nianbao.render.Theme;
import org.nianbao.source.ColumnReader;
import org.nianbao.source.SiteReader;
import org.nianbao.source.SourceLinks;

/** The one entry point: check a column's sources, or build the column folder from them. */
public final class Nianbao {
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

    /** Reads and checks every source without writing anything. */
    public static BuildResult check(Config config) {
        ColumnReader.Result read = read(config);
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
        ColumnReader.Result read = read(config);
        Column column = read.column();
        if (column == null) {
            return new BuildResult(read.diagnostics(), read.reportFiles(), 0, false);
        }
        List<Diagnostic> links = SourceLinks.check(config.sourceDirectory());
        if (!links.isEmpty()) {
            return new BuildResult(links, read.reportFiles(), 0, false);
        }
        BuildResult checked = new BuildResult(read.diagnostics(), read.reportFiles(), 0, false);
        if (!checked.ok(config.failOnWarning())) {
            return checked;
        }
        Theme theme = Theme.load(config.theme(), config.themeClassLoader());
        Templates templates = new Templates(theme, config.sourceDirectory().resolve("templates"));
        Markdown markdown = new Markdown(config.allowRawHtml() || column.config().allowRawHtml());
        ChartStyle style = ChartStyle.parse(theme.resource("chart-style.yaml"));
        Map<String, FormDefinition> forms = FormLoader.load(config.sourceDirectory());
        // without charts: no plan, no font, no drawing; the pages take null as "no charts"
        ColumnCharts charts = config.charts()
                ? ColumnCharts.plan(column, forms.get(FormLoader.WORK), ChartDefinitions.load(forms), style)
                : null;
        ChartFont font = null;
        if (charts != null) {
            String fontName = column.config().chartFont().isEmpty() ? "主题字体 " + style.font()
                    : column.config().chartFont();
            try {
                font = ChartFont.load(column.config().chartFont().isEmpty() ? theme.resource(style.font())
                        : Files.readAllBytes(config.sourceDirectory().resolve(column.config().chartFont())));
            } catch (IOException e) {
                return failed(read, new Diagnostic(Severity.ERROR, SiteReader.FILE, 0, 0, "图表字体",
                        "无法读取字体文件 " + fontName + "：" + e.getMessage()));
            }
            List<Diagnostic> fontProblems = charts.fontProblems(font, fontName);
            if (!fontProblems.isEmpty()) {
                return failed(read, fontProblems.toArray(new Diagnostic[0]));
            }
        }
        int pages;
        try (StagedOutput out = StagedOutput.open(config.outputDirectory())) {
            copyStatic(config.sourceDirectory().resolve("static"), out);
            if (charts != null) {
                new ChartWriter(new ChartImages(new ChartRenderer(style, font)),
                        new ChartCache(ChartCache.beside(config.outputDirectory()), style, font),
                        Runtime.getRuntime().availableProcessors()).write(charts.all(), out);
            }
            pages = new ColumnPages(column, theme, templates, markdown, config.baseUrl().orElse(null), charts)
                    .writeTo(counting(out, config.progress()));
            if (config.zip()) {
                Path zip = config.outputDirectory().resolveSibling(config.outputDirectory().getFileName() + ".zip");
                ColumnZip.write(out.staging(), zip);
            }
            out.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (TemplateException e) {
            Diagnostics d = new Diagnostics("templates/" + e.template());
            d.error(e.line(), 0, "", e.getMessage());
            return new BuildResult(d.list(), read.reportFiles(), 0, false);
        }
        return new BuildResult(read.diagnostics(), column.reports().size(), pages, true);
    }

    private static ColumnReader.Result read(Config config) {
        return ColumnReader.read(config.sourceDirectory(), config.maxFileBytes(),
                n -> config.progress().update(Progress.Stage.READING, n));
    }

    /** Passes writes on to {@code out}, telling {@code progress} the count of pages so far. */
    private static PageSink counting(PageSink out, Progress progress) {
        int[] pages = {0};
        return (path, bytes) -> {
            out.write(path, bytes);
            if (path.endsWith(".html")) {
                progress.update(Progress.Stage.WRITING, ++pages[0]);
            }
        };
    }

    /** A build stopped before writing: the sources' diagnostics and the chart problems found. */
    private static BuildResult failed(ColumnReader.Result read, Diagnostic... problems) {
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(List.of(problems));
        all.sort(Diagnostic.ORDER);
        return new BuildResult(all, read.reportFiles(), 0, false);
    }

    /** Copies {@code static/} as is ({@link SourceLinks} has refused links in it). */
    private static void copyStatic(Path dir, StagedOutput out) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.sorted().toList();
        }
        for (Path p : files) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                out.write("static/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }
}
