package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.CheckCache;
import org.nianbao.check.CheckOptions;
import org.nianbao.check.ColumnCheck;
import org.nianbao.source.ColumnSources;
import org.nianbao.source.SourceFiles;

/** A report whose bytes and context are unchanged is taken from the last check, and is what checking it again gives. */
class CheckCacheTest {
    private static final CheckOptions OPTIONS = new CheckOptions(LocalDate.of(2024, 6, 1), false);

    @TempDir
    Path tmp;
    private Path src;
    private Path file;
    private int reportFiles;

    @BeforeEach
    void demo() throws IOException {
        src = Fixtures.copyDemo(tmp.resolve("src")); // with its 信息公开 reports, of sites and of 机关
        file = tmp.resolve(".column.checked");
        reportFiles = check(CheckCache.none(), OPTIONS).reportFiles();
    }

    private ColumnCheck.Result check(CheckCache cache, CheckOptions options) {
        SourceFiles files = new SourceFiles(src);
        return ColumnCheck.check(ColumnSources.read(files, Long.MAX_VALUE, n -> {
        }, cache::mayHave), options, cache);
    }

    /**
     * Every report of the column, 年度报表 then 信息公开, as its record's text: site, form view, every figure
     * with its position, narrative and hash (a form's patterns compare by identity, their text does not).
     */
    private static java.util.List<String> reports(ColumnCheck.Result result) {
        java.util.List<String> all = new java.util.ArrayList<>();
        result.column().reports().forEach(r -> all.add(r.toString()));
        result.column().xxgkReports().forEach(r -> all.add(r.toString()));
        return all;
    }

    private CheckCache cache(String code) {
        return CheckCache.open(file, code);
    }

    @Test
    void everyUnchangedReportComesBackAsCheckedWithoutParsing() {
        ColumnCheck.Result first = check(cache("code"), OPTIONS);
        assertNotNull(first.column(), "the demo has no errors: " + first.diagnostics());
        assertTrue(first.column().xxgkReports().size() >= 40, "the 信息公开 reports are among them");
        CheckCache again = cache("code");
        ColumnCheck.Result second = check(again, OPTIONS);
        assertEquals(reportFiles, again.hits(), "no report parsed or checked");
        assertEquals(reports(first), reports(second), "every report, figure and narrative the same");
        assertEquals(first.diagnostics(), second.diagnostics());
        assertEquals(reports(check(CheckCache.none(), OPTIONS)), reports(second), "as a check without the cache");
    }

    @Test
    void theCacheKnowsEveryFieldOfWhatItKeeps() {
        // a field added to these records must be kept by CheckCache too (encode and decode), then counted here
        assertEquals(9, org.nianbao.model.Report.class.getRecordComponents().length, "Report");
        assertEquals(9, org.nianbao.model.Site.class.getRecordComponents().length, "Site");
        assertEquals(5, org.nianbao.model.Catalog.class.getRecordComponents().length, "Catalog");
        assertEquals(5, org.nianbao.form.Figure.class.getRecordComponents().length, "Figure");
    }

    @Test
    void anEditedReportAloneIsCheckedAgain() throws IOException {
        check(cache("code"), OPTIONS);
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8).replace("\n---\n", "\n---\n\n改过的一段。\n"),
                StandardCharsets.UTF_8);
        CheckCache again = cache("code");
        ColumnCheck.Result edited = check(again, OPTIONS);
        assertEquals(reportFiles - 1, again.hits());
        assertEquals(reports(check(CheckCache.none(), OPTIONS)), reports(edited));
        assertTrue(edited.column().reports().stream().anyMatch(r -> r.body().contains("改过的一段")));
    }

    @Test
    void anErrorIsToldAgainFromTheCache() throws IOException {
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8).replaceFirst("年度: 2023", "年度: 2022"),
                StandardCharsets.UTF_8);
        ColumnCheck.Result first = check(cache("code"), OPTIONS);
        assertTrue(first.diagnostics().stream().anyMatch(d -> d.isError() && d.file().equals("reports/2023/jiaoyuju.md")));
        CheckCache again = cache("code");
        assertEquals(first.diagnostics(), check(again, OPTIONS).diagnostics());
        assertEquals(reportFiles, again.hits());
    }

    @Test
    void anotherContextChecksEverySource() throws IOException {
        check(cache("code"), OPTIONS);
        CheckCache otherCode = cache("other code");
        check(otherCode, OPTIONS);
        assertEquals(0, otherCode.hits(), "another nianbao");

        check(cache("code"), OPTIONS);
        CheckCache otherDay = cache("code");
        check(otherDay, new CheckOptions(LocalDate.of(2024, 6, 2), false));
        assertEquals(0, otherDay.hits(), "another build date");

        check(cache("code"), OPTIONS);
        Files.writeString(src.resolve("site.yaml"), "\n# 改过\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CheckCache otherSite = cache("code");
        ColumnCheck.Result result = check(otherSite, OPTIONS);
        assertEquals(0, otherSite.hits(), "site.yaml changed");
        assertEquals(reports(check(CheckCache.none(), OPTIONS)), reports(result));
    }

    @Test
    void aTornCacheFileCostsACheckNotAWrongResult() throws IOException {
        check(cache("code"), OPTIONS);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CheckCache torn = cache("code");
        ColumnCheck.Result result = check(torn, OPTIONS);
        assertEquals(0, torn.hits());
        assertEquals(reports(check(CheckCache.none(), OPTIONS)), reports(result));
    }
}
