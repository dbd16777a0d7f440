package org.nianbao.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the figures of one report from its front matter, grouped as on the form. A key is a row's
 * Chinese label (or its ASCII id); every problem is reported with its position and the row's label.
 */
public final class FigureReader {
    private final FormDefinition form;
    private final YamlDocument doc;
    private final Diagnostics d;
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    /** Groups whose figures come from elsewhere (问责人次 computed from raw records), with where that was written. */
    private final Map<String, String> providedGroups;

    private FigureReader(FormDefinition form, YamlDocument doc, Diagnostics d, Map<String, String> providedGroups) {
        this.form = form;
        this.doc = doc;
        this.d = d;
        this.providedGroups = providedGroups;
    }

    /**
     * Reads {@code entries} (the front matter's section keys) and returns the figures by row path,
     * in the form's order. Problems go to {@code d}; the result then lacks the bad figures.
     *
     * @param where the node to point at when a whole section is missing
     */
    public static Map<String, Figure> read(FormDefinition form, YamlDocument doc, List<NodeTuple> entries,
            Node where, Diagnostics d) {
        return read(form, doc, entries, where, d, Map.of());
    }

    /**
     * As {@link #read(FormDefinition, YamlDocument, List, Node, Diagnostics)}, where the groups in
     * {@code providedGroups} (path → the key that provides them) must not be written: they are computed.
     */
    public static Map<String, Figure> read(FormDefinition form, YamlDocument doc, List<NodeTuple> entries,
            Node where, Diagnostics d, Map<String, String> providedGroups) {
        FigureReader r = new FigureReader(form, doc, d, providedGroups);
        Map<String, NodeTuple> byKey = r.match(entries, sectionsAsKeys(form), "");
        for (Section s : form.sections()) {
            NodeTuple t = byKey.get(s.id());
            if (t == null) {
                d.error(doc.line(where), doc.column(where), s.label(), "缺少“" + s.label() + "”一节");
                continue;
            }
            r.readRows(s.rows(), s.label(), t.getValueNode(), t.getKeyNode());
        }
        Map<String, Figure> ordered = new LinkedHashMap<>();
        for (Row row : form.leafRows()) {
            Figure f = r.figures.get(row.path());
            if (f != null) {
                ordered.put(row.path(), f);
            }
        }
        return ordered;
    }

    private static List<Key> sectionsAsKeys(FormDefinition form) {
        return form.sections().stream().map(s -> new Key(s.id(), s.label())).toList();
    }

    private record Key(String id, String label) {
    }

    /** Matches written keys to the expected ones; reports unknown keys with a suggestion. */
    private Map<String, NodeTuple> match(List<NodeTuple> entries, List<Key> keys, String where) {
        Map<String, NodeTuple> byId = new LinkedHashMap<>();
        for (NodeTuple t : entries) {
            String written = YamlDocument.key(t);
            Key key = keys.stream()
                    .filter(k -> k.label().equals(written) || k.id().equals(written))
                    .findFirst().orElse(null);
            Node kn = t.getKeyNode();
            if (key == null) {
                List<String> labels = keys.stream().map(Key::label).toList();
                d.error(doc.line(kn), doc.column(kn), where,
                        "未知的项目“" + written + "”" + hint(written, labels)
                                + "。此处可填写：" + String.join("、", labels));
            } else {
                byId.put(key.id(), t);
            }
        }
        return byId;
    }

    private String hint(String written, List<String> labels) {
        String renamed = form.renameHint(written);
        return renamed.isEmpty() ? Suggest.didYouMean(written, labels) : renamed;
    }

    private void readRows(List<Row> rows, String where, Node value, Node keyNode) {
        if (!(value instanceof MappingNode map)) {
            d.error(doc.line(value), doc.column(value), where, "应为下一级各项（换行并缩进填写），而不是单个值");
            return;
        }
        List<Key> keys = rows.stream().map(r -> new Key(r.id(), r.label())).toList();
        Map<String, NodeTuple> byId = match(YamlDocument.entries(map), keys, where);
        for (Row row : rows) {
            NodeTuple t = byId.get(row.id());
            String provider = providedGroups.get(row.path());
            if (provider != null) {
                if (t != null) {
                    d.error(doc.line(t.getKeyNode()), doc.column(t.getKeyNode()), row.subject(),
                            "已由“" + provider + "”计算，不要再填写此项");
                }
                continue;
            }
            if (t == null) {
                if (!row.mayBeOmitted()) {
                    d.error(doc.line(keyNode), doc.column(keyNode), row.subject(),
                            "缺少此项，请在“" + where + "”下填写" + (row.type() == RowType.GROUP ? "各项" : row.type().expected()));
                }
                continue;
            }
            readRow(row, t);
        }
    }

    private void readRow(Row row, NodeTuple t) {
        Node node = t.getValueNode();
        switch (row.type()) {
            case GROUP -> readRows(row.children(), row.labelPath(), node, t.getKeyNode());
            case ACCOUNTS -> readAccounts(row, node, t.getKeyNode());
            case CHOICES -> readChoices(row, node);
            case QUARTERS -> readQuarters(row, node);
            case MATRIX -> readMatrix(row, node);
            default -> {
                if (row.quarterly() && node instanceof MappingNode) {
                    readQuarters(row, node);
                    return;
                }
                Value v = scalar(row, node, row.subject());
                if (v != null) {
                    figures.put(row.path(), new Figure(row, v, doc.line(node), doc.column(node)));
                }
            }
        }
    }

    private Value scalar(Row row, Node node, String subject) {
        if (!(node instanceof ScalarNode s)) {
            d.error(doc.line(node), doc.column(node), subject, "应为单个值（" + row.valueType().expected() + "）"
                    + (row.quarterly() && subject.equals(row.subject()) ? "，或" + RowType.QUARTERS.expected() : ""));
            return null;
        }
        boolean quoted = s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
        if (!quoted && s.getValue().isEmpty()) {
            d.error(doc.line(node), doc.column(node), subject, unfilled(row));
            return null;
        }
        try {
            return ScalarParser.parse(row, s.getValue(), quoted);
        } catch (ScalarParser.Invalid e) {
            d.error(doc.line(node), doc.column(node), subject, e.getMessage());
            return null;
        }
    }

    /** A list's problems point at its key ({@code 微博:}), the line a webmaster looks for. */
    private void readAccounts(Row row, Node node, Node key) {
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            figures.put(row.path(), new Figure(row, new Value.Accounts(List.of()), doc.line(key), doc.column(key)));
            return;
        }
        if (!(node instanceof SequenceNode seq)) {
            d.error(doc.line(node), doc.column(node), row.subject(), "应为" + RowType.ACCOUNTS.expected());
            return;
        }
        List<Value.Account> accounts = new ArrayList<>();
        boolean ok = true;
        int n = 0;
        for (Node item : seq.getValue()) {
            n++;
            String subject = row.labelPath() + "/第" + n + "个";
            if (!(item instanceof MappingNode map)) {
                d.error(doc.line(item), doc.column(item), subject, "每个账号应填写" + fieldLabels(row));
                ok = false;
                continue;
            }
            List<Key> keys = row.children().stream().map(f -> new Key(f.id(), f.label())).toList();
            Map<String, NodeTuple> byId = match(YamlDocument.entries(map), keys, subject);
            Map<String, Value> fields = new LinkedHashMap<>();
            for (Row field : row.children()) {
                NodeTuple t = byId.get(field.id());
                String fieldSubject = subject + "/" + field.labelWithUnit();
                if (t == null) {
                    d.error(doc.line(item), doc.column(item), fieldSubject, "缺少此项");
                    ok = false;
                    continue;
                }
                Value v = scalar(field, t.getValueNode(), fieldSubject);
                if (v == null) {
                    ok = false;
                } else {
                    fields.put(field.id(), v);
                }
            }
            accounts.add(new Value.Account(fields));
        }
        if (ok) {
            figures.put(row.path(), new Figure(row, new Value.Accounts(accounts), doc.line(key), doc.column(key)));
        }
    }

    private static String fieldLabels(Row row) {
        return String.join("、", row.children().stream().map(Row::labelWithUnit).toList());
    }

    private void readQuarters(Row row, Node node) {
        if (!(node instanceof MappingNode map)) {
            d.error(doc.line(node), doc.column(node), row.subject(), "应为" + RowType.QUARTERS.expected());
            return;
        }
        Map<Quarter, Value.Cell> cells = new java.util.EnumMap<>(Quarter.class);
        boolean ok = true;
        for (NodeTuple t : map.getValue()) {
            String written = YamlDocument.key(t);
            Quarter q = Quarter.of(written);
            Node k = t.getKeyNode();
            if (q == null) {
                d.error(doc.line(k), doc.column(k), row.subject(), "未知的季度“" + written
                        + "”，可填写：第一季度、第二季度、第三季度、第四季度、全年");
                ok = false;
                continue;
            }
            Value v = scalar(row, t.getValueNode(), row.subject() + q.label());
            if (v == null) {
                ok = false;
            } else {
                Node vn = t.getValueNode();
                cells.put(q, new Value.Cell(Value.number(v), false, doc.line(vn), doc.column(vn)));
            }
        }
        // A derived row is left out or given whole: nianbao does not fill in the quarters of a row
        // the report gave, so that a forgotten quarter is not mistaken for a computed one.
        for (Quarter q : Quarter.QUARTERS) {
            if (ok && !cells.containsKey(q)) {
                d.error(doc.line(node), doc.column(node), row.subject() + q.label(), "缺少此季度的数值"
                        + (row.derived() ? "（如由 nianbao 计算，请删去整个“" + row.label() + "”）" : ""));
            }
        }
        ok &= cells.keySet().containsAll(Quarter.QUARTERS);
        // 全年 of a stock such as 网站总数 is not the quarters' sum; it may be left out.
        if (ok && !row.yearSum() && !row.derived() && !row.quarterly() && !cells.containsKey(Quarter.YEAR)) {
            d.error(doc.line(node), doc.column(node), row.subject() + "全年", "缺少全年数值");
            ok = false;
        }
        if (ok) {
            figures.put(row.path(), new Figure(row, new Value.Quarters(cells), doc.line(node), doc.column(node)));
        }
    }

    /**
     * A matrix row: column label (or id) → value; a column whose label another group shares (结果维持)
     * is written under its innermost group, which any column may be.
     */
    private void readMatrix(Row row, Node node) {
        if (!(node instanceof MappingNode map)) {
            d.error(doc.line(node), doc.column(node), row.subject(), "应为" + RowType.MATRIX.expected()
                    + "，各栏：" + String.join("、", row.columns().stream().map(MatrixColumn::labelPath).toList()));
            return;
        }
        Map<String, Value.Cell> cells = new LinkedHashMap<>();
        boolean ok = matrixCells(row, map, null, cells);
        for (MatrixColumn c : row.columns()) {
            if (ok && !cells.containsKey(c.id())) {
                d.error(doc.line(node), doc.column(node), row.subject(c), "缺少此栏的数值");
                ok = false;
            }
        }
        if (ok) {
            Map<String, Value.Cell> ordered = new LinkedHashMap<>();
            row.columns().forEach(c -> ordered.put(c.id(), cells.get(c.id())));
            figures.put(row.path(), new Figure(row, new Value.Matrix(row.columns(), ordered), doc.line(node),
                    doc.column(node)));
        }
    }

    private boolean matrixCells(Row row, MappingNode map, String group, Map<String, Value.Cell> cells) {
        boolean ok = true;
        List<MatrixColumn> scope = row.columns().stream()
                .filter(c -> group == null || !c.groups().isEmpty() && c.groups().get(c.groups().size() - 1).equals(group))
                .toList();
        for (NodeTuple t : map.getValue()) {
            String written = YamlDocument.key(t);
            Node k = t.getKeyNode();
            List<MatrixColumn> named = scope.stream().filter(c -> c.id().equals(written) || c.label().equals(written)).toList();
            boolean isGroup = group == null && scope.stream()
                    .anyMatch(c -> !c.groups().isEmpty() && c.groups().get(c.groups().size() - 1).equals(written));
            if (named.isEmpty() && isGroup && t.getValueNode() instanceof MappingNode inner) {
                ok &= matrixCells(row, inner, written, cells);
                continue;
            }
            if (named.size() != 1) {
                List<String> labels = scope.stream().map(c -> c.label()).distinct().toList();
                d.error(doc.line(k), doc.column(k), row.subject(), named.isEmpty()
                        ? "未知的栏目“" + written + "”" + Suggest.didYouMean(written, labels) + "。此处可填写："
                                + String.join("、", labels)
                        : "“" + written + "”有多栏（" + String.join("、", named.stream().map(MatrixColumn::labelPath).toList())
                                + "），请写在其分组下，如 " + named.get(0).groups().get(named.get(0).groups().size() - 1)
                                + ": { " + written + ": 0 }");
                ok = false;
                continue;
            }
            MatrixColumn c = named.get(0);
            if (cells.containsKey(c.id())) {
                d.error(doc.line(k), doc.column(k), row.subject(c), "重复填写");
                ok = false;
                continue;
            }
            Value v = scalar(row, t.getValueNode(), row.subject(c));
            if (v == null) {
                ok = false;
            } else {
                Node vn = t.getValueNode();
                cells.put(c.id(), new Value.Cell(Value.number(v), false, doc.line(vn), doc.column(vn)));
            }
        }
        return ok;
    }

    private void readChoices(Row row, Node node) {
        if (!(node instanceof SequenceNode seq)) {
            d.error(doc.line(node), doc.column(node), row.subject(), choicesExpected(row));
            return;
        }
        List<String> texts = seq.getValue().stream().map(i -> i instanceof ScalarNode s ? s.getValue().strip() : "").toList();
        Value.Choices v = choices(row, texts, (message, i) -> {
            Node item = seq.getValue().get(i);
            d.error(doc.line(item), doc.column(item), row.subject(), message);
        });
        if (v != null) {
            figures.put(row.path(), new Figure(row, v, doc.line(node), doc.column(node)));
        }
    }

    /** What an empty value of a required scalar row is told. */
    static String unfilled(Row row) {
        return "未填写，应为" + row.valueType().expected();
    }

    static String choicesExpected(Row row) {
        return "应为" + RowType.CHOICES.expected() + "，可选：" + String.join("、", row.options());
    }

    /**
     * The options {@code texts} choose, in the form's order; {@code null} after telling each one that is
     * not an option or repeats (with its index) to {@code problem}.
     */
    static Value.Choices choices(Row row, List<String> texts, ObjIntConsumer<String> problem) {
        Set<String> chosen = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!row.options().contains(text)) {
                problem.accept("“" + text + "”不是可选项" + Suggest.didYouMean(text, row.options()) + "。可选："
                        + String.join("、", row.options()) + "；其他做法请填在“其他”中", i);
                ok = false;
            } else if (!chosen.add(text)) {
                problem.accept("“" + text + "”重复填写", i);
                ok = false;
            }
        }
        // The form's order, not the order written, so that tables and exports are stable.
        return ok ? new Value.Choices(row.options().stream().filter(chosen::contains).toList()) : null;
    }
}
