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
import org.nianbao.source.ColumnSources;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.Edition;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Figure;
import org.nianbao.form.FormLoader;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Suggest;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.nianbao.render.XlsxWriter;
import org.nianbao.rules.Rules;
import org.nianbao.source.Csv;
import org.nianbao.source.FrontMatter;
import org.nianbao.check.CheckOptions;
import org.nianbao.check.ReportCheck;
import org.nianbao.check.SiteCheck;
import org.nianbao.source.SourceText;

/**
 * Turns a CSV of 《政府网站工作年度报表》 figures, one row per site with the form's labels as heads
 * (see {@link CsvHeads}), into report sources {@code reports/<年度>/<代号>.md}; or, when its heads are the
 * 政府信息公开工作年度报告's (a column per matrix cell), one row per body (a site's or a 机关) into
 * {@code reports/<年度>/<代号>.xxgk.md}. Each cell is typed
 * against its row of the form and the form's rules run on the figures, as the build reads and checks a
 * report, and every problem is told at its cell: {@code import.csv:5:12: 信息发布/总数（条）: …}.
 * All or nothing: when any cell is bad, no file is written.
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
     * @param encoding    the encoding the CSV was read in, or {@code null} when it could not be read or
     *                    was a workbook
     * @param workbook    the workbook and sheet read, or {@code null} for a CSV
     */
    public record Result(List<Diagnostic> diagnostics, List<String> written, Charset encoding, Workbook workbook) {
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

        /**
         * A problem as printed, the file resolved against {@code base}; a workbook's cell named as Excel
         * names it: {@code …/import.xlsx: 报表!F8: 信息发布/总数（条）: …}.
         */
        public String describe(Diagnostic d, Path base) {
            if (workbook == null || workbook.sheet() == null || !d.file().equals(workbook.file()) || d.line() == 0) {
                return d.toString(base);
            }
            String row = String.valueOf(d.line());
            String cell = workbook.reference() + (d.column() > 0 ? XlsxWriter.columnName(d.column()) + row : row + ":" + row);
            return base.resolve(d.file()) + ": " + cell + d.toString().substring(d.toString().indexOf(": "));
        }
    }

    /**
     * @param file  as problems name it: relative to the source folder when inside it
     * @param sheet the sheet read, or {@code null} when the workbook could not be read
     */
    public record Workbook(String file, String sheet) {
        /** The sheet as a formula names it: 报表!, or 'Sheet 1'! when its name needs quotes. */
        String reference() {
            return sheet.matches("[\\p{L}\\p{N}_.]+") ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
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
     * A CSV or, by its name ending in .xlsx, a workbook.
     *
     * @param encoding the CSV's encoding, or {@code null} to detect it; not for a workbook
     * @param sheet    the workbook's sheet, or {@code null} for the first; not for a CSV
     * @throws IllegalArgumentException for a file missing or too large, an old .xls workbook, or an
     *                                  option that does not fit the file
     */
    public static Result runFile(Path sourceDir, Path file, Charset encoding, String sheet, boolean overwrite)
            throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xls") || name.endsWith(".et")) {
            throw new IllegalArgumentException(file + " 是旧版工作簿格式，请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”后再导入");
        }
        if (name.endsWith(".xlsx")) {
            if (encoding != null) {
                throw new IllegalArgumentException("编码选项只用于 CSV 文件；.xlsx 工作簿不需要指定编码");
            }
            return runWorkbook(sourceDir, file, sheet, overwrite);
        }
        if (sheet != null) {
            throw new IllegalArgumentException("工作表选项只用于 .xlsx 工作簿；" + file + " 按 CSV 文件读取");
        }
        return run(sourceDir, file, encoding, overwrite);
    }

    /**
     * @param encoding  the CSV's encoding, or {@code null} to detect UTF-8 (with or without BOM) or GB18030
     * @param overwrite replace the front matter of report files that exist, keeping their narrative;
     *                  without it an existing file is an error
     * @throws IllegalArgumentException when the CSV file is missing or too large
     * @throws IOException              when a report file cannot be written
     */
    public static Result run(Path sourceDir, Path csv, Charset encoding, boolean overwrite) throws IOException {
        Path src = sourceDir.toAbsolutePath().normalize();
        String csvName = name(src, csv, " CSV 文件");
        Diagnostics csvProblems = new Diagnostics(csvName);

        CsvDecoding.Decoded decoded = CsvDecoding.decode(Files.readAllBytes(csv), encoding, csvProblems);
        if (decoded == null) {
            return new Result(csvProblems.list(), List.of(), null, null);
        }
        List<Csv.Record> records;
        try {
            records = Csv.parse(decoded.text());
        } catch (Csv.Malformed e) {
            csvProblems.error(e.row, e.field, "", e.getMessage());
            return new Result(csvProblems.list(), List.of(), decoded.charset(), null);
        }
        if (records.isEmpty()) {
            csvProblems.error(0, 0, "", "文件是空的：第 1 行应为表头（代号、年度、发布日期和表中各项），以下每行一个网站");
            return new Result(csvProblems.list(), List.of(), decoded.charset(), null);
        }
        return run(src, records, csvProblems, overwrite, decoded.charset(), null);
    }

    /**
     * As {@link #run(Path, Path, Charset, boolean)} for a sheet of an .xlsx workbook: the same heads,
     * checks and all-or-nothing rule; a code (代号, 标识码, 备案号, phone) stored as a number is refused,
     * since the workbook has already lost its leading zeros.
     *
     * @param sheet the sheet's name, or {@code null} for the first sheet
     */
    public static Result runWorkbook(Path sourceDir, Path xlsx, String sheet, boolean overwrite) throws IOException {
        Path src = sourceDir.toAbsolutePath().normalize();
        String name = name(src, xlsx, "工作簿");
        Diagnostics problems = new Diagnostics(name);
        XlsxReader.Sheet read;
        try {
            read = XlsxReader.read(xlsx, sheet);
        } catch (XlsxReader.Unreadable e) {
            problems.error(0, 0, "", e.getMessage());
            return new Result(problems.list(), List.of(), null, new Workbook(name, null));
        }
        return run(src, read.records(), problems, overwrite, null, new Workbook(name, read.name()));
    }

    /**
     * How problems name the file; refuses a missing or too large one.
     *
     * @param what the kind of file, as messages put it after 找不到 (" CSV 文件", "工作簿")
     */
    private static String name(Path src, Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("找不到" + what + " " + file);
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(what.strip() + " " + file + " 超过 " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(src) ? src.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static Result run(Path src, List<Csv.Record> records, Diagnostics csvProblems, boolean overwrite,
            Charset charset, Workbook workbook) throws IOException {
        String csvName = csvProblems.file();
        FormDefinition form;
        try {
            Map<String, FormDefinition> forms = FormLoader.load(src);
            // the form whose items the heads name: a 政府信息公开工作年度报告 table has no 年度报表 heads
            List<String> firstRow = records.get(0).fields();
            form = CsvHeads.known(firstRow, forms.get(FormLoader.XXGK)) > CsvHeads.known(firstRow, forms.get(FormLoader.WORK))
                    ? forms.get(FormLoader.XXGK) : forms.get(FormLoader.WORK);
        } catch (FormLoader.FormException e) {
            return new Result(e.problems(), List.of(), charset, workbook);
        }
        Diagnostics siteProblems = new Diagnostics(ColumnSources.SITE_FILE);
        SiteConfig sites = SiteCheck.read(src, SourceText.DEFAULT_MAX_BYTES, siteProblems);
        if (sites == null) {
            return new Result(siteProblems.list(), List.of(), charset, workbook);
        }
        CsvHeads heads = CsvHeads.match(records.get(0).fields(), form, csvProblems);
        if (heads == null) {
            return new Result(csvProblems.list(), List.of(), charset, workbook);
        }

        CsvImport in = new CsvImport(src, csvName, overwrite, form, sites, heads, csvProblems);
        Map<Path, String> files = new java.util.LinkedHashMap<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            if (!r.isBlank() && !in.isUnitsRow(r)) {
                in.importRecord(r, files);
            }
        }
        in.problems.addAll(csvProblems.list());
        if (in.problems.stream().anyMatch(Diagnostic::isError)) {
            return new Result(in.problems, List.of(), charset, workbook);
        }
        if (files.isEmpty()) {
            csvProblems.error(2, 0, "", "表中没有报表数据：第 1 行为表头，以下每行一个网站");
            return new Result(csvProblems.list(), List.of(), charset, workbook);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Files.createDirectories(f.getKey().getParent());
            Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
            written.add(src.relativize(f.getKey()).toString().replace('\\', '/'));
        }
        return new Result(in.problems, written, charset, workbook);
    }

    /** Row 2 holding the units under the heads, as the workbook nianbao writes for filling has it. */
    private boolean isUnitsRow(Csv.Record r) {
        return r.number() == 2 && CsvHeads.UNITS.equals(cell(r.fields(), heads.meta(CsvHeads.SLUG)).strip());
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
        Set<Integer> storedAsNumbers = new HashSet<>();
        for (int i : r.numbers()) {
            Column c = i < columns.size() ? columns.get(i) : null;
            if (c != null && holdsCode(c)) {
                storedAsNumbers.add(i);
                csvProblems.error(row, c.number(), c.subject(), "单元格存的是数字 " + cells.get(i) + "，不是文字：数字会丢掉开头的 0，"
                        + "超过 15 位会被改写。请把此列的单元格格式设为“文本”后重新输入（或输入时在前面加英文单引号 '）");
            }
        }
        Column slugColumn = heads.meta(CsvHeads.SLUG);
        Site site = storedAsNumbers.contains(slugColumn.index()) ? null : site(row, cells, slugColumn);
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
        String rel = ColumnSources.REPORTS + "/" + year + "/" + (site == null ? "_" : site.slug())
                + (form.isXxgk() ? ColumnSources.XXGK_SUFFIX : ".md");
        Integer earlier = site == null ? null : targets.putIfAbsent(rel, row);
        if (earlier != null) {
            csvProblems.error(row, slugColumn.number(), CsvHeads.SLUG, "与第 " + earlier + " 行重复：同一网站同一年度只能有一行");
            write = false;
        }
        Path target = sourceDir.resolve(rel);
        String body = write ? body(row, slugColumn, target, rel) : newBody();
        if (body == null) {
            write = false;
            body = newBody();
        }

        Diagnostics cellProblems = new Diagnostics(csvName);
        Site siteOrNot = site != null ? site : new Site(cell(cells, slugColumn), "", "", 0, Site.NATIONAL_DEADLINE);
        ReportCheck.yearEnded(year, CheckOptions.today().buildDate(), cellProblems, row,
                heads.meta(CsvHeads.YEAR).number(), CsvHeads.YEAR);
        Column published = heads.meta(CsvHeads.PUBLISHED);
        if (form.isXxgk()) {
            ReportCheck.xxgkPublishedDate(cell(cells, published), year, siteOrNot, cellProblems, row,
                    published.number(), CsvHeads.PUBLISHED);
        } else {
            ReportCheck.publishedDate(cell(cells, published), year, siteOrNot.deadlineFor(year), cellProblems, row,
                    published.number(), CsvHeads.PUBLISHED);
        }
        Map<String, Figure> figures = RecordFigures.bind(view, heads, cells, row, storedAsNumbers, cellProblems);
        if (!cellProblems.hasErrors()) {
            Rules.check(view, figures, year, cellProblems);
        }
        problems.addAll(cellProblems.list());
        if (write) {
            files.put(target, FrontMatterText.write(view, heads, cells).text() + body);
        }
    }

    /** Whether a column holds a code, whose digits a number cell would not keep: 代号, 标识码, 备案号, phone numbers. */
    private static boolean holdsCode(Column c) {
        if (c.meta() != null) {
            return c.meta().equals(CsvHeads.SLUG);
        }
        RowType t = (c.field() != null ? c.field() : c.row()).valueType();
        return t == RowType.CODE || t == RowType.PHONE;
    }

    /** The narrative of a new report: a heading to write under, or the form's narrative headings (xxgk). */
    private String newBody() {
        if (form.narrative().isEmpty()) {
            return BODY;
        }
        StringBuilder b = new StringBuilder();
        form.narrative().forEach(h -> b.append("\n## ").append(h).append("\n"));
        return b.toString();
    }

    /** The body of a 政府信息公开工作年度报告 row: a site's or a 机关 of site.yaml. */
    private Site reportingBody(int row, List<String> cells, Column column) {
        String slug = cell(cells, column);
        if (slug.isEmpty()) {
            csvProblems.error(row, column.number(), CsvHeads.SLUG, "未填写，应为 site.yaml 中登记的网站或机关的代号");
            return null;
        }
        Site body = sites.body(slug).orElse(null);
        if (body == null) {
            csvProblems.error(row, column.number(), CsvHeads.SLUG, "“" + slug + "”不在 site.yaml 的“网站”或“机关”列表中"
                    + Suggest.didYouMean(slug, sites.bodies().stream().map(Site::slug).toList())
                    + "。请更正代号，或先在 site.yaml 中登记该机关（没有网站的登记在“机关”中）");
        }
        return body;
    }

    private Site site(int row, List<String> cells, Column column) {
        if (form.isXxgk()) {
            return reportingBody(row, cells, column);
        }
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
        Map<Row, List<org.nianbao.form.MatrixColumn>> cellsMissing = heads.missingCells(view);
        cellsMissing.forEach((m, columns) -> {
            if (missingReported.add(m.path())) {
                csvProblems.error(1, 0, "", "缺少“" + m.labelPath() + "”的 " + columns.size() + " 栏：" + String.join("、",
                        columns.stream().map(c -> "“" + CsvHeads.cellHead(m, c) + "”").toList()) + "（" + year
                        + "年度的报告必须填写此项的每一栏，每栏一列）");
            }
        });
        return missing.isEmpty() && cellsMissing.isEmpty();
    }

    /** The narrative: the existing file's with {@code overwrite}, else a heading; {@code null} when the file exists. */
    private String body(int row, Column slugColumn, Path target, String rel) {
        if (!Files.exists(target)) {
            return newBody();
        }
        if (!overwrite) {
            csvProblems.error(row, slugColumn.number(), CsvHeads.SLUG, rel + " 已存在，未覆盖；如要以本表数据替换其中的报表数据"
                    + "（正文保留），请使用覆盖选项（命令行 --overwrite，Maven -Dnianbao.overwrite）");
            return null;
        }
        Diagnostics d = new Diagnostics(rel);
        String existing = SourceText.read(target, SourceText.DEFAULT_MAX_BYTES, d);
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
