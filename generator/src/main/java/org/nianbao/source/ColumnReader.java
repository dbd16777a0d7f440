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
     * @param forms the form definitions the reports were read with, or {@code null} when they have errors
     */
    public record Result(Column column, List<Diagnostic> diagnostics, int reportFiles, Map<String, FormDefinition> forms) {
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
        return read(new SourceFiles(sourceDir), maxBytes, options, reportsRead);
    }

    /** As {@link #read(Path, long, ReadOptions, IntConsumer)}, reading every file through {@code sources}. */
    public static Result read(SourceFiles sources, long maxBytes, ReadOptions options, IntConsumer reportsRead) {
        Result read = readSources(sources, maxBytes, options, reportsRead);
        if (sources.refused().isEmpty()) {
            return read;
        }
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(sources.refused());
        return new Result(null, sorted(all), read.reportFiles(), null);
    }

    private static Result readSources(SourceFiles sources, long maxBytes, ReadOptions options, IntConsumer reportsRead) {
        List<Diagnostic> all = new ArrayList<>();
        Map<String, FormDefinition> forms;
        try {
            forms = FormLoader.load(siteForms(sources));
        } catch (FormLoader.FormException e) {
            return new Result(null, e.problems(), 0, null);
        }
        Diagnostics siteProblems = new Diagnostics(SiteReader.FILE);
        SiteConfig config = SiteReader.read(sources, maxBytes, siteProblems);
        all.addAll(siteProblems.list());
        if (config == null) {
            return new Result(null, sorted(all), 0, forms);
        }
        if (!sources.isFolder(REPORTS)) {
            if (!sources.exists(REPORTS) || !sources.refusedLink(REPORTS)) {
                all.add(missingReports());
            }
            return new Result(null, sorted(all), 0, forms);
        }
        Path reportsDir = sources.root().resolve(REPORTS);
        ReadOptions reportOptions = new ReadOptions(options.buildDate(), options.allowRawHtml() || config.allowRawHtml());
        List<ReportFile> files = new ArrayList<>();
        for (Path yearDir : list(reportsDir)) {
            String yearName = yearDir.getFileName().toString();
            String yearRel = REPORTS + "/" + yearName;
            if (sources.refusedLink(yearRel)) {
                continue;
            }
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
            if (sources.refusedLink(f.relative())) {
                // reported by sources, as a link
            } else if (!Files.isRegularFile(f.path(), LinkOption.NOFOLLOW_LINKS) || !f.relative().endsWith(".md")) {
                d.error(0, 0, "", "年度文件夹中只能放报表文件（网站代号.md），且不能是链接或文件夹");
            } else {
                read.set(i, readReport(sources, f.path(), f.relative(), f.year(), config, forms, maxBytes, reportOptions, d));
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
        return new Result(failed ? null : new Column(config, reports), sorted(all), files.size(), forms);
    }

    /** The site's form files, by form id, as read through {@code sources}. */
    private static Map<String, byte[]> siteForms(SourceFiles sources) {
        Map<String, byte[]> site = new java.util.LinkedHashMap<>();
        for (String id : FormLoader.IDS) {
            String rel = "forms/" + id + ".yaml";
            if (!sources.exists(rel) || Files.isDirectory(sources.root().resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                site.put(id, sources.read(rel, Long.MAX_VALUE));
            } catch (SourceFiles.Refused e) {
                // a link: reported by sources
            } catch (IOException e) {
                throw new FormLoader.FormException(rel, "无法读取：" + e.getMessage());
            }
        }
        return site;
    }

    private record ReportFile(Path path, String relative, int year) {
    }

    private static Report readReport(SourceFiles sources, Path file, String rel, int year, SiteConfig config,
            Map<String, FormDefinition> forms, long maxBytes, ReadOptions options, Diagnostics d) {
        String name = file.getFileName().toString();
        if (name.equals(SUPERVISION_FILE)) {
            Site owner = new Site(SiteReader.SUPERVISION_SLUG, config.sponsor(), "", 0, config.deadline());
            return ReportReader.read(sources, rel, year, owner, forms.get(FormLoader.SUPERVISION), maxBytes, options, d);
        }
        String slug = name.substring(0, name.length() - ".md".length());
        Site site = config.site(slug).orElse(null);
        if (site == null) {
            d.error(0, 0, "", "网站代号“" + slug + "”不在 site.yaml 的“网站”列表中；请先在 site.yaml 中登记该网站，或更正文件名"
                    + "（监管年度报表的文件名为 " + SUPERVISION_FILE + "）");
            return null;
        }
        return ReportReader.read(sources, rel, year, site, forms.get(FormLoader.WORK), maxBytes, options, d);
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
