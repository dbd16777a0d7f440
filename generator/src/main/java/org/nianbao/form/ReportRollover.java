package org.nianbao.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.source.FrontMatter;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns last year's report text into next year's: the year set, the site's facts kept, every other
 * value cleared in place. Editing the text rather than writing YAML anew keeps the webmaster's key
 * spelling, comments and layout. Used by {@code new --year} and by the fill page of {@code serve}.
 */
public final class ReportRollover {
    /** Rows that describe the site, not the year: names, addresses, codes, accounts, the people who fill in the form. */
    public static final Set<String> KEPT = Set.of("basic.name", "basic.url", "basic.sponsor", "basic.idcode", "basic.icp",
            "basic.psb", "mobile.weibo.name", "mobile.wechat.name", "mobile.other", "signature.head",
            "signature.reviewer", "signature.filler", "signature.phone");

    private final String yaml;
    /** The form with next year's labels: a site's rename from that year changes the keys. */
    private final FormDefinition next;
    private final List<Edit> edits = new ArrayList<>();

    /** Replace the text from {@code start} to {@code end} (UTF-16 offsets) with {@code text}. */
    private record Edit(int start, int end, String text) {
    }

    private ReportRollover(String yaml, FormDefinition next) {
        this.yaml = yaml;
        this.next = next;
    }

    /** Next year's text, or {@code null} after reporting to {@code d} why {@code text} cannot be read. */
    public static String roll(String text, int year, FormDefinition form, Diagnostics d) {
        FrontMatter fm = FrontMatter.split(text);
        YamlDocument doc = YamlDocument.frontMatter(fm, d);
        if (doc == null) {
            return null;
        }
        MappingNode root = (MappingNode) doc.root();
        ReportRollover r = new ReportRollover(fm.yaml(), form.forYear(year));
        FormDefinition last = form.forYear(year - 1);
        for (NodeTuple t : root.getValue()) {
            String key = YamlDocument.key(t);
            if (key.equals("年度") || key.equals("year")) {
                r.replace(t.getValueNode(), String.valueOf(year));
            } else if (key.equals("发布日期") || key.equals("published")) {
                r.clear(t.getValueNode());
            } else if (key.equals(AccountabilityRecords.KEY)) {
                // last year's records name people and belong to last year: drop them whole
                r.edits.add(new Edit(r.offset(t.getKeyNode().getStartMark().getIndex()),
                        r.offset(t.getValueNode().getEndMark().getIndex()), ""));
            } else {
                for (Section s : last.sections()) {
                    if (s.label().equals(key) || s.id().equals(key)) {
                        r.relabel(t, s.label(), r.next.sections().get(last.sections().indexOf(s)).label());
                        r.clearRows(s.rows(), t.getValueNode());
                    }
                }
            }
        }
        return "---\n" + r.edited() + "---\n" + headings(fm.body());
    }

    private void clearRows(List<Row> rows, Node value) {
        if (!(value instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = YamlDocument.key(t);
            Row row = rows.stream().filter(r -> r.label().equals(key) || r.id().equals(key)).findFirst().orElse(null);
            Node v = t.getValueNode();
            if (row == null) {
                continue;
            }
            relabel(t, row.label(), next.row(row.path()).map(Row::label).orElse(row.label()));
            if (KEPT.contains(row.path())) {
                continue;
            }
            if (row.type() == RowType.GROUP) {
                clearRows(row.children(), v);
            } else if (row.type() == RowType.ACCOUNTS && v instanceof SequenceNode accounts) {
                accounts.getValue().forEach(account -> clearRows(row.children(), account));
            } else {
                clear(v);
            }
        }
    }

    /** Writes a key under next year's label where it was written under last year's. */
    private void relabel(NodeTuple t, String lastLabel, String nextLabel) {
        if (YamlDocument.key(t).equals(lastLabel) && !nextLabel.equals(lastLabel)) {
            replace(t.getKeyNode(), nextLabel);
        }
    }

    private void replace(Node node, String text) {
        edits.add(new Edit(offset(node.getStartMark().getIndex()), offset(node.getEndMark().getIndex()), text));
    }

    private void clear(Node node) {
        int start = offset(node.getStartMark().getIndex());
        String removed = yaml.substring(start, offset(node.getEndMark().getIndex()));
        // Keep the line ends a value's range may take in, so that the next key stays on its own line.
        replace(node, removed.substring(removed.stripTrailing().length()));
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. */
    private int offset(int codePoints) {
        return yaml.offsetByCodePoints(0, codePoints);
    }

    private String edited() {
        StringBuilder s = new StringBuilder(yaml);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> s.replace(e.start(), e.end(), e.text()));
        return s.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    /** Last year's narrative headings, as an outline to write this year's under. */
    private static String headings(String body) {
        return body.lines().filter(l -> l.startsWith("#")).map(l -> "\n" + l + "\n").collect(Collectors.joining());
    }
}
