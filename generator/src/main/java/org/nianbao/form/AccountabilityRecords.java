package org.nianbao.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Computes 问责人次 from raw records (who, which quarter, which forms): the same person held
 * accountable in the same quarter in several forms counts once, under the heaviest form.
 *
 * <pre>
 * 问责记录:
 *   轻重顺序: [约谈, 书面检查, 通报批评, 其他, 警告或记过处分, 调离岗位或免职]   # needed only when 其他 is used
 *   记录:
 *     - { 人员: P-017, 季度: 第一季度, 形式: [约谈, 通报批评] }
 * </pre>
 *
 * Records name people: they are read here and only the counts leave this class.
 */
public final class AccountabilityRecords {
    public static final String KEY = "问责记录";
    static final String ORDER = "轻重顺序";
    static final String RECORDS = "记录";

    private AccountabilityRecords() {
    }

    /** The per-form rows' figures computed from the records under {@code node}, or an empty map after errors. */
    public static Map<String, Figure> read(FormDefinition form, YamlDocument doc, Node node, Diagnostics d) {
        AccountabilitySpec spec = form.accountability();
        Row group = spec == null ? null : form.row(spec.group()).orElse(null);
        if (group == null) {
            d.error(doc.line(node), doc.column(node), KEY, "本表格没有问责人次，不能填写问责记录");
            return Map.of();
        }
        if (!(node instanceof MappingNode map)) {
            d.error(doc.line(node), doc.column(node), KEY, "应填写“记录”（以及使用“其他”时的“轻重顺序”）");
            return Map.of();
        }
        List<String> forms = new ArrayList<>(spec.order());
        forms.add(spec.other());
        List<String> order = null;
        SequenceNode records = null;
        int errors = d.list().size();
        for (NodeTuple t : map.getValue()) {
            String key = YamlDocument.key(t);
            if (key.equals(ORDER)) {
                order = order(t.getValueNode(), forms, doc, d);
            } else if (key.equals(RECORDS) && t.getValueNode() instanceof SequenceNode s) {
                records = s;
            } else {
                d.error(doc.line(t.getKeyNode()), doc.column(t.getKeyNode()), KEY,
                        "未知的项目“" + key + "”，可填写：" + ORDER + "、" + RECORDS + "（列表）");
            }
        }
        if (records == null) {
            d.error(doc.line(node), doc.column(node), KEY + "/" + RECORDS, "缺少此项：每条记录填写 人员、季度、形式");
            return Map.of();
        }
        // person key → quarter → heaviest rank so far; keys stay inside this method
        Map<String, Map<Quarter, Integer>> heaviest = new HashMap<>();
        int n = 0;
        for (Node item : records.getValue()) {
            n++;
            String subject = KEY + "/第" + n + "条";
            Record r = record(item, subject, forms, doc, d);
            if (r == null) {
                continue;
            }
            List<String> ranking = order != null ? order : spec.order();
            int rank = -1;
            for (String f : r.forms()) {
                if (!ranking.contains(f)) {
                    d.error(doc.line(item), doc.column(item), subject, "使用了“" + f + "”，请在“" + ORDER
                            + "”中写明它在各问责形式中的轻重位置，如 [" + String.join(", ", spec.order().subList(0, 3)) + ", "
                            + f + ", " + String.join(", ", spec.order().subList(3, spec.order().size())) + "]");
                    rank = -1;
                    break;
                }
                rank = Math.max(rank, ranking.indexOf(f));
            }
            if (rank >= 0) {
                heaviest.computeIfAbsent(r.person(), k -> new EnumMap<>(Quarter.class)).merge(r.quarter(), rank, Math::max);
            }
        }
        if (d.list().size() > errors) {
            return Map.of();
        }
        List<String> ranking = order != null ? order : spec.order();
        Map<String, Map<Quarter, Integer>> counts = new LinkedHashMap<>();
        for (String f : forms) {
            counts.put(f, new EnumMap<>(Quarter.class));
        }
        heaviest.values().forEach(byQuarter -> byQuarter.forEach((q, rank) ->
                counts.get(ranking.get(rank)).merge(q, 1, Integer::sum)));
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Row row : group.children()) {
            if (!counts.containsKey(row.label())) {
                continue; // 合计: a rule adds it up
            }
            Map<Quarter, Value.Cell> cells = new EnumMap<>(Quarter.class);
            for (Quarter q : Quarter.QUARTERS) {
                int count = counts.get(row.label()).getOrDefault(q, 0);
                cells.put(q, new Value.Cell(BigDecimal.valueOf(count), true, doc.line(node), doc.column(node)));
            }
            figures.put(row.path(), new Figure(row, new Value.Quarters(cells), doc.line(node), doc.column(node), true));
        }
        return figures;
    }

    private record Record(String person, Quarter quarter, List<String> forms) {
    }

    private static Record record(Node item, String subject, List<String> forms, YamlDocument doc, Diagnostics d) {
        if (!(item instanceof MappingNode m)) {
            d.error(doc.line(item), doc.column(item), subject, "每条记录应填写 人员、季度、形式");
            return null;
        }
        String person = null;
        Quarter quarter = null;
        List<String> written = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String key = YamlDocument.key(t);
            Node v = t.getValueNode();
            String text = v instanceof ScalarNode s ? s.getValue().strip() : null;
            switch (key) {
                case "人员" -> person = text == null || text.isEmpty() ? null : text;
                case "季度" -> {
                    quarter = text == null ? null : Quarter.of(text);
                    if (quarter == null || quarter == Quarter.YEAR) {
                        d.error(doc.line(v), doc.column(v), subject + "/季度", "应为 第一季度、第二季度、第三季度 或 第四季度");
                        return null;
                    }
                }
                case "形式" -> {
                    List<Node> items = v instanceof SequenceNode s ? s.getValue() : List.of(v);
                    for (Node f : items) {
                        String form = f instanceof ScalarNode s ? s.getValue().strip() : "";
                        if (!forms.contains(form)) {
                            d.error(doc.line(f), doc.column(f), subject + "/形式", "“" + form + "”不是问责形式，可填写："
                                    + String.join("、", forms));
                            return null;
                        }
                        written.add(form);
                    }
                }
                default -> {
                    d.error(doc.line(t.getKeyNode()), doc.column(t.getKeyNode()), subject, "未知的项目“" + key
                            + "”，可填写：人员、季度、形式");
                    return null;
                }
            }
        }
        if (person == null || quarter == null || written.isEmpty()) {
            d.error(doc.line(item), doc.column(item), subject, "每条记录应填写 人员（姓名或编号）、季度、形式");
            return null;
        }
        return new Record(person, quarter, written);
    }

    private static List<String> order(Node node, List<String> forms, YamlDocument doc, Diagnostics d) {
        List<String> order = new ArrayList<>();
        if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                order.add(n instanceof ScalarNode sc ? sc.getValue().strip() : "");
            }
        }
        if (order.size() != forms.size() || !order.containsAll(forms)) {
            d.error(doc.line(node), doc.column(node), KEY + "/" + ORDER, "应按从轻到重列出全部问责形式各一次："
                    + String.join("、", forms));
            return null;
        }
        return order;
    }
}
