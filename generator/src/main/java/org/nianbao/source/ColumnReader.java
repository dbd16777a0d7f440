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
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.model.SiteConfig;

/** Reads a column's sources: {@code site.yaml} and every {@code reports/<year>/<site>.md}. */
public final class ColumnReader {
    public static final String REPORTS = "reports";

    /**
     * @param column the column, or {@code null} when any source has errors
     * @param diagnostics every problem found, in file and position order
     */
    public record Result(Column column, List<Diagnostic> diagnostics) {
    }

    private ColumnReader() {
    }

    public static Result read(Path sourceDir, FormDefinition form, long maxBytes) {
        return read(sourceDir, form, maxBytes, n -> {
        });
    }

    /** As {@link #read(Path, FormDefinition, long)}, telling {@code reportsRead} the count after each report file. */
    public static Result read(Path sourceDir, FormDefinition form, long maxBytes, IntConsumer reportsRead) {
        List<Diagnostic> all = new ArrayList<>();
        Diagnostics siteProblems = new Diagnostics(SiteReader.FILE);
        SiteConfig config = SiteReader.read(sourceDir, maxBytes, siteProblems);
        all.addAll(siteProblems.list());
        if (config == null) {
            return new Result(null, sorted(all));
        }
        List<Report> reports = new ArrayList<>();
        Path reportsDir = sourceDir.resolve(REPORTS);
        if (!Files.isDirectory(reportsDir)) {
            all.add(missingReports());
            return new Result(null, sorted(all));
        }
        int files = 0;
        for (Path yearDir : list(reportsDir)) {
            String yearName = yearDir.getFileName().toString();
            String yearRel = REPORTS + "/" + yearName;
            if (!Files.isDirectory(yearDir, LinkOption.NOFOLLOW_LINKS) || !yearName.matches("(19|20)[0-9]{2}")) {
                Diagnostics d = new Diagnostics(yearRel);
                d.error(0, 0, "", "reports/ 下只能放以年度命名的文件夹（如 reports/2023/），每个报表一个 .md 文件");
                all.addAll(d.list());
                continue;
            }
            int year = Integer.parseInt(yearName);
            for (Path file : list(yearDir)) {
                String rel = yearRel + "/" + file.getFileName();
                Diagnostics d = new Diagnostics(rel);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !rel.endsWith(".md")) {
                    d.error(0, 0, "", "年度文件夹中只能放报表文件（网站代号.md），且不能是链接或文件夹");
                } else {
                    Report r = ReportReader.read(file, rel, year, config, form, maxBytes, d);
                    if (r != null) {
                        reports.add(r);
                    }
                }
                all.addAll(d.list());
                reportsRead.accept(++files);
            }
        }
        boolean failed = all.stream().anyMatch(Diagnostic::isError);
        return new Result(failed ? null : new Column(config, reports), sorted(all));
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
