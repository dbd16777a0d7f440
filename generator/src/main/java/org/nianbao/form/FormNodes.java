package org.nianbao.form;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML nodes of one form definition (the shipped file's, with a site's changes merged in), read
 * with explicit type checks. Each problem is told at the file, line and column of its node; a node
 * of the shipped file that is wrong is nianbao's own mistake and fails at once.
 */
final class FormNodes {
    private final String shipped;
    /** Node → the site's file it came from; nodes not here are the shipped file's. */
    private final Map<Node, String> site = new IdentityHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    FormNodes(String shipped) {
        this.shipped = shipped;
    }

    /** Marks {@code root} and every node under it as {@code file}'s, so that problems there name it. */
    void fromSite(Node root, String file) {
        if (root == null || site.put(root, file) != null) {
            return;
        }
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                fromSite(t.getKeyNode(), file);
                fromSite(t.getValueNode(), file);
            }
        } else if (root instanceof SequenceNode s) {
            s.getValue().forEach(n -> fromSite(n, file));
        }
    }

    /** Whether {@code node} came from a site's file. */
    boolean isSite(Node node) {
        return site.containsKey(node);
    }

    void problem(Node at, String message) {
        String file = site.get(at);
        int line = at.getStartMark().getLine() + 1;
        int column = at.getStartMark().getColumn() + 1;
        if (file == null) {
            throw new IllegalStateException("nianbao's own form definition " + shipped + ":" + line + ":" + column
                    + ": " + message);
        }
        problems.add(new Diagnostic(Severity.ERROR, file, line, column, "", message));
    }

    /** A problem of the whole file. */
    void problem(String file, String message) {
        problems.add(new Diagnostic(Severity.ERROR, file, 0, 0, "", message));
    }

    void addAll(List<Diagnostic> found) {
        problems.addAll(found);
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** The value of {@code key} in {@code map}; {@code null} when it is absent or written as null. */
    static Node get(MappingNode map, String key) {
        NodeTuple t = entry(map, key);
        if (t == null || t.getValueNode() instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return null;
        }
        return t.getValueNode();
    }

    static NodeTuple entry(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (key.equals(key(t))) {
                return t;
            }
        }
        return null;
    }

    /** A key's text; form files are composed by {@code YamlDocument}, which refuses keys that are not text. */
    static String key(NodeTuple t) {
        return ((ScalarNode) t.getKeyNode()).getValue();
    }

    /** {@code node} as a mapping, or {@code null} after telling {@code message}. */
    MappingNode mapping(Node node, String message) {
        if (node instanceof MappingNode m) {
            return m;
        }
        problem(node, message);
        return null;
    }

    /** The items of a list; none when {@code node} is {@code null}, or after telling {@code message}. */
    List<Node> sequence(Node node, String message) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        problem(node, message);
        return List.of();
    }

    /** A scalar's text; {@code null} when {@code node} is, or after telling {@code message}. */
    String text(Node node, String message) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(node, message);
        return null;
    }

    /** An integer (a year, a count of decimals); {@code null} when {@code node} is, or after telling {@code message}. */
    Integer integer(Node node, String message) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT) && s.getValue().matches("[0-9]{1,9}")) {
            return Integer.parseInt(s.getValue());
        }
        problem(node, message);
        return null;
    }

    /** true or false; false when {@code node} is {@code null}, or after telling {@code message}. */
    boolean flag(Node node, String message) {
        if (node == null) {
            return false;
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return List.of("true", "yes", "on").contains(s.getValue().toLowerCase(Locale.ROOT));
        }
        problem(node, message);
        return false;
    }

    /** Tells each key of {@code map} not in {@code keys}: {@code what} has no such setting. */
    void onlyKeys(MappingNode map, List<String> keys, String what) {
        for (NodeTuple t : map.getValue()) {
            if (!keys.contains(key(t))) {
                problem(t.getKeyNode(), what + "没有“" + key(t) + "”这一项，可填写：" + String.join("、", keys));
            }
        }
    }
}
