package org.nianbao.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.RowType;
import org.nianbao.model.Report;
import org.nianbao.model.Site;

/**
 * Reports as an .xlsx workbook that {@code importer.CsvImport.runWorkbook} reads back unchanged: the heads of
 * {@link CsvExport}, a second head row with the units (代号 column: {@value CsvExport#UNITS}), the heads
 * and the 代号 column frozen, every column but the numbers formatted as text so that codes keep their
 * leading zeros when typed in.
 */
public final class XlsxExport {
    static final String SHEET = "报表";

    private XlsxExport() {
    }

    /** The reports of {@code form}, a row each, as {@link CsvExport#csv} has them. */
    public static byte[] workbook(List<Report> reports, FormDefinition form) {
        return write(CsvExport.table(reports, form), List.of());
    }

    /**
     * A workbook to send out for filling: the year's reports, then a row for each site that owes a
     * report that year and has none, with its 代号, 年度 and 网站名称 filled in.
     *
     * @param reports the year's reports
     * @param sites   every site, in site.yaml's order
     */
    public static byte[] forFilling(List<Report> reports, List<Site> sites, FormDefinition form, int year) {
        CsvExport.Table t = CsvExport.table(reports, form);
        int name = t.heads().indexOf("网站基本信息/网站名称");
        List<List<String>> blank = new ArrayList<>();
        for (Site s : owing(reports, sites, year)) {
            List<String> row = new ArrayList<>(Collections.nCopies(t.heads().size(), ""));
            row.set(0, s.slug());
            row.set(1, String.valueOf(year));
            if (name >= 0) {
                row.set(name, s.name());
            }
            blank.add(row);
        }
        return write(t, blank);
    }

    /** The sites that owe a report in {@code year} and have none among {@code reports}. */
    public static List<Site> owing(List<Report> reports, List<Site> sites, int year) {
        return sites.stream().filter(s -> s.expectedIn(year)
                && reports.stream().noneMatch(r -> r.site().slug().equals(s.slug()))).toList();
    }

    private static byte[] write(CsvExport.Table t, List<List<String>> more) {
        List<String> units = new ArrayList<>();
        List<Boolean> textual = new ArrayList<>();
        for (int i = 0; i < t.heads().size(); i++) {
            units.add(i == 0 ? CsvExport.UNITS : t.unit(i));
            RowType type = t.type(i);
            textual.add(i != 1 && (type == null || !(type == RowType.COUNT || type == RowType.DECIMAL
                    || type == RowType.PERCENT)));
        }
        List<List<String>> rows = new ArrayList<>(t.rows());
        rows.addAll(more);
        return XlsxWriter.write(new XlsxWriter.Sheet(SHEET, List.of(t.heads(), units), textual, rows, 1));
    }
}
