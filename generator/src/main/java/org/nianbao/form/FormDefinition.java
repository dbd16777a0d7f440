package org.nianbao.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form, such as 《政府网站工作年度报表》, as data: its editions, sections and rows in the official
 * order, and its rules. {@link #forEdition} gives the view a report of one edition is read against.
 *
 * @param edition        the edition this view is of, or {@code null} for the definition of all editions
 * @param accountability how 问责人次 is computed from raw records, or {@code null} when the form has none
 * @param renames        a site's renames; those from a reporting year on are applied by {@link #forReport}
 * @param narrative      the headings the narrative must have (一、总体情况 …), in order; empty when free
 */
public record FormDefinition(String id, String title, List<Edition> editions, Edition edition,
        List<Section> sections, List<Rule> rules, AccountabilitySpec accountability, List<Rename> renames,
        List<String> narrative) {
    /** The id of 政府网站监管年度报表: {@code forms/supervision.yaml}. */
    public static final String SUPERVISION = "supervision";

    /** The id of 政府信息公开工作年度报告: {@code forms/xxgk.yaml}. */
    public static final String XXGK = "xxgk";

    public boolean isSupervision() {
        return id.equals(SUPERVISION);
    }

    public boolean isXxgk() {
        return id.equals(XXGK);
    }

    /**
     * A site's new label for the row, group or section at {@code path}, in place of {@code former}, in
     * reports of {@code from} and later (0: every year); earlier reports keep the label they were written with.
     */
    public record Rename(String path, String label, int from, String former) {
    }

    /**
     * {@code ，自 2024 年度起应为“新名称”} where {@code written} is a label a site's rename replaced in
     * this view, or the new label of a rename from a later year; an empty string otherwise.
     */
    public String renameHint(String written) {
        for (Rename r : renames) {
            boolean applied = row(r.path()).map(Row::label).or(() -> section(r.path())).orElse("").equals(r.label());
            String file = "（forms/" + id + ".yaml 的 rename）";
            if (applied && written.equals(r.former())) {
                return (r.from() == 0 ? "，已改名为“" : "，自 " + r.from() + " 年度起应为“") + r.label() + "”" + file;
            }
            if (!applied && written.equals(r.label())) {
                return "，" + r.from() + " 年度以前应为“" + r.former() + "”" + file;
            }
        }
        return "";
    }

    private Optional<String> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).map(Section::label).findFirst();
    }

    public FormDefinition {
        editions = List.copyOf(editions);
        sections = List.copyOf(sections);
        rules = List.copyOf(rules);
        renames = List.copyOf(renames);
        narrative = List.copyOf(narrative);
    }

    /** The form a report of {@code year} in edition {@code e} is read against, with the renames of that year. */
    public FormDefinition forReport(Edition e, int year) {
        return forEdition(e).forYear(year);
    }

    /** This form with the labels of {@code year}: the renames from that year or earlier applied. */
    public FormDefinition forYear(int year) {
        List<Section> relabelled = new ArrayList<>();
        for (Section s : sections) {
            String label = s.label();
            List<Row> rows = s.rows();
            for (Rename r : renames) {
                if (year >= r.from()) {
                    label = r.path().equals(s.id()) ? r.label() : label;
                    rows = relabel(rows, r);
                }
            }
            relabelled.add(new Section(s.id(), label, rows));
        }
        return new FormDefinition(id, title, editions, edition, relabelled, rules, accountability, renames, narrative);
    }

    private static List<Row> relabel(List<Row> rows, Rename r) {
        int depth = r.path().split("\\.").length - 1;
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            List<String> labels = new ArrayList<>(row.labels());
            if (row.path().equals(r.path()) || row.path().startsWith(r.path() + ".")) {
                labels.set(depth, r.label());
            }
            out.add(row.with(labels, relabel(row.children(), r)));
        }
        return out;
    }

    public Optional<Edition> edition(String editionId) {
        return editions.stream().filter(e -> e.id().equals(editionId)).findFirst();
    }

    /** The edition a report of {@code year} uses when it names none: the latest that covers the year. */
    public Optional<Edition> defaultEdition(int year) {
        Edition found = null;
        for (Edition e : editions) {
            if (e.coversYear(year)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The form as edition {@code e} has it: rows of other editions are left out. */
    public FormDefinition forEdition(Edition e) {
        int index = editions.indexOf(e);
        List<Section> kept = new ArrayList<>();
        for (Section s : sections) {
            kept.add(new Section(s.id(), s.label(), rowsOf(s.rows(), index)));
        }
        return new FormDefinition(id, title, editions, e, kept, rules, accountability, renames, narrative);
    }

    private List<Row> rowsOf(List<Row> rows, int editionIndex) {
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) {
            if (!r.since().isEmpty() && editionIndex < indexOf(r.since())) {
                continue;
            }
            if (!r.until().isEmpty() && editionIndex > indexOf(r.until())) {
                continue;
            }
            kept.add(r.type() == RowType.GROUP ? r.with(r.labels(), rowsOf(r.children(), editionIndex)) : r);
        }
        return kept;
    }

    private int indexOf(String editionId) {
        for (int i = 0; i < editions.size(); i++) {
            if (editions.get(i).id().equals(editionId)) {
                return i;
            }
        }
        throw new IllegalStateException("unknown edition " + editionId + " in form " + id);
    }

    /** Every row that holds a value (not groups), depth first, in the form's order. */
    public List<Row> leafRows() {
        List<Row> out = new ArrayList<>();
        for (Section s : sections) {
            collect(s.rows(), out);
        }
        return out;
    }

    /** The row (or group) at {@code path}, if this view has it. */
    public Optional<Row> row(String path) {
        for (Section s : sections) {
            Optional<Row> r = find(s.rows(), path);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static Optional<Row> find(List<Row> rows, String path) {
        for (Row r : rows) {
            if (r.path().equals(path)) {
                return Optional.of(r);
            }
            if (r.type() == RowType.GROUP && path.startsWith(r.path() + ".")) {
                return find(r.children(), path);
            }
        }
        return Optional.empty();
    }

    private static void collect(List<Row> rows, List<Row> out) {
        for (Row r : rows) {
            if (r.type() == RowType.GROUP) {
                collect(r.children(), out);
            } else {
                out.add(r);
            }
        }
    }
}
