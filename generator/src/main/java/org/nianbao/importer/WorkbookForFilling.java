package org.nianbao.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.form.Edition;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.render.XlsxExport;
import org.nianbao.check.ColumnCheck;
import org.nianbao.source.SourceText;

/** The command line's and the plugin's export: a year's workbook to send out for filling and import back. */
public final class WorkbookForFilling {
    /**
     * @param diagnostics the column's problems; the workbook is written only when there is no error
     * @param rows        rows written below the heads: reports, then sites still owing one
     */
    public record Result(List<Diagnostic> diagnostics, int reports, int rows) {
        public long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }
    }

    private WorkbookForFilling() {
    }

    /**
     * Writes {@code target}: the year's work reports, and a row for each site that owes one and has none.
     *
     * @throws IllegalArgumentException when the form has no edition for {@code year}
     */
    public static Result write(Path sourceDir, int year, Path target) throws IOException {
        ColumnCheck.Result read = ColumnCheck.read(sourceDir, SourceText.DEFAULT_MAX_BYTES);
        Column column = read.column();
        if (column == null) {
            return new Result(read.diagnostics(), 0, 0);
        }
        FormDefinition form;
        try {
            form = FormLoader.load(sourceDir).get(FormLoader.WORK);
        } catch (FormLoader.FormException e) {
            throw new IllegalArgumentException(String.join("\n", e.problems().stream().map(Object::toString).toList()));
        }
        Edition edition = form.defaultEdition(year)
                .orElseThrow(() -> new IllegalArgumentException(year + "年度没有可用的表格版本"));
        List<Report> reports = column.reportsOf(year).stream().filter(r -> r.form().id().equals(form.id())).toList();
        int owing = XlsxExport.owing(reports, column.config().sites(), year).size();
        byte[] bytes = XlsxExport.forFilling(reports, column.config().sites(), form.forReport(edition, year), year);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(target, bytes);
        return new Result(read.diagnostics(), reports.size(), reports.size() + owing);
    }
}
