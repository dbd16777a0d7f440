package org.nianbao.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.nianbao.concurrent.Parallel;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import java.util.Map;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Site;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.SiteConfig;

/** Reads a column's sources: {@code site.yaml} and every {@code reports/<year>/<site>.md}. */
public final class ColumnReader {
    public static final String REPORTS = "reports";

    /**
     * @param column the column, or {@code null} when any source has errors
     * @param diagnostics every problem found, in file and position order
     * @param reportFiles how many report files were read, good or bad
     */
    public record Result(Column column, List<Diagnostic> diagnostics, int reportFiles) {
    }

    private ColumnReader() {
    }

    /** A year's supervision report: {@code reports/<year>/_supervision.md}. */
    public static final String SUPERVISION_FILE = "_supervision.md";

    public static Result read(Path sourceDir, long maxBytes) {
        return read(sourceDir, maxBytes, ReadOptions.today(), n -> {
        });
    }

    /** As {@link #read(Path, long)}, telling {@code reportsRead} the count after each report file. */
    public static Result read(Path sourceDir, long maxBytes, ReadOptions options, IntConsumer reportsRead) {
        List<Diagnostic> all = new ArrayList<>();
        Map<String, FormDefinition> forms;
        try {
            forms = FormLoader.load(sourceDir);
        } catch (FormLoader.FormException e) {
            Diagnostics d = new Diagnostics(e.file());
            d.error(0, 0, "", e.getMessage());
            return new Result(null, d.list(), 0);
        }
        Diagnostics siteProblems = new Diagnostics(SiteReader.FILE);
        SiteConfig config = SiteReader.read(sourceDir, maxBytes, siteProblems);
        all.addAll(siteProblems.list());
        if (config == null) {
            return new Result(null, sorted(all), 0);
        }
        Path reportsDir = sourceDir.resolve(REPORTS);
        if (!Files.isDirectory(reportsDir)) {
            all.add(missingReports());
            return new Result(null, sorted(all), 0);
        }
        ReadOptions reportOptions = new ReadOptions(options.buildDate(), options.allowRawHtml() || config.allowRawHtml());
        List<ReportFile> files = new ArrayList<>();
        for (Path yearDir : list(reportsDir)) {
            String yearName = yearDir.getFileName().toString();
            String yearRel = REPORTS + "/" + yearName;
            if (!Files.isDirectory(yearDir, LinkOption.NOFOLLOW_LINKS) || !yearName.matches("(19|20)[0-9]{2}")) {
                Diagnostics d = new Diagnostics(yearRel);
                d.error(0, 0, "", "reports/ 下只能放以年度命名的文件夹（如 reports/2023/），每个报表一个 .md 文件");
                all.addAll(d.list());
                continue;
            }
            for (Path file : list(yearDir)) {
                files.add(new ReportFile(file, yearRel + "/" + file.getFileName(), Integer.parseInt(yearName)));
            }
        }
        // each file is read on its own (on both cores of a small machine), then taken in file order
        List<Diagnostics> problems = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
        List<Report> read = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Parallel.forEach(files.size(), i -> {
            ReportFile f = files.get(i);
            Diagnostics d = new Diagnostics(f.relative());
            if (!Files.isRegularFile(f.path(), LinkOption.NOFOLLOW_LINKS) || !f.relative().endsWith(".md")) {
                d.error(0, 0, "", "年度文件夹中只能放报表文件（网站代号.md），且不能是链接或文件夹");
            } else {
                read.set(i, readReport(f.path(), f.relative(), f.year(), config, forms, maxBytes, reportOptions, d));
            }
            problems.set(i, d);
            synchronized (reportsRead) {
                reportsRead.accept(done.incrementAndGet());
            }
        });
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            all.addAll(problems.get(i).list());
            if (read.get(i) != null) {
                reports.add(read.get(i));
            }
        }
        boolean failed = all.stream().anyMatch(Diagnostic::isError);
        return new Result(failed ? null : new Column(config, reports), sorted(all), files.size());
    }

    private record ReportFile(Path path, String relative, int year) {
    }

    private static Report readReport(Path file, String rel, int year, SiteConfig config,
            Map<String, FormDefinition> forms, long maxBytes, ReadOptions options, Diagnostics d) {
        String name = file.getFileName().toString();
        if (name.equals(SUPERVISION_FILE)) {
            Site owner = new Site(SiteReader.SUPERVISION_SLUG, config.sponsor(), "", 0, config.deadline());
            return ReportReader.read(file, rel, year, owner, forms.get(FormLoader.SUPERVISION), maxBytes, options, d);
        }
        String slug = name.substring(0, name.length() - ".md".length());
        Site site = config.site(slug).orElse(null);
        if (site == null) {
            d.error(0, 0, "", "网站代号“" + slug + "”不在 site.yaml 的“网站”列表中；请先在 site.yaml 中登记该网站，或更正文件名"
                    + "（监管年度报表的文件名为 " + SUPERVISION_FILE + "）");
            return null;
        }
        return ReportReader.read(file, rel, year, site, forms.get(FormLoader.WORK), maxBytes, options, d);
    }

    private static Diagnostic missingReports() {
        Diagnostics d = new Diagnostics(REPORTS);
        d.error(0, 0, "", "找不到 reports/ 文件夹：报表应放在 reports/<年度>/<网站代号>.md");
        return d.list().get(0);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> list) {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** Folder entries sorted by name, so that reading order never depends on the file system. */
    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
