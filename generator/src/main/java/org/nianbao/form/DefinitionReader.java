package org.nianbao.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a form definition's nodes into a {@link FormDefinition}: editions, sections and their rows,
 * rules (by {@link RuleReader}) and the accountability records. Problems go to {@link FormNodes};
 * what is wrong is left out, so that every problem of a file is found in one reading.
 */
final class DefinitionReader {
    private static final List<String> EDITION_KEYS = List.of("id", "label", "from", "to");
    private static final List<String> SECTION_KEYS = List.of("id", "label", "rows", "columns", "heading");
    private static final List<String> COLUMN_KEYS = List.of("id", "label", "group");
    private static final List<String> ROW_KEYS = List.of("id", "label", "unit", "type", "optional", "pattern", "expect",
            "rows", "fields", "options", "of", "year", "derived", "since", "until", "quarterly", "decimals", "columns", "heading");
    private static final String ROW = "应为“键: 值”形式，如 { id: policy, label: 政策文件更新量, unit: 条, type: count }";
    private static final String TYPES = String.join("、", java.util.Arrays.stream(RowType.values())
            .filter(t -> t != RowType.GROUP).map(RowType::id).toList());

    private final FormNodes nodes;
    private final List<String> editionIds = new ArrayList<>();

    DefinitionReader(FormNodes nodes) {
        this.nodes = nodes;
    }

    FormDefinition read(MappingNode map, List<FormDefinition.Rename> renames) {
        String formId = nodes.text(FormNodes.get(map, "id"), "id 应为文字");
        String title = nodes.text(FormNodes.get(map, "title"), "title 应为文字");
        List<Edition> editions = new ArrayList<>();
        for (Node n : nodes.sequence(FormNodes.get(map, "editions"), "editions 应为列表，每项以 - 开头")) {
            Edition e = edition(n);
            if (e != null) {
                editions.add(e);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Node n : nodes.sequence(FormNodes.get(map, "sections"), "sections 应为列表")) {
            MappingNode s = nodes.mapping(n, "每节" + ROW);
            if (s != null) {
                nodes.onlyKeys(s, SECTION_KEYS, "节");
                String id = nodes.text(FormNodes.get(s, "id"), "节的 id 应为文字");
                String label = nodes.text(FormNodes.get(s, "label"), "节的 label 应为文字");
                List<MatrixColumn> columns = columns(FormNodes.get(s, "columns"), List.of());
                String heading = heading(s, "");
                sections.add(new Section(id, label, rows(FormNodes.get(s, "rows"), id, List.of(String.valueOf(label)),
                        columns, heading)));
            }
        }
        AccountabilitySpec acc = null;
        if (FormNodes.get(map, "accountability") != null) {
            acc = accountability(FormNodes.get(map, "accountability"));
        }
        List<String> narrative = new ArrayList<>();
        for (Node n : nodes.sequence(FormNodes.get(map, "narrative"), "narrative 应为正文标题的列表，如 [一、总体情况]")) {
            String heading = nodes.text(n, "narrative 的每项应为正文标题");
            if (heading != null) {
                narrative.add(heading);
            }
        }
        FormDefinition rowsOnly = new FormDefinition(formId, title, editions, null, sections, List.of(), acc, renames,
                narrative);
        List<Rule> rules = new ArrayList<>();
        for (Node n : nodes.sequence(FormNodes.get(map, "rules"), "rules 应为列表，每项以 - 开头")) {
            Rule r = RuleReader.read(n, nodes, rowsOnly);
            if (r != null) {
                rules.add(r);
            }
        }
        return new FormDefinition(formId, title, editions, null, sections, rules, acc, renames, narrative);
    }

    private Edition edition(Node node) {
        String example = "，如 { id: \"2024\", label: 本市2024年版, from: 2024 }";
        MappingNode e = nodes.mapping(node, "每个版本应有 id、label 和 from（起始年度）" + example);
        if (e == null) {
            return null;
        }
        nodes.onlyKeys(e, EDITION_KEYS, "版本");
        String id = nodes.text(FormNodes.get(e, "id"), "版本的 id 应为文字");
        String label = nodes.text(FormNodes.get(e, "label"), "版本的 label 应为文字");
        Integer from = nodes.integer(FormNodes.get(e, "from"), "版本的 from 应为起始年度，如 2024");
        Integer to = nodes.integer(FormNodes.get(e, "to"), "版本的 to 应为最后一个年度，如 2025");
        if (id == null || label == null || FormNodes.get(e, "from") == null) {
            nodes.problem(e, "每个版本应有 id、label 和 from（起始年度）" + example);
            return null;
        }
        if (editionIds.contains(id)) {
            nodes.problem(FormNodes.get(e, "id"), "版本“" + id + "”重复：每个版本的 id 只能用一次");
            return null;
        }
        editionIds.add(id);
        return from == null ? null : new Edition(id, label, from, to == null ? 0 : to);
    }

    private AccountabilitySpec accountability(Node node) {
        MappingNode a = nodes.mapping(node, "accountability " + ROW);
        if (a == null) {
            return null;
        }
        List<String> order = new ArrayList<>();
        for (Node n : nodes.sequence(FormNodes.get(a, "order"), "accountability 的 order 应为列表")) {
            order.add(nodes.text(n, "accountability 的 order 应为文字的列表"));
        }
        return new AccountabilitySpec(nodes.text(FormNodes.get(a, "group"), "group 应为文字"),
                nodes.text(FormNodes.get(a, "total"), "total 应为文字"), order,
                nodes.text(FormNodes.get(a, "other"), "other 应为文字"));
    }

    /** The columns a matrix row or a group declares, or {@code inherited} when it declares none. */
    private List<MatrixColumn> columns(Node list, List<MatrixColumn> inherited) {
        if (list == null) {
            return inherited;
        }
        List<MatrixColumn> columns = new ArrayList<>();
        for (Node n : nodes.sequence(list, "columns 应为栏目的列表，如 - { id: person, label: 自然人 }")) {
            MappingNode c = nodes.mapping(n, "每个栏目应为“键: 值”形式，如 { id: person, label: 自然人 }");
            if (c == null) {
                continue;
            }
            nodes.onlyKeys(c, COLUMN_KEYS, "栏目");
            Node idNode = FormNodes.get(c, "id");
            String id = nodes.text(idNode, "栏目的 id 应为由小写字母和数字组成的编号");
            String label = nodes.text(FormNodes.get(c, "label"), "栏目的 label 应为文字");
            List<String> groups = new ArrayList<>();
            for (Node g : nodes.sequence(FormNodes.get(c, "group"), "栏目的 group 应为上级栏目名称的列表，如 [法人或其他组织]")) {
                String group = nodes.text(g, "栏目的 group 应为文字的列表");
                if (group != null) {
                    groups.add(group);
                }
            }
            if (id == null || label == null) {
                nodes.problem(c, "栏目应有 id（由小写字母和数字组成的编号）和 label（表中的名称）");
            } else if (!id.matches("[a-z][a-z0-9]*")) {
                nodes.problem(idNode, "表格定义有误：栏目编号只能由小写字母和数字组成：" + id);
            } else if (columns.stream().anyMatch(x -> x.id().equals(id))) {
                nodes.problem(idNode, "栏目编号“" + id + "”重复");
            } else {
                columns.add(new MatrixColumn(id, label, groups));
            }
        }
        return columns;
    }

    private String heading(MappingNode m, String inherited) {
        String heading = nodes.text(FormNodes.get(m, "heading"), "heading 应为文字，如 申请人");
        return heading == null ? inherited : heading;
    }

    private List<Row> rows(Node list, String parentPath, List<String> parentLabels, List<MatrixColumn> columns,
            String heading) {
        List<Row> rows = new ArrayList<>();
        Map<String, Node> ids = new HashMap<>();
        for (Node n : nodes.sequence(list, "rows 应为项目的列表，每项以 - 开头")) {
            Row row = row(n, parentPath, parentLabels, columns, heading);
            Node id = row == null ? null : FormNodes.get((MappingNode) n, "id");
            Node earlier = row == null ? null : ids.putIfAbsent(row.id(), id);
            if (earlier != null) {
                // a site's row added before a shipped one of the same id: the site's is the mistake
                nodes.problem(nodes.isSite(id) ? id : earlier, "项目编号“" + row.id() + "”在“"
                        + String.join("/", parentLabels) + "”中重复：同一层的项目编号不能相同");
            } else if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row row(Node node, String parentPath, List<String> parentLabels, List<MatrixColumn> inherited,
            String inheritedHeading) {
        MappingNode r = nodes.mapping(node, "项目" + ROW);
        if (r == null) {
            return null;
        }
        nodes.onlyKeys(r, ROW_KEYS, "项目");
        Node idNode = FormNodes.get(r, "id");
        String id = nodes.text(idNode, "项目的 id 应为由小写字母和数字组成的编号");
        String label = nodes.text(FormNodes.get(r, "label"), "项目的 label 应为文字");
        if (idNode == null || FormNodes.get(r, "label") == null) {
            nodes.problem(r, "项目应有 id（由小写字母和数字组成的编号）和 label（表中的名称）");
            return null;
        }
        if (id == null || label == null) {
            return null;
        }
        if (!id.matches("[a-z][a-z0-9]*")) {
            nodes.problem(idNode, "表格定义有误：项目编号只能由小写字母和数字组成：" + id);
            return null;
        }
        String path = parentPath + "." + id;
        List<String> labels = new ArrayList<>(parentLabels);
        labels.add(label);
        Node nested = FormNodes.get(r, "rows") != null ? FormNodes.get(r, "rows") : FormNodes.get(r, "fields");
        RowType type = FormNodes.get(r, "rows") != null ? RowType.GROUP : type(FormNodes.get(r, "type"), r, "type");
        RowType of = FormNodes.get(r, "of") == null ? null : type(FormNodes.get(r, "of"), r, "of");
        if (type == RowType.QUARTERS && FormNodes.get(r, "of") == null) {
            nodes.problem(r, "各季度数值的项目（type: quarters）应有 of（每个数值的类型，如 count 或 percent）");
        }
        if (type == RowType.MATRIX && of != null && of != RowType.COUNT && of != RowType.DECIMAL) {
            nodes.problem(FormNodes.get(r, "of"), "矩阵项目（type: matrix）的 of 只能是 count 或 decimal");
            return null;
        }
        List<MatrixColumn> columns = columns(FormNodes.get(r, "columns"), inherited);
        String heading = heading(r, inheritedHeading);
        if (type == RowType.MATRIX && columns.isEmpty()) {
            nodes.problem(r, "矩阵项目（type: matrix）应有 columns（各栏），写在此项或其所在的分组、节上");
            return null;
        }
        if (type == RowType.MATRIX && of == null) {
            of = RowType.COUNT;
        }
        if (type == null || type == RowType.QUARTERS && of == null) {
            return null; // told above; rules must not see a row without a type
        }
        String since = edition(FormNodes.get(r, "since"), labels);
        String until = edition(FormNodes.get(r, "until"), labels);
        Node yearNode = FormNodes.get(r, "year");
        String year = nodes.text(yearNode, "year 只能填写 sum（全年为各季度之和）");
        if (year != null && !year.equals("sum")) {
            nodes.problem(yearNode, "year 只能填写 sum（全年为各季度之和），而不是“" + year + "”");
        }
        List<String> options = new ArrayList<>();
        for (Node o : nodes.sequence(FormNodes.get(r, "options"), "options 应为选项的列表，如 [搜索即服务, 无障碍浏览]")) {
            String option = nodes.text(o, "options 的每项应为文字");
            if (option != null) {
                options.add(option);
            }
        }
        Integer decimals = nodes.integer(FormNodes.get(r, "decimals"), "decimals 应为小数位数，如 1");
        String unit = nodes.text(FormNodes.get(r, "unit"), "unit 应为文字");
        String expect = nodes.text(FormNodes.get(r, "expect"), "expect 应为文字");
        return new Row(id, path, labels, unit == null ? "" : unit, type,
                nodes.flag(FormNodes.get(r, "optional"), "optional 应为 true 或 false"),
                pattern(FormNodes.get(r, "pattern")),
                expect == null ? "" : expect,
                nested == null ? List.of() : rows(nested, path, labels, columns, heading),
                options, of, "sum".equals(year),
                nodes.flag(FormNodes.get(r, "derived"), "derived 应为 true 或 false"),
                since, until,
                nodes.flag(FormNodes.get(r, "quarterly"), "quarterly 应为 true 或 false"),
                decimals == null ? 1 : decimals, type == RowType.MATRIX ? columns : List.of(),
                type == RowType.MATRIX ? heading : "");
    }

    /** The type named at {@code node} ({@code key} of row {@code r}), or {@code null} after telling why there is none. */
    private RowType type(Node node, MappingNode r, String key) {
        if (node == null) {
            nodes.problem(r, "项目缺少 " + key + "（类型），可填写：" + TYPES + "；分组则写 rows");
            return null;
        }
        String name = nodes.text(node, key + " 应为类型：" + TYPES);
        RowType type = name == null ? null : RowType.named(name).filter(t -> t != RowType.GROUP).orElse(null);
        if (name != null && type == null) {
            nodes.problem(node, key + " 应为 " + TYPES + " 之一，而不是“" + name + "”");
        }
        return type;
    }

    private Pattern pattern(Node node) {
        String text = nodes.text(node, "pattern 应为正则表达式");
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            nodes.problem(node, "pattern 不是有效的正则表达式：" + e.getDescription());
            return null;
        }
    }

    /** The edition id at {@code node} (a row's since or until), which must exist; empty when not given. */
    private String edition(Node node, List<String> labels) {
        String id = nodes.text(node, "since 和 until 应为版本的 id，如 \"2019\"");
        if (id == null) {
            return "";
        }
        if (!editionIds.contains(id)) {
            nodes.problem(node, "“" + String.join("/", labels) + "”引用了不存在的版本“" + id + "”，已有版本："
                    + String.join("、", editionIds));
        }
        return id;
    }
}
