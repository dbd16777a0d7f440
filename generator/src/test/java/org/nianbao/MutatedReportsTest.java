package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Site;
import org.nianbao.source.FrontMatter;
import org.nianbao.check.ReportCheck;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Every demo report, damaged at random: keys deleted, duplicated or renamed, values changed to another
 * type, stray characters put anywhere. Whatever the damage, reading the report ends in located problems, never in an exception. The
 * seed is fixed per file, so that a failure repeats; its message shows the damaged front matter.
 */
class MutatedReportsTest {
    private static final int VARIANTS = 150;
    private static final Map<String, FormDefinition> FORMS = FormLoader.load(Fixtures.DEMO);
    private static final List<String> SCALARS = List.of("", "abc", "-1", "0", "1", "2.5", "100.5", "是", "否",
            "123456789012345678901234567890", "9007199254740992", "2024-13-01", "2024-01-15", "https://x.gov.cn/",
            "第一季度", "全年", "约谈", "\u0000", "1\u200b");
    private static final List<String> KEYS = List.of("第一季度", "第二季度", "全年", "第五季度", "总数", "合计", "名称",
            "年度", "人员", "形式", "季度", "轻重顺序", "记录", "其他", "未知");
    private static final List<String> STRAY = List.of("\u0000", "\t", ":", ": ", "\"", "'", "[", "{", "}", "-", "&a",
            "*a", "#", "\u200b", "\ufeff", "\n", "\n  ", "\u007f", "\ud83d\ude00", "%");
    private static final Resolver RESOLVER = new Resolver();

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> s = Files.walk(Fixtures.DEMO.resolve("reports"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void damagedReportsEndInLocatedProblems(Path file) throws IOException {
        String relative = Fixtures.DEMO.relativize(file).toString().replace('\\', '/');
        int year = Integer.parseInt(file.getParent().getFileName().toString());
        String slug = file.getFileName().toString().replace(".md", "");
        Site site = new Site(slug, "示例网站", "示例层级", 0, Site.NATIONAL_DEADLINE);
        FormDefinition form = FORMS.get(slug.equals("_supervision") ? FormLoader.SUPERVISION : FormLoader.WORK);
        FrontMatter fm = FrontMatter.split(Fixtures.read(file));
        Random random = new Random(relative.hashCode());
        int problems = 0;
        for (int v = 0; v < VARIANTS; v++) {
            Node root = yaml().compose(new StringReader(fm.yaml()));
            List<String> done = new ArrayList<>();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                done.add(mutate(root, random));
            }
            StringWriter out = new StringWriter();
            yaml().serialize(root, out);
            String front = out.toString();
            if (random.nextInt(4) == 0) {
                // damage below YAML's structure too: a stray character anywhere in the front matter
                int at = random.nextInt(front.length());
                String stray = STRAY.get(random.nextInt(STRAY.size()));
                front = front.substring(0, at) + stray + front.substring(at);
                done.add("inserted " + stray.codePointAt(0) + " at " + at);
            }
            String text = "---\n" + front + "---\n" + fm.body();
            Diagnostics d = new Diagnostics(relative);
            try {
                ReportCheck.parse(text, relative, year, site, form, d);
            } catch (RuntimeException e) {
                throw new AssertionError(relative + " after " + done + ":\n" + text, e);
            }
            for (Diagnostic p : d.list()) {
                if (p.line() < 1 || p.column() < 1) {
                    fail(relative + " after " + done + ": not located: " + p + "\n" + text);
                }
            }
            problems += d.list().size();
        }
        assertTrue(problems > VARIANTS / 2, relative + ": the damage found only " + problems + " problems");
    }

    private static Yaml yaml() {
        return new Yaml(new DumperOptions());
    }

    /** Applies one random damage to one random key of {@code root}; says what it did. */
    private static String mutate(Node root, Random random) {
        List<MappingNode> maps = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        collect(root, maps, values);
        MappingNode map = maps.get(random.nextInt(maps.size()));
        List<NodeTuple> tuples = map.getValue();
        if (tuples.isEmpty()) {
            tuples.add(new NodeTuple(scalar(KEYS.get(random.nextInt(KEYS.size()))), scalar("1")));
            return "an entry in an empty mapping";
        }
        int i = random.nextInt(tuples.size());
        NodeTuple t = tuples.get(i);
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        switch (random.nextInt(6)) {
            case 0 -> {
                tuples.remove(i);
                return "deleted " + key;
            }
            case 1 -> {
                tuples.add(i + 1, new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode())));
                return "duplicated " + key;
            }
            case 2 -> {
                String renamed = KEYS.get(random.nextInt(KEYS.size()));
                tuples.set(i, new NodeTuple(scalar(renamed), t.getValueNode()));
                return "renamed " + key + " to " + renamed;
            }
            case 3 -> {
                String text = SCALARS.get(random.nextInt(SCALARS.size()));
                tuples.set(i, new NodeTuple(t.getKeyNode(), scalar(text)));
                return key + " = " + text;
            }
            case 4 -> {
                Node other = copy(values.get(random.nextInt(values.size())));
                tuples.set(i, new NodeTuple(t.getKeyNode(), other));
                return key + " = another value of the report";
            }
            default -> {
                Node shape = random.nextBoolean()
                        ? new SequenceNode(org.yaml.snakeyaml.nodes.Tag.SEQ, new ArrayList<>(List.of(scalar("1"))),
                                DumperOptions.FlowStyle.FLOW)
                        : new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, new ArrayList<>(List.of(
                                new NodeTuple(scalar("第一季度"), scalar("1")))), DumperOptions.FlowStyle.FLOW);
                tuples.set(i, new NodeTuple(t.getKeyNode(), shape));
                return key + " = " + (shape instanceof SequenceNode ? "a list" : "a mapping");
            }
        }
    }

    private static void collect(Node node, List<MappingNode> maps, List<Node> values) {
        if (node instanceof MappingNode m) {
            maps.add(m);
            for (NodeTuple t : m.getValue()) {
                values.add(t.getValueNode());
                collect(t.getValueNode(), maps, values);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                values.add(item);
                collect(item, maps, values);
            }
        }
    }

    /** A plain scalar typed as YAML would type it, so that numbers are written without quotes. */
    private static ScalarNode scalar(String text) {
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, text, true), text, null, null,
                DumperOptions.ScalarStyle.PLAIN);
    }

    private static Node copy(Node node) {
        if (node instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>();
            m.getValue().forEach(t -> tuples.add(new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode()))));
            return new MappingNode(m.getTag(), tuples, m.getFlowStyle());
        }
        if (node instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            s.getValue().forEach(item -> items.add(copy(item)));
            return new SequenceNode(s.getTag(), items, s.getFlowStyle());
        }
        ScalarNode s = (ScalarNode) node;
        return new ScalarNode(s.getTag(), s.getValue(), null, null, s.getScalarStyle());
    }
}
