package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.nianbao.model.Column;
import org.nianbao.output.ColumnZip;
import org.nianbao.output.StagedOutput;
import org.nianbao.render.ColumnPages;
import org.nianbao.render.Markdown;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.render.TemplateException;
import org.nianbao.render.PageSink;
import org.nianbao.render.Templates;
import org.nianbao.source.SourceLinks;
import org.nianbao.render.Theme;
import org.nianbao.source.ColumnReader;

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
        int pages;
        try (StagedOutput out = StagedOutput.open(config.outputDirectory())) {
            copyStatic(config.sourceDirectory().resolve("static"), out);
            pages = new ColumnPages(column, theme, templates, markdown, config.baseUrl().orElse(null)).writeTo(counting(out, config.progress()));
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
