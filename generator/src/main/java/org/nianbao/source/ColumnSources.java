package org.nianbao.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.nianbao.concurrent.Parallel;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;

/**
 * The read phase's result: every source of a column read once, as strict UTF-8, and parsed once,
 * with positions. Nothing here knows the forms: binding and checking are the next phase's.
 *
 * @param files    the source folder, for what the check asks of it later (does static/x exist?)
 * @param site     {@code site.yaml} parsed, or {@code null} when it is missing or broken (told in {@code problems})
 * @param forms    the bytes of each {@code forms/<id>.yaml}, by id
 * @param reports  every entry of {@code reports/<year>/}, in path order, read or not
 * @param problems what stopped a file from being read or parsed, and misplaced entries
 */
public record ColumnSources(SourceFiles files, YamlDocument site, Map<String, byte[]> forms, List<ReportSource> reports,
        List<Diagnostic> problems) {
    public static final String SITE_FILE = "site.yaml";
    public static final String REPORTS = "reports";
    /** A body's 政府信息公开工作年度报告: {@code reports/<year>/<代号>.xxgk.md}. */
    public static final String XXGK_SUFFIX = ".xxgk.md";
    /** A year's supervision report: {@code reports/<year>/_supervision.md}. */
    public static final String SUPERVISION_FILE = "_supervision.md";
    /** A report saved as a draft by the fill page of {@code serve} ({@code <代号>.md.draft}): builds skip it. */
    public static final String DRAFT_SUFFIX = ".md.draft";
    private static final String FORMS = "forms";

    /**
     * One file of {@code reports/<year>/}.
     *
     * @param frontMatter the text split into front matter and narrative; {@code null} when it was not read
     * @param yaml        the front matter parsed; {@code null} when it was not read or does not parse
     * @param problems    why it was not read or parsed (warnings too, such as a BOM)
     * @param hash        the SHA-256 of the file's bytes, or {@code null} when it was not read from a file
     * @param parsed      false when its text was read but left unparsed, as the last check of these bytes is known
     */
    public record ReportSource(String relative, int folderYear, String text, FrontMatter frontMatter, YamlDocument yaml,
            List<Diagnostic> problems, String hash, boolean parsed) {
        /** This source parsed: itself, or its text split and its front matter parsed now. */
        public ReportSource parse() {
            if (parsed) {
                return this;
            }
            Diagnostics d = new Diagnostics(relative);
            problems.forEach(d::add);
            return report(relative, folderYear, text, d).withHash(hash);
        }

        private ReportSource withHash(String h) {
            return new ReportSource(relative, folderYear, text, frontMatter, yaml, problems, h, parsed);
        }

        /** The file's name without {@code .md} (or {@code .xxgk.md}): the site's slug. */
        public String slug() {
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            if (name.endsWith(XXGK_SUFFIX)) {
                return name.substring(0, name.length() - XXGK_SUFFIX.length());
            }
            return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        }

        /** A 政府信息公开工作年度报告 ({@code <代号>.xxgk.md}), not a 政府网站工作年度报表. */
        public boolean isXxgk() {
            return relative.endsWith(XXGK_SUFFIX);
        }

        public boolean isSupervision() {
            return relative.endsWith("/" + SUPERVISION_FILE);
        }
    }

    /** Reads every source through {@code files}, telling {@code reportsRead} the count after each report file. */
    public static ColumnSources read(SourceFiles files, long maxBytes, IntConsumer reportsRead) {
        return read(files, maxBytes, reportsRead, (path, hash) -> false);
    }

    /**
     * As {@link #read(SourceFiles, long, IntConsumer)}, leaving unparsed each report file for which {@code known}
     * (its path, the SHA-256 of its bytes) is true: its check is known ({@link ReportSource#parse()} parses it still).
     */
    public static ColumnSources read(SourceFiles files, long maxBytes, IntConsumer reportsRead,
            java.util.function.BiPredicate<String, String> known) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, byte[]> forms = forms(files, problems);
        Diagnostics siteProblems = new Diagnostics(SITE_FILE);
        YamlDocument site = site(files, maxBytes, siteProblems);
        problems.addAll(siteProblems.list());
        List<ReportSource> reports = new ArrayList<>();
        if (!files.isFolder(REPORTS)) {
            if (!files.exists(REPORTS) || !files.refusedLink(REPORTS)) {
                Diagnostics d = new Diagnostics(REPORTS);
                d.error(0, 0, "", "找不到 reports/ 文件夹：报表应放在 reports/<年度>/<网站代号>.md");
                problems.addAll(d.list());
            }
        } else {
            reports = reports(files, maxBytes, reportsRead, known, problems);
        }
        return new ColumnSources(files, site, forms, reports, problems);
    }

    /** {@code site.yaml} read and parsed, or {@code null} after telling {@code d} why not. */
    public static YamlDocument site(SourceFiles files, long maxBytes, Diagnostics d) {
        if (!files.exists(SITE_FILE) || Files.isDirectory(files.root().resolve(SITE_FILE), LinkOption.NOFOLLOW_LINKS)) {
            d.error(0, 0, "", "找不到栏目配置文件 site.yaml（应在源文件夹 " + files.root() + " 中）");
            return null;
        }
        String text = SourceText.read(files, SITE_FILE, maxBytes, d);
        return text == null ? null : YamlDocument.compose(text, 0, d);
    }

    /** A report's text (with {@code \n} line ends) split and its front matter parsed, as from its file. */
    public static ReportSource report(String relative, int folderYear, String text) {
        return report(relative, folderYear, text, new Diagnostics(relative));
    }

    /** As {@link #report(String, int, String)}, after the problems {@code d} has from reading the file. */
    private static ReportSource report(String relative, int folderYear, String text, Diagnostics d) {
        if (text.isBlank()) {
            d.error(0, 0, "", "文件为空：应以 --- 开头填写报表数据，再写年度工作情况");
            return new ReportSource(relative, folderYear, text, null, null, d.list(), null, true);
        }
        FrontMatter fm = FrontMatter.split(text);
        return new ReportSource(relative, folderYear, text, fm, YamlDocument.frontMatter(fm, d), d.list(), null, true);
    }

    private static List<ReportSource> reports(SourceFiles files, long maxBytes, IntConsumer reportsRead,
            java.util.function.BiPredicate<String, String> known, List<Diagnostic> problems) {
        record Entry(Path path, String relative, int year) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Path yearDir : list(files.root().resolve(REPORTS))) {
            String yearName = yearDir.getFileName().toString();
            String yearRel = REPORTS + "/" + yearName;
            if (files.refusedLink(yearRel)) {
                continue;
            }
            if (!Files.isDirectory(yearDir, LinkOption.NOFOLLOW_LINKS) || !yearName.matches("(19|20)[0-9]{2}")) {
                Diagnostics d = new Diagnostics(yearRel);
                d.error(0, 0, "", "reports/ 下只能放以年度命名的文件夹（如 reports/2023/），每个报表一个 .md 文件");
                problems.addAll(d.list());
                continue;
            }
            for (Path file : list(yearDir)) {
                if (file.getFileName().toString().endsWith(DRAFT_SUFFIX)) {
                    continue; // a draft the fill page of serve saved with errors: not a report yet
                }
                entries.add(new Entry(file, yearRel + "/" + file.getFileName(), Integer.parseInt(yearName)));
            }
        }
        // each file read and parsed on its own (both cores of a small machine), kept in path order
        List<ReportSource> read = new ArrayList<>(Collections.nCopies(entries.size(), null));
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(entries.size(), i -> {
            Entry e = entries.get(i);
            Diagnostics d = new Diagnostics(e.relative());
            String text = null;
            if (files.refusedLink(e.relative())) {
                // reported by files, as a link
            } else if (!Files.isRegularFile(e.path(), LinkOption.NOFOLLOW_LINKS) || !e.relative().endsWith(".md")) {
                d.error(0, 0, "", "年度文件夹中只能放报表文件（网站代号.md），且不能是链接或文件夹");
            } else {
                text = SourceText.read(files, e.relative(), maxBytes, d);
            }
            String hash = text == null ? null : files.hash(e.relative());
            if (text == null) {
                read.set(i, new ReportSource(e.relative(), e.year(), null, null, null, d.list(), null, true));
            } else if (known.test(e.relative(), hash)) {
                read.set(i, new ReportSource(e.relative(), e.year(), text, null, null, d.list(), hash, false));
            } else {
                read.set(i, report(e.relative(), e.year(), text, d).withHash(hash));
            }
            synchronized (reportsRead) {
                reportsRead.accept(done.incrementAndGet());
            }
        });
        return read;
    }

    /** The bytes of each {@code forms/<id>.yaml} file, by id. */
    private static Map<String, byte[]> forms(SourceFiles files, List<Diagnostic> problems) {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        if (!files.isFolder(FORMS)) {
            return forms;
        }
        for (Path p : list(files.root().resolve(FORMS))) {
            String name = p.getFileName().toString();
            String rel = FORMS + "/" + name;
            if (!name.endsWith(".yaml") || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                forms.put(name.substring(0, name.length() - ".yaml".length()), files.read(rel, Long.MAX_VALUE));
            } catch (SourceFiles.Refused e) {
                // a link: reported by files
            } catch (IOException e) {
                Diagnostics d = new Diagnostics(rel);
                d.error(0, 0, "", "无法读取：" + e.getMessage());
                problems.addAll(d.list());
            }
        }
        return forms;
    }

    /** Folder entries sorted by name, hidden ones left out, so that reading order never depends on the file system. */
    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
