package org.nianbao.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.MatrixColumn;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.RowType;
import org.nianbao.form.Section;
import org.nianbao.source.FrontMatter;
import org.nianbao.source.YamlDocument;
import org.nianbao.source.YamlScalar;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A report's text as the fill page sees it: the values of its rows as written (by row path), and the
 * text with the page's values put in place. Editing the text where each value stands, rather than
 * writing YAML anew, keeps the webmaster's comments, key spelling and layout; rows the text lacks are
 * written in the layout of the demo reports, each value on its own line and quarters on one line.
 *
 * <p>Values are plain data, as the page sends them: a row's text; for a per-quarter row a map from
 * 第一季度 … 全年 to text; for a list of accounts a list of maps from field id to text; for choices a
 * list of the options ticked.
 */
final class FillText {
    /** The key of 发布日期 among the values. */
    static final String PUBLISHED = "published";
    static final String YEAR_KEY = "年度";
    static final String PUBLISHED_KEY = "发布日期";

    /**
     * What a text holds: the values by key, and which key each line of the file shows.
     *
     * @param lines file line → the key of the value (or row) written there
     */
    record Read(Map<String, Object> values, Map<Integer, String> lines) {
    }

    private FillText() {
    }

    /** The values {@code text} holds for the rows of {@code view}; a text that is no report holds none. */
    static Read read(String text, FormDefinition view) {
        FrontMatter fm = FrontMatter.split(text);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<Integer, String> lines = new LinkedHashMap<>();
        YamlDocument doc = fm.yaml() == null ? null : YamlDocument.compose(fm.yaml(), fm.yamlLineOffset(), new Diagnostics(""));
        if (doc == null || !(doc.root() instanceof MappingNode root)) {
            return new Read(values, lines);
        }
        for (NodeTuple t : root.getValue()) {
            String key = YamlDocument.key(t);
            if ((key.equals(PUBLISHED_KEY) || key.equals("published")) && t.getValueNode() instanceof ScalarNode s) {
                values.put(PUBLISHED, s.getValue());
                lines.put(doc.line(t.getKeyNode()), PUBLISHED);
            }
            for (Section s : view.sections()) {
                if (key.equals(s.label()) || key.equals(s.id())) {
                    lines.put(doc.line(t.getKeyNode()), s.id());
                    readRows(doc, s.rows(), t.getValueNode(), values, lines);
                }
            }
        }
        return new Read(values, lines);
    }

    private static void readRows(YamlDocument doc, List<Row> rows, Node node, Map<String, Object> values,
            Map<Integer, String> lines) {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            Row row = match(rows, YamlDocument.key(t));
            if (row == null) {
                continue;
            }
            Node v = t.getValueNode();
            lines.put(doc.line(t.getKeyNode()), row.path());
            switch (row.type()) {
                case GROUP -> readRows(doc, row.children(), v, values, lines);
                case MATRIX -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    readMatrix(row, v, null, cells);
                    values.put(row.path(), cells);
                }
                case ACCOUNTS -> {
                    List<Map<String, String>> accounts = new ArrayList<>();
                    if (v instanceof SequenceNode seq) {
                        int n = 0;
                        for (Node item : seq.getValue()) {
                            Map<String, String> fields = new LinkedHashMap<>();
                            if (item instanceof MappingNode account) {
                                for (NodeTuple f : account.getValue()) {
                                    Row field = match(row.children(), YamlDocument.key(f));
                                    if (field != null && f.getValueNode() instanceof ScalarNode s) {
                                        fields.put(field.id(), s.getValue());
                                        lines.put(doc.line(f.getKeyNode()), row.path() + "/" + n + "/" + field.id());
                                    }
                                }
                            }
                            accounts.add(fields);
                            n++;
                        }
                    }
                    values.put(row.path(), accounts);
                }
                case CHOICES -> {
                    List<String> chosen = new ArrayList<>();
                    if (v instanceof SequenceNode seq) {
                        seq.getValue().forEach(i -> chosen.add(i instanceof ScalarNode s ? s.getValue().strip() : ""));
                    }
                    values.put(row.path(), chosen);
                }
                default -> {
                    if (v instanceof MappingNode quarters && (row.type() == RowType.QUARTERS || row.quarterly())) {
                        Map<String, String> cells = new LinkedHashMap<>();
                        for (NodeTuple q : quarters.getValue()) {
                            Quarter quarter = Quarter.of(YamlDocument.key(q));
                            if (quarter != null && q.getValueNode() instanceof ScalarNode s) {
                                cells.put(quarter.label(), s.getValue());
                            }
                        }
                        values.put(row.path(), cells);
                    } else if (v instanceof ScalarNode s) {
                        values.put(row.path(), s.getValue());
                    }
                }
            }
        }
    }

    /** A matrix row's cells by column id: a column named by its label or id, or under its innermost group. */
    private static void readMatrix(Row row, Node node, String group, Map<String, String> cells) {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = YamlDocument.key(t);
            List<MatrixColumn> named = row.columns().stream()
                    .filter(c -> group == null || innermost(c).equals(group))
                    .filter(c -> c.id().equals(key) || c.label().equals(key)).toList();
            if (named.size() == 1 && t.getValueNode() instanceof ScalarNode s) {
                cells.put(named.get(0).id(), s.getValue());
            } else if (group == null && t.getValueNode() instanceof MappingNode) {
                readMatrix(row, t.getValueNode(), key, cells);
            }
        }
    }

    private static String innermost(MatrixColumn c) {
        return c.groups().isEmpty() ? "" : c.groups().get(c.groups().size() - 1);
    }

    /** Whether some column's label is another's too (结果维持 under 行政复议 and 行政诉讼): then cells are written under their groups. */
    private static boolean nested(Row row) {
        return row.columns().stream().map(MatrixColumn::label).distinct().count() < row.columns().size();
    }

    private static Row match(List<Row> rows, String key) {
        return rows.stream().filter(r -> r.label().equals(key) || r.id().equals(key)).findFirst().orElse(null);
    }

    /**
     * {@code base} (a report's text, or empty for a new one) with {@code values} for the rows of {@code view}
     * and the year set: values changed in place, rows left empty that may be left out removed, missing rows
     * written after their neighbours. The narrative becomes {@code narrative}.
     */
    static String write(String base, FormDefinition view, int year, Map<String, Object> values, String narrative) {
        FrontMatter fm = FrontMatter.split(base);
        String yaml = fm.yaml() == null ? "" : fm.yaml();
        yaml = yaml.isEmpty() || yaml.endsWith("\n") ? yaml : yaml + "\n";
        YamlDocument doc = yaml.isBlank() ? null : YamlDocument.compose(yaml, 0, new Diagnostics(""));
        if (!(doc != null && doc.root() instanceof MappingNode)) {
            // no front matter to keep (a new report, or YAML too broken to edit): written anew
            yaml = "";
            doc = null;
        }
        Editor e = new Editor(yaml, values);
        e.meta(doc == null ? null : (MappingNode) doc.root(), year);
        for (Section s : view.sections()) {
            NodeTuple t = doc == null ? null : find((MappingNode) doc.root(), s.label(), s.id());
            if (t == null) {
                e.insert(yaml.length(), e.group("", s.label(), s.rows()));
            } else if (isBlock(t.getValueNode())) {
                e.rows(s.rows(), (MappingNode) t.getValueNode(), t);
            } else {
                e.replaceTuple(t, e.group(e.indentOf(t), s.label(), s.rows()));
            }
        }
        String body = narrative == null ? fm.body() : narrative.replace("\r\n", "\n").replace('\r', '\n');
        return "---\n" + e.edited() + "---\n" + body;
    }

    private static boolean isBlock(Node n) {
        return n instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !m.getValue().isEmpty();
    }

    private static NodeTuple find(MappingNode map, String label, String id) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && (s.getValue().equals(label) || s.getValue().equals(id))) {
                return t;
            }
        }
        return null;
    }

    /** The edits to one text, applied at the end from the last to the first. */
    private static final class Editor {
        private record Edit(int start, int end, String text, int order) {
        }

        private final String yaml;
        private final Map<String, Object> values;
        private final List<Edit> edits = new ArrayList<>();

        Editor(String yaml, Map<String, Object> values) {
            this.yaml = yaml;
            this.values = values;
        }

        void meta(MappingNode root, int year) {
            NodeTuple y = root == null ? null : find(root, YEAR_KEY, "year");
            NodeTuple p = root == null ? null : find(root, PUBLISHED_KEY, "published");
            String published = text(values.get(PUBLISHED));
            if (y == null) {
                insert(0, YEAR_KEY + ": " + year + "\n");
            } else {
                replaceValue(y, " " + year);
            }
            if (p == null) {
                insert(y == null ? 0 : lineEnd(valueEnd(y)), PUBLISHED_KEY + ":" + (published.isEmpty() ? "" : " " + published) + "\n");
            } else {
                replaceValue(p, published.isEmpty() ? "" : " " + YamlScalar.text(published, false));
            }
        }

        /** The rows of a block mapping: each given value put in place, missing rows inserted after the row before. */
        void rows(List<Row> rows, MappingNode map, NodeTuple parent) {
            String indent = " ".repeat(map.getValue().get(0).getKeyNode().getStartMark().getColumn());
            int insertAt = lineEnd(offset(parent.getKeyNode().getEndMark().getIndex()));
            for (Row row : rows) {
                NodeTuple t = find(map, row.label(), row.id());
                if (t == null) {
                    insert(insertAt, row(indent, row));
                    continue;
                }
                insertAt = lineEnd(valueEnd(t));
                Node v = t.getValueNode();
                Object value = values.get(row.path());
                switch (row.type()) {
                    case GROUP -> {
                        if (isBlock(v)) {
                            rows(row.children(), (MappingNode) v, t);
                        } else {
                            replaceTuple(t, row(indent, row));
                        }
                    }
                    case MATRIX -> {
                        Map<?, ?> cells = value instanceof Map<?, ?> m ? m : Map.of();
                        if (cells.values().stream().allMatch(c -> text(c).isEmpty()) && row.mayBeOmitted()) {
                            removeTuple(t);
                        } else {
                            replaceValue(t, matrix(indent, row, cells));
                        }
                    }
                    case ACCOUNTS -> {
                        List<?> accounts = value instanceof List<?> l ? l : List.of();
                        if (accounts.isEmpty() && row.mayBeOmitted()) {
                            removeTuple(t);
                        } else {
                            replaceValue(t, accounts(indent, row, accounts));
                        }
                    }
                    case CHOICES -> {
                        List<?> chosen = value instanceof List<?> l ? l : List.of();
                        if (chosen.isEmpty() && row.mayBeOmitted() && value == null) {
                            removeTuple(t);
                        } else {
                            replaceValue(t, " " + choices(chosen));
                        }
                    }
                    default -> {
                        String written = value instanceof Map<?, ?> m ? quarters(row, m) : scalar(row, text(value));
                        if (written.isEmpty() && row.mayBeOmitted()) {
                            removeTuple(t);
                        } else {
                            replaceValue(t, written.isEmpty() ? "" : " " + written);
                        }
                    }
                }
            }
        }

        /** A section or group written anew; {@code label: {}} when every row is left out. */
        String group(String indent, String label, List<Row> rows) {
            StringBuilder s = new StringBuilder();
            for (Row r : rows) {
                s.append(row(indent + "  ", r));
            }
            return s.isEmpty() ? indent + label + ": {}\n" : indent + label + ":\n" + s;
        }

        /** One row written anew, ending with a line end; empty when it is left out. */
        String row(String indent, Row row) {
            Object value = values.get(row.path());
            switch (row.type()) {
                case GROUP -> {
                    return group(indent, row.label(), row.children());
                }
                case MATRIX -> {
                    Map<?, ?> cells = value instanceof Map<?, ?> m ? m : Map.of();
                    boolean empty = cells.values().stream().allMatch(c -> text(c).isEmpty());
                    return empty && row.mayBeOmitted() ? "" : indent + row.label() + ":" + matrix(indent, row, cells) + "\n";
                }
                case ACCOUNTS -> {
                    List<?> accounts = value instanceof List<?> l ? l : List.of();
                    return accounts.isEmpty() && row.mayBeOmitted() ? "" : indent + row.label() + ":" + accounts(indent, row, accounts) + "\n";
                }
                case CHOICES -> {
                    List<?> chosen = value instanceof List<?> l ? l : List.of();
                    return chosen.isEmpty() && row.mayBeOmitted() ? "" : indent + row.label() + ": " + choices(chosen) + "\n";
                }
                default -> {
                    String written = value instanceof Map<?, ?> m ? quarters(row, m)
                            : row.type() == RowType.QUARTERS ? quarters(row, Map.of()) : scalar(row, text(value));
                    if (written.isEmpty()) {
                        return row.mayBeOmitted() ? "" : indent + row.label() + ":\n";
                    }
                    return indent + row.label() + ": " + written + "\n";
                }
            }
        }

        /** {@code { 第一季度: 7, … }} as the demo writes it; empty when no quarter is filled. */
        private static String quarters(Row row, Map<?, ?> cells) {
            boolean any = cells.values().stream().anyMatch(v -> !text(v).isEmpty());
            if (!any && row.mayBeOmitted()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (Quarter q : Quarter.values()) {
                String v = text(cells.get(q.label()));
                // 全年 of a row whose year is the quarters' sum (or computed) may be left out
                if (q == Quarter.YEAR && v.isEmpty() && (row.yearSum() || row.derived() || row.quarterly())) {
                    continue;
                }
                parts.add(q.label() + ": " + (v.isEmpty() ? "" : number(v, true)));
            }
            return "{ " + String.join(", ", parts) + " }";
        }

        /**
         * A matrix row's value after its colon: {@code { 自然人: 15, … }} on one line as the example reports write
         * it, or one such line per innermost group when labels repeat across groups.
         */
        private static String matrix(String indent, Row row, Map<?, ?> cells) {
            if (!nested(row)) {
                return " " + cellsText(row.columns(), cells);
            }
            StringBuilder s = new StringBuilder();
            for (String group : row.columns().stream().map(FillText::innermost).distinct().toList()) {
                List<MatrixColumn> in = row.columns().stream().filter(c -> innermost(c).equals(group)).toList();
                s.append('\n').append(indent).append("  ").append(YamlScalar.text(group, false)).append(": ")
                        .append(cellsText(in, cells));
            }
            return s.toString();
        }

        private static String cellsText(List<MatrixColumn> columns, Map<?, ?> cells) {
            List<String> parts = new ArrayList<>();
            for (MatrixColumn c : columns) {
                String v = text(cells.get(c.id()));
                parts.add(YamlScalar.text(c.label(), true) + ": " + (v.isEmpty() ? "" : number(v, true)));
            }
            return "{ " + String.join(", ", parts) + " }";
        }

        private static String accounts(String indent, Row row, List<?> accounts) {
            StringBuilder s = new StringBuilder();
            for (Object a : accounts) {
                Map<?, ?> fields = a instanceof Map<?, ?> m ? m : Map.of();
                String lead = "\n" + indent + "  - ";
                for (Row field : row.children()) {
                    String v = scalar(field, text(fields.get(field.id())));
                    s.append(lead).append(field.label()).append(':').append(v.isEmpty() ? "" : " " + v);
                    lead = "\n" + indent + "    ";
                }
            }
            return s.toString();
        }

        private static String choices(List<?> chosen) {
            return "[" + chosen.stream().map(c -> YamlScalar.text(text(c), true)).collect(Collectors.joining(", ")) + "]";
        }

        /** A value as the page gave it, written so that YAML reads back exactly what was typed. */
        private static String scalar(Row row, String v) {
            if (v.isEmpty()) {
                return "";
            }
            RowType t = row.valueType();
            if (t == RowType.COUNT || t == RowType.DECIMAL || t == RowType.PERCENT || t == RowType.YESNO) {
                return number(v, false);
            }
            return YamlScalar.text(v, false);
        }

        /**
         * Numbers are written plain as typed, so that a mistyped one (1,214) gets the build's own message
         * for it; quoted only when plain text would not read back as typed.
         */
        private static String number(String v, boolean flow) {
            return YamlScalar.plain(v, flow) ? v : YamlScalar.text(v, flow);
        }

        private static String text(Object v) {
            return v == null ? "" : String.valueOf(v).strip();
        }

        String indentOf(NodeTuple t) {
            return " ".repeat(t.getKeyNode().getStartMark().getColumn());
        }

        void insert(int at, String text) {
            if (!text.isEmpty()) {
                edits.add(new Edit(at, at, text, edits.size()));
            }
        }

        /** Replaces what follows the key, up to the end of its value, with {@code text} (which starts after the colon). */
        private void replaceValue(NodeTuple t, String text) {
            int keyEnd = offset(t.getKeyNode().getEndMark().getIndex());
            edits.add(new Edit(keyEnd, valueEnd(t), ":" + text, edits.size()));
        }

        void replaceTuple(NodeTuple t, String text) {
            int start = lineStart(offset(t.getKeyNode().getStartMark().getIndex()));
            edits.add(new Edit(start, lineEnd(valueEnd(t)), text, edits.size()));
        }

        private void removeTuple(NodeTuple t) {
            replaceTuple(t, "");
        }

        /** Where a value's text ends, before the line ends and indentation SnakeYAML counts into it. */
        private int valueEnd(NodeTuple t) {
            int keyEnd = offset(t.getKeyNode().getEndMark().getIndex());
            int end = offset(t.getValueNode().getEndMark().getIndex());
            while (end > keyEnd && Character.isWhitespace(yaml.charAt(end - 1))) {
                end--;
            }
            // an empty value's marks may stand before the colon: the colon is always replaced too
            int colon = yaml.indexOf(':', keyEnd);
            return Math.max(end, colon < 0 ? keyEnd : colon + 1);
        }

        private int lineEnd(int at) {
            int nl = yaml.indexOf('\n', at);
            return nl < 0 ? yaml.length() : nl + 1;
        }

        private int lineStart(int at) {
            return yaml.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
        }

        /** SnakeYAML counts code points; Java strings count UTF-16 units. */
        private int offset(int codePoints) {
            return yaml.offsetByCodePoints(0, codePoints);
        }

        String edited() {
            StringBuilder s = new StringBuilder(yaml);
            edits.stream().sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order).reversed())
                    .forEach(e -> s.replace(e.start(), e.end(), e.text()));
            return s.toString();
        }
    }
}
