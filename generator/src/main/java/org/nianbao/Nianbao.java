package org.nianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Column;
import org.nianbao.output.StagedOutput;
import org.nianbao.render.ColumnPages;
import org.nianbao.render.Markdown;
import org.nianbao.render.Templates;
import org.nianbao.render.Theme;
import org.nianbao.source.ColumnReader;
import org.nianbao.source.SiteReader;

/** The one entry point: check a column's sources, or build the column folder from them. */
public final class Nianbao {
    private Nianbao() {
    }

    /** Reads and checks every source without writing anything. */
    public static BuildResult check(Config config) {
        ColumnReader.Result read = ColumnReader.read(config.sourceDirectory(), FormLoader.workReport(),
                config.maxFileBytes());
        int reports = read.column() == null ? 0 : read.column().reports().size();
        return new BuildResult(read.diagnostics(), reports, 0, false);
    }

    /**
     * Checks the sources and, when they have no errors, writes the whole column into a fresh folder
     * that then replaces {@link Config#outputDirectory()}. On errors the output folder is untouched.
     *
     * @throws IOException when the output cannot be written; the previous column is then kept too
     */
    public static BuildResult build(Config config) throws IOException {
        FormDefinition form = FormLoader.workReport();
        ColumnReader.Result read = ColumnReader.read(config.sourceDirectory(), form, config.maxFileBytes());
        Column column = read.column();
        if (column == null) {
            return new BuildResult(read.diagnostics(), 0, 0, false);
        }
        Theme theme = Theme.load(config.theme(), config.themeClassLoader());
        Templates templates = new Templates(theme, config.sourceDirectory().resolve("templates"));
        Markdown markdown = new Markdown(config.allowRawHtml() || column.config().allowRawHtml());
        ChartStyle style = ChartStyle.parse(theme.resource("chart-style.yaml"));
        ColumnCharts charts = ColumnCharts.plan(column, form, ChartDefinitions.load(Map.of(form.id(), form)), style);
        String fontName = column.config().chartFont().isEmpty() ? "主题字体 " + style.font()
                : column.config().chartFont();
        ChartFont font;
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
        int pages;
        try (StagedOutput out = StagedOutput.open(config.outputDirectory())) {
            copyStatic(config.sourceDirectory().resolve("static"), out);
            new ChartWriter(new ChartImages(new ChartRenderer(style, font)),
                    new ChartCache(ChartCache.beside(config.outputDirectory()), style, font),
                    Runtime.getRuntime().availableProcessors()).write(charts.all(), out);
            pages = new ColumnPages(column, form, theme, templates, markdown, charts).writeTo(out);
            out.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new BuildResult(read.diagnostics(), column.reports().size(), pages, true);
    }

    /** A build stopped before writing: the sources' diagnostics and the chart problems found. */
    private static BuildResult failed(ColumnReader.Result read, Diagnostic... problems) {
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(List.of(problems));
        all.sort(Diagnostic.ORDER);
        return new BuildResult(all, read.column().reports().size(), 0, false);
    }

    /** Copies {@code static/} as is; links inside it are refused so that nothing outside the sources leaks out. */
    private static void copyStatic(Path dir, StagedOutput out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.sorted().toList();
        }
        for (Path p : files) {
            if (Files.isSymbolicLink(p)) {
                throw new IOException("static/ 中不能有符号链接：" + dir.relativize(p));
            }
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                out.write("static/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }
}
