package org.nianbao.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.Config;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.Edition;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Suggest;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.nianbao.source.ColumnReader;
import org.nianbao.source.FrontMatter;
import org.nianbao.source.ReportReader;
import org.nianbao.source.SiteReader;
import org.nianbao.source.SourceText;

/**
 * Turns a CSV of 《政府网站工作年度报表》 figures, one row per site with the form's labels as heads
 * (see {@link CsvHeads}), into report sources {@code reports/<年度>/<代号>.md}. Each row's front matter
 * is checked by the same {@link ReportReader} as the build, and every problem is told as the CSV cell
 * it came from: {@code import.csv:5:12: 信息发布/总数（条）: …}. All or nothing: when any cell is bad,
 * no file is written.
 */
public final class CsvImport {
    /** Far above a province's CSV (2,000 sites × 100 columns is about 2 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The narrative of a new report: a heading to write under. */
    static final String BODY = "\n## 年度工作概述\n";

    /**
     * @param diagnostics every problem; those of the CSV as {@code file:row:column}, the row counted as a
     *                    spreadsheet does (1 = the heads)
     * @param written     report files written, relative to the source folder; none when there are errors
     * @param encoding    the encoding the CSV was read in, or {@code null} when it could not be read
     */
    public record Result(List<Diagnostic> diagnostics, List<String> written, Charset encoding) {
        public Result {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
            written = List.copyOf(written);
        }

        public boolean ok() {
            return errors() == 0;
        }

        public long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        public long warnings() {
            return diagnostics.size() - errors();
        }
    }

    private final Path sourceDir;
    private final String csvName;
    private final boolean overwrite;
    private final FormDefinition form;
    private final SiteConfig sites;
    private final CsvHeads heads;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Diagnostics csvProblems;
    private final Set<String> missingReported = new HashSet<>();
    private final Set<Integer> headless = new HashSet<>();
    /** Target file → the CSV row that fills it. */
    private final Map<String, Integer> targets = new HashMap<>();

    private CsvImport(Path sourceDir, String csvName, boolean overwrite, FormDefinition form, SiteConfig sites,
            CsvHeads heads, Diagnostics csvProblems) {
        this.sourceDir = sourceDir;
        this.csvName = csvName;
        this.overwrite = overwrite;
        this.form = form;
        this.sites = sites;
        this.heads = heads;
        this.csvProblems = csvProblems;
    }

    /**
     * @param encoding  the CSV's encoding, or {@code null} to detect UTF-8 (with or without BOM) or GB18030
     * @param overwrite replace the front matter of report files that exist, keeping their narrative;
     *                  without it an existing file is an error
     * @throws IllegalArgumentException when the CSV file is missing or too large
     * @throws IOException              when a report file cannot be written
     */
    public static Result run(Path sourceDir, Path csv, Charset encoding, boolean overwrite) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("找不到 CSV 文件 " + csv);
        }
        if (Files.size(csv) > MAX_BYTES) {
            throw new IllegalArgumentException("CSV 文件 " + csv + " 超过 " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        Path abs = csv.toAbsolutePath().normalize();
        Path src = sourceDir.toAbsolutePath().normalize();
        String csvName = (abs.startsWith(src) ? src.relativize(abs) : abs).toString().replace('\\', '/');
        Diagnostics csvProblems = new Diagnostics(csvName);

        CsvDecoding.Decoded decoded = CsvDecoding.decode(Files.readAllBytes(csv), encoding, csvProblems);
        if (decoded == null) {
            return new Result(csvProblems.list(), List.of(), null);
        }
        List<Csv.Record> records;
        try {
            records = Csv.parse(decoded.text());
        } catch (Csv.Malformed e) {
            csvProblems.error(e.row, e.field, "", e.getMessage());
            return new Result(csvProblems.list(), List.of(), decoded.charset());
        }
        if (records.isEmpty()) {
            csvProblems.error(0, 0, "", "文件是空的：第 1 行应为表头（代号、年度、发布日期和表中各项），以下每行一个网站");
            return new Result(csvProblems.list(), List.of(), decoded.charset());
        }

        FormDefinition form;
        try {
            form = FormLoader.load(src).get(FormLoader.WORK);
        } catch (FormLoader.FormException e) {
            Diagnostics d = new Diagnostics(e.file());
            d.error(0, 0, "", e.getMessage());
            return new Result(d.list(), List.of(), decoded.charset());
        }
        Diagnostics siteProblems = new Diagnostics(SiteReader.FILE);
        SiteConfig sites = SiteReader.read(src, Config.DEFAULT_MAX_FILE_BYTES, siteProblems);
        if (sites == null) {
            return new Result(siteProblems.list(), List.of(), decoded.charset());
        }
        CsvHeads heads = CsvHeads.match(records.get(0).fields(), form, csvProblems);
        if (heads == null) {
            return new Result(csvProblems.list(), List.of(), decoded.charset());
        }

        CsvImport in = new CsvImport(src, csvName, overwrite, form, sites, heads, csvProblems);
        Map<Path, String> files = new java.util.LinkedHashMap<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            if (!r.isBlank()) {
                in.importRecord(r, files);
            }
        }
        in.problems.addAll(csvProblems.list());
        if (in.problems.stream().anyMatch(Diagnostic::isError)) {
            return new Result(in.problems, List.of(), decoded.charset());
        }
        if (files.isEmpty()) {
            csvProblems.error(2, 0, "", "表中没有报表数据：第 1 行为表头，以下每行一个网站");
            return new Result(csvProblems.list(), List.of(), decoded.charset());
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Files.createDirectories(f.getKey().getParent());
            Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
            written.add(src.relativize(f.getKey()).toString().replace('\\', '/'));
        }
        return new Result(in.problems, written, decoded.charset());
    }

    /** Checks one record; when it is good so far, adds its report file and text to {@code files}. */
    private void importRecord(Csv.Record r, Map<Path, String> files) {
        List<String> cells = r.fields().stream().map(String::strip).map(Csv::plain).toList();
        int row = r.number();
        List<Column> columns = heads.columns();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && (i >= columns.size() || columns.get(i) == null) && headless.add(i)) {
                csvProblems.error(1, i + 1, "", "此列没有表头，却有数据（如第 " + row + " 行“" + cells.get(i)
                        + "”）；请填写表头，或删去此列");
            }
        }
        Column slugColumn = heads.meta(CsvHeads.SLUG);
        Site site = site(row, cells, slugColumn);
        Integer year = year(row, cells);
        if (year == null) {
            return;
        }
        Edition edition = form.defaultEdition(year).orElse(null);
        if (edition == null) {
            csvProblems.error(row, heads.meta(CsvHeads.YEAR).number(), CsvHeads.YEAR, year + "年度没有可用的表格版本");
            return;
        }
        FormDefinition view = form.forReport(edition, year);
        if (!checkEdition(row, cells, view, year)) {
            return;
        }
        // A row that cannot be written (unknown site, repeated, file exists) still has its cells checked.
        boolean write = site != null;
        String rel = ColumnReader.REPORTS + "/" + year + "/" + (site == null ? "_" : site.slug()) + ".md";
        Integer earlier = site == null ? null : targets.putIfAbsent(rel, row);
        if (earlier != null) {
            csvProblems.error(row, slugColumn.number(), CsvHeads.SLUG, "与第 " + earlier + " 行重复：同一网站同一年度只能有一行");
            write = false;
        }
        Path target = sourceDir.resolve(rel);
        String body = write ? body(row, slugColumn, target, rel) : BODY;
        if (body == null) {
            write = false;
            body = BODY;
        }

        FrontMatterText fm = FrontMatterText.write(view, heads, cells);
        fm.unwritable().values().forEach(u -> csvProblems.error(row, u.column().number(), u.column().subject(),
                "填写为“" + u.text() + "”，应为" + (u.column().field() != null ? u.column().field() : u.column().row())
                        .valueType().expected()));
        String text = fm.text() + body;
        Diagnostics read = new Diagnostics(rel);
        ReportReader.parse(text, rel, year, site != null ? site : new Site(cell(cells, slugColumn), "", "", 0, Site.NATIONAL_DEADLINE), form, read);
        for (Diagnostic x : read.list()) {
            if (x.line() > fm.lines()) {
                problems.add(x); // in the narrative kept from the existing file
            } else if (!fm.unwritable().containsKey(x.line())) {
                Column c = fm.columnOf(x.line());
                problems.add(new Diagnostic(x.severity(), csvName, row, (c != null ? c : slugColumn).number(),
                        c != null ? c.subject() : x.subject(), x.message()));
            }
        }
        if (write) {
            files.put(target, text);
        }
    }

    private Site site(int row, List<String> cells, Column column) {
        String slug = cell(cells, column);
        if (slug.isEmpty()) {
            csvProblems.error(row, column.number(), CsvHeads.SLUG, "未填写，应为 site.yaml 中登记的网站代号");
            return null;
        }
        Site site = sites.site(slug).orElse(null);
        if (site == null) {
            Column name = heads.row("basic.name");
            String byName = name == null ? "" : sites.sites().stream()
                    .filter(s -> s.name().equals(cell(cells, name)))
                    .map(s -> "；网站名称“" + s.name() + "”在 site.yaml 中的代号为“" + s.slug() + "”")
                    .findFirst().orElse("");
            csvProblems.error(row, column.number(), CsvHeads.SLUG, "“" + slug + "”不在 site.yaml 的“网站”列表中"
                    + Suggest.didYouMean(slug, sites.sites().stream().map(Site::slug).toList()) + byName
                    + "。请更正代号，或先在 site.yaml 中登记该网站");
        }
        return site;
    }

    /** 年度 names the report's folder, so it is checked here, as the build checks folder names. */
    private Integer year(int row, List<String> cells) {
        Column column = heads.meta(CsvHeads.YEAR);
        String text = cell(cells, column);
        if (!text.matches("(19|20)[0-9]{2}")) {
            csvProblems.error(row, column.number(), CsvHeads.YEAR,
                    (text.isEmpty() ? "未填写" : "填写为“" + text + "”") + "，应为四位年份，如 2023");
            return null;
        }
        return Integer.parseInt(text);
    }

    /**
     * Rows the edition lacks must be empty; rows it requires must have a column (told once, on the heads).
     *
     * @return whether every row the edition requires has a column, so that the record can be read
     */
    private boolean checkEdition(int row, List<String> cells, FormDefinition view, int year) {
        for (Column c : heads.columns()) {
            if (c != null && c.row() != null && view.row(c.row().path()).isEmpty() && !cell(cells, c).isEmpty()) {
                csvProblems.error(row, c.number(), c.subject(), year + "年度使用的" + view.edition().label()
                        + "没有此项，请留空");
            }
        }
        List<Row> missing = heads.missing(view);
        for (Row m : missing) {
            if (missingReported.add(m.path())) {
                csvProblems.error(1, 0, "", "缺少“" + m.labelPath() + "”列（" + year + "年度的报表必须填写此项"
                        + (m.type() == RowType.CHOICES ? "，选项间用“、”分隔" : "") + "）");
            }
        }
        return missing.isEmpty();
    }

    /** The narrative: the existing file's with {@code overwrite}, else a heading; {@code null} when the file exists. */
    private String body(int row, Column slugColumn, Path target, String rel) {
        if (!Files.exists(target)) {
            return BODY;
        }
        if (!overwrite) {
            csvProblems.error(row, slugColumn.number(), CsvHeads.SLUG, rel + " 已存在，未覆盖；如要以本表数据替换其中的报表数据"
                    + "（正文保留），请使用覆盖选项（命令行 --overwrite，Maven -Dnianbao.overwrite）");
            return null;
        }
        Diagnostics d = new Diagnostics(rel);
        String existing = SourceText.read(target, Config.DEFAULT_MAX_FILE_BYTES, d);
        if (existing == null) {
            problems.addAll(d.list());
            return null;
        }
        return FrontMatter.split(existing).body();
    }

    private static String cell(List<String> cells, Column c) {
        return c.index() < cells.size() ? cells.get(c.index()) : "";
    }
}
