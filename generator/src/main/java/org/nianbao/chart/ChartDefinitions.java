package org.nianbao.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.chart.ChartDefinition.AccountField;
import org.nianbao.chart.ChartDefinition.By;
import org.nianbao.chart.ChartDefinition.Scope;
import org.nianbao.chart.ChartDefinition.SeriesRows;
import org.nianbao.chart.ChartDefinition.Type;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The chart definitions of {@code forms/charts.yaml}, checked against the forms they read: a chart
 * naming a row that does not exist or holds no numbers fails at load, not in the middle of a build.
 */
public final class ChartDefinitions {
    public static final String RESOURCE = "/org/nianbao/forms/charts.yaml";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<ChartDefinition> charts;

    private ChartDefinitions(List<ChartDefinition> charts) {
        this.charts = List.copyOf(charts);
    }

    /** The charts shipped with the generator, checked against {@code forms} (by form id). */
    public static ChartDefinitions load(Map<String, FormDefinition> forms) {
        try (InputStream in = ChartDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("chart definitions missing from the classpath: " + RESOURCE);
            }
            return read(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks definitions already parsed from YAML; every problem is named in one exception. */
    @SuppressWarnings("unchecked")
    public static ChartDefinitions read(Map<String, Object> yaml, Map<String, FormDefinition> forms) {
        List<String> problems = new ArrayList<>();
        List<ChartDefinition> charts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Object o : (List<Object>) yaml.getOrDefault("charts", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            ChartDefinition c = new ChartDefinition(
                    (String) m.get("name"),
                    (String) m.get("form"),
                    Scope.valueOf(((String) m.get("scope")).toUpperCase(Locale.ROOT)),
                    Type.valueOf(((String) m.get("type")).toUpperCase(Locale.ROOT)),
                    (String) m.get("title"),
                    (List<String>) m.getOrDefault("rows", List.of()),
                    ((List<Map<String, Object>>) m.getOrDefault("series", List.of())).stream()
                            .map(s -> new SeriesRows((String) s.get("label"), (List<String>) s.get("rows"))).toList(),
                    (List<String>) m.getOrDefault("categories", List.of()),
                    ((List<Map<String, String>>) m.getOrDefault("accounts", List.of())).stream()
                            .map(a -> new AccountField(a.get("row"), a.get("field"))).toList(),
                    By.valueOf(((String) m.getOrDefault("by", "none")).toUpperCase(Locale.ROOT)),
                    (Integer) m.getOrDefault("top", 0),
                    (List<String>) m.getOrDefault("labels", List.of()),
                    (String) m.get("per"));
            String where = "charts.yaml: " + c.name() + ": ";
            if (c.name() == null || !NAME.matcher(c.name()).matches()) {
                problems.add(where + "name must be lower-case ASCII");
            } else if (!names.add(c.form() + "/" + c.scope() + "/" + c.name())) {
                problems.add(where + "name used twice in one form and scope");
            }
            FormDefinition form = forms.get(c.form());
            if (form == null) {
                problems.add(where + "unknown form " + c.form());
                continue;
            }
            check(c, form, where, problems);
            charts.add(c);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return new ChartDefinitions(charts);
    }

    private static void check(ChartDefinition c, FormDefinition form, String where, List<String> problems) {
        int kinds = (c.rows().isEmpty() ? 0 : 1) + (c.series().isEmpty() ? 0 : 1) + (c.accounts().isEmpty() ? 0 : 1);
        if (kinds != 1) {
            problems.add(where + "give exactly one of rows, series, accounts");
        }
        if ((!c.series().isEmpty() || !c.accounts().isEmpty()) && c.scope() != Scope.REPORT) {
            problems.add(where + "series and accounts are for the report scope only");
        }
        if ((c.scope() == Scope.YEAR) != (c.by() != By.NONE)) {
            problems.add(where + "by (level or site) is for, and required by, the year scope");
        }
        if (c.by() == By.SITE && (c.top() < 1 || c.rows().size() != 1)) {
            problems.add(where + "by: site needs top >= 1 and exactly one row");
        }
        for (SeriesRows s : c.series()) {
            if (s.rows().size() != c.categories().size()) {
                problems.add(where + "series " + s.label() + " needs one row per category");
            }
        }
        if (!c.labels().isEmpty() && c.labels().size() != c.rows().size()) {
            problems.add(where + "labels needs one label per row");
        }
        if (c.per() != null && c.rows().isEmpty()) {
            problems.add(where + "per is for rows only");
        }
        List<String> paths = new ArrayList<>(c.rows());
        c.series().forEach(s -> paths.addAll(s.rows()));
        if (c.per() != null) {
            paths.add(c.per());
        }
        for (String path : paths) {
            Row row = row(form, path);
            if (matrixCell(form, path) != null) {
                continue; // a cell of matrix rows: numbers by construction
            }
            if (row != null && row.type() == RowType.MATRIX) {
                problems.add(where + "row " + path + " is a matrix: name a column, as " + path + "."
                        + row.columns().get(row.columns().size() - 1).id());
            } else if (row == null) {
                problems.add(where + "no row " + path + " in form " + form.id());
            } else if (!List.of(RowType.COUNT, RowType.DECIMAL, RowType.PERCENT).contains(row.valueType())
                    || (row.type() == RowType.QUARTERS && quarterOf(path) == null)) {
                problems.add(where + "row " + path + " holds no number"
                        + (row.type() == RowType.QUARTERS ? " (name a quarter: " + row.path() + ".q1 … .q4 or .year)" : ""));
            }
        }
        for (AccountField a : c.accounts()) {
            Row row = row(form, a.row());
            Row field = row == null ? null
                    : row.children().stream().filter(f -> f.id().equals(a.field())).findFirst().orElse(null);
            if (row == null || row.type() != RowType.ACCOUNTS) {
                problems.add(where + "no account list " + a.row() + " in form " + form.id());
            } else if (field == null || (field.type() != RowType.COUNT && field.type() != RowType.DECIMAL)) {
                problems.add(where + "no numeric field " + a.field() + " in " + a.row());
            }
        }
    }

    /** The quarters a path may name in a per-quarter row: {@code sample.checked.q2} is its 第二季度. */
    private static final Map<String, Quarter> QUARTER_SUFFIX = Map.of(
            "q1", Quarter.Q1, "q2", Quarter.Q2, "q3", Quarter.Q3, "q4", Quarter.Q4, "year", Quarter.YEAR);

    /**
     * The value row of {@code form} at {@code path}, or {@code null}; a path ending in {@code .q1} …
     * {@code .q4} or {@code .year} names that column of a per-quarter row.
     */
    static Row row(FormDefinition form, String path) {
        Row exact = form.leafRows().stream().filter(r -> r.path().equals(path)).findFirst().orElse(null);
        if (exact != null) {
            return exact;
        }
        MatrixCell cell = matrixCell(form, path);
        if (cell != null) {
            return cell.row();
        }
        if (quarterOf(path) == null) {
            return null;
        }
        String parent = path.substring(0, path.lastIndexOf('.'));
        return form.leafRows().stream().filter(r -> r.path().equals(parent) && r.type() == RowType.QUARTERS)
                .findFirst().orElse(null);
    }

    /**
     * The cell a path names in matrix rows: {@code requests.new.total} is column {@code total} of the matrix row
     * {@code requests.new}; a group's path sums that column over the matrix rows under it
     * ({@code requests.results.withheld.total}: every reason of （三）不予公开).
     *
     * @param row    the matrix row or the group, for its label
     * @param leaves the paths of the matrix rows summed
     * @param column the column's id
     * @param unit   the rows' unit
     */
    record MatrixCell(Row row, List<String> leaves, String column, String unit) {
    }

    /** The matrix cell {@code path} names, or {@code null} when it names none. */
    static MatrixCell matrixCell(FormDefinition form, String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String column = path.substring(dot + 1);
        Row row = form.row(path.substring(0, dot)).orElse(null);
        if (row == null) {
            return null;
        }
        List<Row> leaves = new ArrayList<>();
        collectLeaves(row, leaves);
        boolean cells = !leaves.isEmpty() && leaves.stream().allMatch(l -> l.type() == RowType.MATRIX
                && l.column(column).isPresent() && (l.of() == RowType.COUNT || l.of() == RowType.DECIMAL));
        if (!cells || leaves.stream().map(Row::unit).distinct().count() != 1) {
            return null;
        }
        return new MatrixCell(row, leaves.stream().map(Row::path).toList(), column, leaves.get(0).unit());
    }

    private static void collectLeaves(Row row, List<Row> out) {
        if (row.type() == RowType.GROUP) {
            row.children().forEach(c -> collectLeaves(c, out));
        } else {
            out.add(row);
        }
    }

    /** The quarter a path's last part names, or {@code null}. */
    static Quarter quarterOf(String path) {
        return QUARTER_SUFFIX.get(path.substring(path.lastIndexOf('.') + 1));
    }

    /** The charts of one form and scope, in the file's order. */
    public List<ChartDefinition> of(String form, Scope scope) {
        return charts.stream().filter(c -> c.form().equals(form) && c.scope() == scope).toList();
    }

    public List<ChartDefinition> all() {
        return charts;
    }
}
