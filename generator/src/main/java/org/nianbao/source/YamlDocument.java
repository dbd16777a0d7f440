package org.nianbao.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.diagnostic.Diagnostics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A YAML text composed into nodes that keep their positions in the source file. Values are never
 * converted by YAML's own rules (YAML 1.1 reads {@code no} as false and {@code 010} as 8): callers
 * read each scalar's text and type it against the form.
 *
 * @param root       the document's root node, or {@code null} for an empty document
 * @param lineOffset lines before the YAML text in its file (the front matter's opening {@code ---})
 */
public record YamlDocument(Node root, int lineOffset) {

    /** Limits that stop alias bombs and deep nesting early; no real report comes near them. */
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_CODE_POINTS = 2_000_000;

    /** Composes {@code text}; reports a syntax problem into {@code d} and returns {@code null}. */
    public static YamlDocument compose(String text, int lineOffset, Diagnostics d) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        try {
            Node root = yaml.compose(new StringReader(text));
            YamlDocument doc = new YamlDocument(root, lineOffset);
            if (root != null && !doc.checkKeys(root, d, 0)) {
                return null;
            }
            return doc;
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() + " " + e.getContext();
            // For what was left open (a quote, a list), the place it was opened is where to look.
            boolean unclosed = problem.contains("quoted scalar") || problem.contains("expected ',' or");
            Mark mark = unclosed && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine();
            String likely = LikelyMistake.before(text, line);
            if (likely != null) {
                String[] where = likely.split(":", 3);
                d.error(Integer.parseInt(where[0]) + 1 + lineOffset, Integer.parseInt(where[1]), "", where[2]);
                return null;
            }
            d.error(mark == null ? 0 : line + 1 + lineOffset, mark == null ? 0 : mark.getColumn() + 1, "",
                    syntaxMessage(problem));
            return null;
        } catch (ReaderException e) {
            // A character YAML does not allow (NUL and most other control characters): point at it.
            int[] lineColumn = lineColumn(text, e.getPosition());
            d.error(lineColumn[0] + lineOffset, lineColumn[1], "", "YAML 格式错误：此处有不可见的 " + Invisible.name(e.getCodePoint())
                    + "，多为从网页、文档或表格复制时带入：请删除它");
            return null;
        } catch (YAMLException e) {
            d.error(lineOffset + 1, 1, "", syntaxMessage(String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** The 1-based line and column of the code point at {@code position} of {@code text}. */
    private static int[] lineColumn(String text, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0, n = 0; i < text.length() && n < position; i += Character.charCount(text.codePointAt(i)), n++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * The front matter of a report, whose root is a {@link MappingNode}, or {@code null} after reporting
     * why it is not one (missing, not closed, bad YAML, or not "key: value" pairs).
     */
    public static YamlDocument frontMatter(FrontMatter fm, Diagnostics d) {
        if (fm.yaml() == null) {
            d.error(1, 1, "", "缺少报表数据：文件应以单独一行 --- 开头，填写各项数据后再以一行 --- 结束");
            return null;
        }
        YamlDocument doc = compose(fm.yaml(), fm.yamlLineOffset(), d);
        if (doc == null) {
            return null;
        }
        if (!(doc.root() instanceof MappingNode)) {
            d.error(fm.yamlLineOffset() + 1, 1, "", "报表数据应为“项目: 数值”形式");
            return null;
        }
        return doc;
    }

    /** SnakeYAML's English problem, said in words a webmaster acts on. */
    private static String syntaxMessage(String problem) {
        String p = problem.replace(" null", "").trim();
        String hint;
        if (p.contains("\\t")) {
            hint = "不能用 Tab 缩进或分隔，请改用空格";
        } else if (p.contains("Number of aliases")) {
            hint = "别名（&/*）过多，已拒绝读取";
        } else if (p.contains("Nesting Depth")) {
            hint = "嵌套超过 " + MAX_DEPTH + " 层，已拒绝读取";
        } else if (p.contains("code points")) {
            hint = "内容过长，已拒绝读取";
        } else if (p.contains("quoted scalar")) {
            hint = "引号没有成对，请补上结尾的引号";
        } else if (p.contains("expected ',' or ']'")) {
            hint = "方括号列表没有闭合，请补上“]”";
        } else if (p.contains("expected ',' or '}'")) {
            hint = "花括号没有闭合，请补上“}”";
        } else if (p.contains("mapping values are not allowed")) {
            hint = "此处不能出现冒号：值中含有“: ”时请给整个值加引号，或检查缩进";
        } else if (p.contains("could not find expected ':'")) {
            hint = "缺少冒号：每项应写成“项目: 数值”，冒号后要有空格";
        } else if (p.contains("undefined alias")) {
            hint = "使用了未定义的别名（*）";
        } else if (p.contains("block end") || p.contains("did not find expected")) {
            hint = "缩进不一致：同一层的项目应对齐，下一层比上一层多缩进两个空格";
        } else {
            hint = "请检查缩进、冒号后的空格和引号是否成对（" + p + "）";
        }
        return "YAML 格式错误：" + hint;
    }

    /** Refuses duplicate keys and non-text keys; SnakeYAML checks duplicates only when constructing objects. */
    private boolean checkKeys(Node node, Diagnostics d, int depth) {
        boolean ok = true;
        if (node instanceof MappingNode map) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                Node key = t.getKeyNode();
                if (!(key instanceof ScalarNode s)) {
                    d.error(line(key), column(key), "", "键必须是文字");
                    ok = false;
                } else if (!seen.add(s.getValue())) {
                    d.error(line(key), column(key), "", "键“" + s.getValue() + "”重复出现，每项只能填写一次");
                    ok = false;
                }
                ok &= checkKeys(t.getValueNode(), d, depth + 1);
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            for (Node item : seq.getValue()) {
                ok &= checkKeys(item, d, depth + 1);
            }
        }
        return ok;
    }

    /** 1-based line of {@code node} in the source file. */
    public int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** 1-based column of {@code node}. */
    public int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /** The entries of a mapping, in source order. */
    public static List<NodeTuple> entries(MappingNode map) {
        return new ArrayList<>(map.getValue());
    }

    /** The text of a scalar key. */
    public static String key(NodeTuple t) {
        return ((ScalarNode) t.getKeyNode()).getValue();
    }
}
