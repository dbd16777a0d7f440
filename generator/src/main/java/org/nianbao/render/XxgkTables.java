package org.nianbao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.form.Figure;
import org.nianbao.form.FigureFormat;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.form.Value;

/**
 * A 政府信息公开工作年度报告's figures laid out as the format (国办公开办函〔2021〕30号) prints them: a
 * table per part where all its rows share their columns (part 三's rows × 7 applicant columns, part 四's
 * one row of fifteen), else a table per item (part 二's four). Column heads follow the columns' groups
 * (法人或其他组织 over 商业企业 …), row heads the rows' groups (三、本年度办理结果 › （三）不予公开 › 1.…),
 * each spanning what it heads.
 */
public final class XxgkTables {
    /** The head over part 二's row labels, as the format prints it. */
    static final String ITEM_HEAD = "信息内容";

    private XxgkTables() {
    }

    /**
     * One part of the format with figures.
     *
     * @param id     the form section's id, for anchors
     * @param label  二、主动公开政府信息情况 …
     * @param tables its tables, in the form's order
     */
    public record Part(String id, String label, List<Table> tables) {
    }

    /**
     * One table.
     *
     * @param id           unique on the page, for its caption's id
     * @param caption      the item's or part's label with the unit all its figures share: 第二十条第（八）项（单位：万元）
     * @param labelColumns how many columns the row heads take (0 for part 四's one row)
     * @param colgroups    the spans of the table's column groups: the row heads', then each run of columns under the
     *                     same groups (自然人 · 法人或其他组织 · 总计)
     * @param head         the header rows; the first may start with an empty corner cell ({@code kind} "corner")
     * @param body         a row of cells per matrix row, row heads first
     */
    public record Table(String id, String caption, int labelColumns, List<Integer> colgroups, List<List<Cell>> head,
            List<List<Cell>> body) {
        /** Value columns: more than seven need the table's own scroll on a phone and small type on paper. */
        public int valueColumns() {
            return colgroups.stream().mapToInt(Integer::intValue).sum() - labelColumns;
        }
    }

    /** The parts of {@code form} that hold matrix rows, with {@code figures}' values. */
    static List<Part> of(FormDefinition form, Map<String, Figure> figures) {
        List<Part> parts = new ArrayList<>();
        for (Section s : form.sections()) {
            List<Row> leaves = new ArrayList<>();
            s.rows().forEach(r -> leaves(r, leaves));
            if (leaves.isEmpty() || leaves.stream().anyMatch(r -> r.type() != RowType.MATRIX)) {
                continue;
            }
            List<Table> tables = new ArrayList<>();
            if (leaves.stream().allMatch(r -> r.columns().equals(leaves.get(0).columns()))) {
                boolean lone = leaves.size() == 1;
                tables.add(table(s.id(), lone ? leaves.get(0).label() : s.label(), lone, s.rows(), leaves, figures));
            } else {
                for (Row top : s.rows()) {
                    List<Row> own = new ArrayList<>();
                    leaves(top, own);
                    tables.add(table(s.id() + "-" + top.id(), top.label(), false, top.type() == RowType.GROUP
                            ? top.children() : List.of(top), own, figures));
                }
            }
            parts.add(new Part(s.id(), s.label(), tables));
        }
        return parts;
    }

    /** @param lone whether the table is one row, named by the caption (part 四): it has no row heads then */
    private static Table table(String id, String label, boolean lone, List<Row> rows, List<Row> leaves, Map<String, Figure> figures) {
        List<MatrixColumn> columns = leaves.get(0).columns();
        boolean oneUnit = leaves.stream().allMatch(r -> r.unit().equals(leaves.get(0).unit()));
        String unit = leaves.get(0).unit();
        String caption = oneUnit && !unit.isEmpty() ? label + "（单位：" + unit + "）" : label;
        int labelColumns = lone ? 0 : rows.stream().mapToInt(XxgkTables::depth).max().orElse(1);
        List<List<Cell>> head = head(columns, leaves.get(0).heading());
        if (labelColumns > 0) {
            head.get(0).add(0, head.size() == 1 ? Cell.header(ITEM_HEAD, "col", 1, labelColumns)
                    : new Cell("", "", "", head.size(), labelColumns, "corner", false));
        }
        List<List<Cell>> body = new ArrayList<>();
        for (Row r : rows) {
            body.addAll(rowsOf(r, 1, labelColumns, !oneUnit, figures));
        }
        List<Integer> colgroups = new ArrayList<>();
        if (labelColumns > 0) {
            colgroups.add(labelColumns);
        }
        for (int i = 0; i < columns.size(); ) {
            int j = i;
            while (j < columns.size() && columns.get(j).groups().equals(columns.get(i).groups())) {
                j++;
            }
            colgroups.add(j - i);
            i = j;
        }
        return new Table(id, caption, labelColumns, colgroups, head, body);
    }

    /**
     * The column heads: the heading (申请人情况) over all, then a row per level of groups, a column's own
     * label spanning down to the last head row.
     */
    private static List<List<Cell>> head(List<MatrixColumn> columns, String heading) {
        List<List<Cell>> head = new ArrayList<>();
        if (!heading.isEmpty()) {
            // the format's head reads 申请人情况 where messages say 申请人：自然人
            head.add(new ArrayList<>(List.of(Cell.header(heading + "情况", "colgroup", 1, columns.size()))));
        }
        int depth = columns.stream().mapToInt(c -> c.groups().size()).max().orElse(0);
        for (int level = 0; level <= depth; level++) {
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < columns.size(); ) {
                MatrixColumn c = columns.get(i);
                if (c.groups().size() > level) {
                    List<String> group = c.groups().subList(0, level + 1);
                    int j = i;
                    while (j < columns.size() && columns.get(j).groups().size() > level
                            && columns.get(j).groups().subList(0, level + 1).equals(group)) {
                        j++;
                    }
                    row.add(Cell.header(group.get(level), "colgroup", 1, j - i));
                    i = j;
                } else {
                    if (c.groups().size() == level) {
                        row.add(Cell.header(c.label(), "col", depth - level + 1, 1));
                    }
                    i++;
                }
            }
            head.add(row);
        }
        return head;
    }

    /** The table rows of {@code r} at {@code depth} below the table: a group's first row carries its head. */
    private static List<List<Cell>> rowsOf(Row r, int depth, int labelColumns, boolean units, Map<String, Figure> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        if (r.type() == RowType.GROUP) {
            for (Row child : r.children()) {
                rows.addAll(rowsOf(child, depth + 1, labelColumns, units, figures));
            }
            rows.get(0).add(0, Cell.header(r.label(), "row", rows.size(), 1));
            return rows;
        }
        List<Cell> row = new ArrayList<>();
        if (labelColumns > 0) {
            row.add(Cell.header(units ? r.labelWithUnit() : r.label(), "row", 1, labelColumns - depth + 1));
        }
        Figure f = figures.get(r.path());
        Value.Matrix m = f == null ? null : (Value.Matrix) f.value();
        for (MatrixColumn c : r.columns()) {
            BigDecimal v = m == null ? null : m.at(c.id());
            String key = r.labelPath() + "/" + c.labelPath();
            row.add(v == null ? Cell.value("—", key, "none") : Cell.value(FigureFormat.of(v), key, "number"));
        }
        rows.add(row);
        return rows;
    }

    private static int depth(Row r) {
        return r.type() == RowType.GROUP ? 1 + r.children().stream().mapToInt(XxgkTables::depth).max().orElse(0) : 1;
    }

    private static void leaves(Row r, List<Row> out) {
        if (r.type() == RowType.GROUP) {
            r.children().forEach(c -> leaves(c, out));
        } else {
            out.add(r);
        }
    }
}
