package org.nianbao.form;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies a site's form file to the shipped definition's nodes before they are read: renames, added
 * rows, and editions and rules appended. The site's nodes keep their positions, so that a mistake in
 * what it added is told in its own file.
 */
final class FormOverlay {
    static final List<String> KEYS = List.of("rename", "add", "editions", "rules");
    private static final String RENAME = "应为“项目编号: 新名称”，如 basic.uv: 独立访客数；只从某年度起改名时写"
            + " basic.uv: { label: 独立访客数, from: 2024 }，此前年度的报表仍用原名称";
    private static final String ADD = "add 的每项应有 into（节或组的编号）和 row（新项目）";

    private final FormNodes nodes;
    private final String file;
    private final MappingNode base;

    FormOverlay(FormNodes nodes, String file, MappingNode base) {
        this.nodes = nodes;
        this.file = file;
        this.base = base;
    }

    /** Applies {@code site} to the definition; returns its renames (those from a year on are not applied yet). */
    List<FormDefinition.Rename> apply(MappingNode site) {
        for (NodeTuple t : site.getValue()) {
            if (!KEYS.contains(FormNodes.key(t))) {
                nodes.problem(t.getKeyNode(), "未知的设置“" + FormNodes.key(t) + "”，可填写：" + String.join("、", KEYS));
            }
        }
        List<FormDefinition.Rename> renames = new ArrayList<>();
        Node rename = FormNodes.get(site, "rename");
        if (rename instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                rename(FormNodes.key(t), t.getKeyNode(), t.getValueNode(), renames);
            }
        } else if (rename != null) {
            nodes.problem(rename, "rename " + RENAME);
        }
        for (Node item : nodes.sequence(FormNodes.get(site, "add"), ADD)) {
            add(item);
        }
        for (String key : List.of("editions", "rules")) {
            Node extra = FormNodes.get(site, key);
            List<Node> items = nodes.sequence(extra, key + " 应为列表，每项以 - 开头");
            Node into = FormNodes.get(base, key);
            if (!items.isEmpty() && into instanceof SequenceNode s) {
                s.getValue().addAll(items);
            }
        }
        return renames;
    }

    private void rename(String path, Node at, Node to, List<FormDefinition.Rename> renames) {
        MappingNode row = rowNode(path, at);
        if (row == null) {
            return;
        }
        String former = FormNodes.get(row, "label") instanceof ScalarNode s ? s.getValue() : "";
        if (to instanceof MappingNode m && m.getValue().size() == 2 && FormNodes.get(m, "label") instanceof ScalarNode label
                && FormNodes.get(m, "from") instanceof ScalarNode from && from.getTag().equals(Tag.INT)
                && from.getValue().matches("[0-9]{1,9}")) {
            renames.add(new FormDefinition.Rename(path, label.getValue(), Integer.parseInt(from.getValue()), former));
        } else if (to instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getTag().equals(Tag.BOOL)) {
            // every year: applied here, so that every use of the definition has it; kept for hints
            NodeTuple label = FormNodes.entry(row, "label");
            row.getValue().set(row.getValue().indexOf(label), new NodeTuple(label.getKeyNode(), s));
            renames.add(new FormDefinition.Rename(path, s.getValue(), 0, former));
        } else {
            nodes.problem(to, "rename 的“" + path + "”" + RENAME);
        }
    }

    private void add(Node item) {
        MappingNode add = nodes.mapping(item, ADD);
        if (add == null) {
            return;
        }
        Node intoNode = FormNodes.get(add, "into");
        Node row = FormNodes.get(add, "row");
        if (intoNode == null || row == null) {
            nodes.problem(add, ADD);
            return;
        }
        String into = nodes.text(intoNode, "add 的 into 应为节或组的编号，如 publish 或 service.cases");
        MappingNode parent = into == null ? null : into.contains(".") ? rowNode(into, intoNode) : section(into, intoNode);
        if (parent == null) {
            return;
        }
        if (!(FormNodes.get(parent, "rows") instanceof SequenceNode rows)) {
            nodes.problem(intoNode, "“" + into + "”是项目，不是节或组：新项目只能加在节或组中");
            return;
        }
        String after = nodes.text(FormNodes.get(add, "after"), "add 的 after 应为同一层某个项目的编号");
        int index = rows.getValue().size();
        for (int i = 0; after != null && i < rows.getValue().size(); i++) {
            if (rows.getValue().get(i) instanceof MappingNode r && FormNodes.get(r, "id") instanceof ScalarNode id
                    && id.getValue().equals(after)) {
                index = i + 1;
            }
        }
        rows.getValue().add(index, row);
    }

    private MappingNode section(String id, Node at) {
        for (Node n : nodes.sequence(FormNodes.get(base, "sections"), "sections")) {
            if (n instanceof MappingNode s && FormNodes.get(s, "id") instanceof ScalarNode sid && sid.getValue().equals(id)) {
                return s;
            }
        }
        nodes.problem(at, "没有编号为“" + id + "”的节");
        return null;
    }

    /** The section (a path without dots) or row at {@code path}; {@code null} after telling that there is none. */
    private MappingNode rowNode(String path, Node at) {
        String[] ids = path.split("\\.", -1);
        MappingNode node = section(ids[0], at);
        for (int i = 1; node != null && i < ids.length; i++) {
            MappingNode found = null;
            if (FormNodes.get(node, "rows") instanceof SequenceNode rows) {
                for (Node r : rows.getValue()) {
                    if (r instanceof MappingNode m && FormNodes.get(m, "id") instanceof ScalarNode id
                            && id.getValue().equals(ids[i])) {
                        found = m;
                    }
                }
            }
            if (found == null) {
                nodes.problem(at, "没有编号为“" + path + "”的项目");
                return null;
            }
            node = found;
        }
        return node;
    }
}
