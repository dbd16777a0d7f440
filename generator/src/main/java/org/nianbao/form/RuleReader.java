package org.nianbao.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nianbao.diagnostic.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Builds one {@link Rule} from its entry in a form file. Each kind names its parameters once, here,
 * as it reads them; a parameter the kind did not read is refused. Every row a rule names must exist
 * in the form (in some edition) and hold the kind of value the rule reads.
 */
final class RuleReader {
    private record Kind(String name, Function<RuleReader, Rule> build) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("le", p -> new Rule.LessOrEqual(p.severity, p.number("a"), p.number("b"),
                    p.choice("quarters", List.of("only")) != null, p.text("why"))),
            new Kind("sum", p -> p.sameShape(new Rule.Sum(p.severity, p.number("total"), p.numbers("parts")))),
            new Kind("ge-each", p -> new Rule.AtLeastEach(p.severity, p.number("total"), p.numbers("parts"))),
            new Kind("zero-implies-zero", p -> new Rule.ZeroImpliesZero(p.severity, p.number("a"), p.number("b"),
                    p.text("why"))),
            new Kind("accounts-flag", p -> new Rule.AccountsFlag(p.severity, p.row("flag", RowType.YESNO),
                    p.rows("lists", RowType.ACCOUNTS))),
            new Kind("january-after-year", p -> new Rule.JanuaryAfterYear(p.severity, p.row("a", RowType.DATE))),
            new Kind("ratio", p -> new Rule.Ratio(p.severity, p.number("target"), p.number("part"),
                    p.optionalNumber("minus"), p.number("whole"), p.rounding(),
                    "mean".equals(p.choice("year", List.of("mean", "ratio"))))),
            new Kind("column-sum", p -> {
                List<String> rows = p.matrixRows("rows");
                return new Rule.ColumnSum(p.severity, rows, p.column("total", rows), p.columns("parts", rows));
            }),
            new Kind("equal-sums", p -> p.sameShape(new Rule.EqualSums(p.severity, p.numbers("left"), p.numbers("right")))),
            new Kind("carried-over", p -> p.sameShape(new Rule.CarriedOver(p.severity, p.number("this"), p.number("last")))),
            new Kind("stock-flow", p -> {
                List<String> rows = p.matrixRows("rows");
                return new Rule.StockFlow(p.severity, rows, p.column("stock", rows), p.column("in", rows),
                        p.column("out", rows));
            }));
    /** The kinds that take matrix rows as well as single values: column by column. */
    private static final List<String> BY_COLUMN = List.of("sum", "equal-sums", "carried-over");
    private static final List<RowType> NUMBERS = List.of(RowType.COUNT, RowType.DECIMAL, RowType.PERCENT);
    private static final List<RowType> MATRIX = List.of(RowType.MATRIX);

    private final FormNodes nodes;
    private final MappingNode map;
    private final FormDefinition form;
    private final String kind;
    private final Severity severity;
    private final List<String> read = new ArrayList<>(List.of("kind", "severity"));
    private boolean failed;

    private RuleReader(FormNodes nodes, MappingNode map, FormDefinition form, String kind, Severity severity) {
        this.nodes = nodes;
        this.map = map;
        this.form = form;
        this.kind = kind;
        this.severity = severity;
    }

    /** The rule {@code node} defines over {@code form}'s rows, or {@code null} after telling its problems. */
    static Rule read(Node node, FormNodes nodes, FormDefinition form) {
        String kinds = String.join("、", KINDS.stream().map(Kind::name).toList());
        MappingNode map = nodes.mapping(node, "每条规则应为“键: 值”形式，如 { kind: le, severity: error, a: basic.uv, b: basic.pv }");
        if (map == null) {
            return null;
        }
        Node kindNode = FormNodes.get(map, "kind");
        String kindName = nodes.text(kindNode, "规则的 kind 应为规则种类：" + kinds);
        if (kindNode == null) {
            nodes.problem(map, "规则缺少 kind（规则种类），可填写：" + kinds);
            return null;
        }
        Kind kind = KINDS.stream().filter(k -> k.name().equals(kindName)).findFirst().orElse(null);
        if (kind == null) {
            if (kindName != null) {
                nodes.problem(kindNode, "未知的规则种类“" + kindName + "”，可填写：" + kinds);
            }
            return null;
        }
        Node severityNode = FormNodes.get(map, "severity");
        String severityName = nodes.text(severityNode, "规则 " + kind.name() + " 的 severity 应为 error 或 warning");
        Severity severity = "warning".equals(severityName) ? Severity.WARNING : Severity.ERROR;
        boolean failed = false;
        if (severityName != null && !List.of("error", "warning").contains(severityName)) {
            nodes.problem(severityNode, "规则 " + kind.name() + " 的 severity 应为 error 或 warning，而不是“" + severityName + "”");
            failed = true;
        }
        RuleReader p = new RuleReader(nodes, map, form, kind.name(), severity);
        Rule rule = kind.build().apply(p);
        for (NodeTuple t : map.getValue()) {
            String key = FormNodes.key(t);
            if (key.equals("tolerance")) {
                p.fail(t.getKeyNode(), "规则 " + kind.name() + " 不再接受 tolerance：填写的百分数须等于计算值按 rounding"
                        + "（默认 half-up，四舍五入）取到该项小数位数后的数");
            } else if (!p.read.contains(key)) {
                p.fail(t.getKeyNode(), "规则 " + kind.name() + " 没有参数“" + key + "”，可填写："
                        + String.join("、", p.read.subList(2, p.read.size())));
            }
        }
        return failed || p.failed ? null : rule;
    }

    private void fail(Node at, String message) {
        nodes.problem(at, message);
        failed = true;
    }

    /** The value of parameter {@code name}, now one the kind accepts. */
    private Node param(String name) {
        read.add(name);
        return FormNodes.get(map, name);
    }

    private String number(String name) {
        return row(name, NUMBERS, true);
    }

    private String optionalNumber(String name) {
        return row(name, NUMBERS, false);
    }

    private String row(String name, RowType type) {
        return row(name, List.of(type), true);
    }

    private String row(String name, List<RowType> types, boolean required) {
        Node node = param(name);
        if (node == null) {
            if (required) {
                fail(map, "规则 " + kind + " 缺少参数 " + name + "（项目编号，如 basic.uv）");
            }
            return null;
        }
        String path = nodes.text(node, "规则 " + kind + " 的 " + name + " 应为一个项目编号，如 basic.uv");
        if (path == null) {
            failed = true;
            return null;
        }
        return checkRow(node, name, path, types) ? path : null;
    }

    private List<String> numbers(String name) {
        return rows(name, NUMBERS);
    }

    private List<String> rows(String name, RowType type) {
        return rows(name, List.of(type));
    }

    private List<String> rows(String name, List<RowType> types) {
        Node node = param(name);
        String shape = "规则 " + kind + " 的 " + name + " 应为项目编号的列表，如 [service.cases.persons, service.cases.legal]";
        if (node == null) {
            fail(map, "规则 " + kind + " 缺少参数 " + name + "（项目编号的列表，如 [service.cases.persons, service.cases.legal]）");
            return List.of();
        }
        if (!(node instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
            fail(node, shape);
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (Node item : nodes.sequence(node, shape)) {
            String path = nodes.text(item, shape);
            if (path == null) {
                failed = true;
            } else if (checkRow(item, name, path, types)) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** Whether {@code path} names a row of the form holding one of {@code types}; tells why not. */
    private boolean checkRow(Node at, String name, String path, List<RowType> types) {
        Row row = form.row(path).orElse(null);
        if (row == null) {
            fail(at, "规则 " + kind + " 引用了不存在的项目“" + path + "”");
            return false;
        }
        if (row.type() == RowType.MATRIX && !BY_COLUMN.contains(kind) && !types.equals(MATRIX)) {
            fail(at, "规则 " + kind + " 不能用于矩阵项目“" + row.labelPath() + "”；矩阵项目可用于 "
                    + String.join("、", BY_COLUMN) + "、column-sum、stock-flow");
            return false;
        }
        if (types.equals(MATRIX) && row.type() != RowType.MATRIX) {
            fail(at, "规则 " + kind + " 的 " + name + " 应为矩阵项目（type: matrix），而“" + row.labelPath() + "”是 "
                    + row.type().id());
            return false;
        }
        if (!types.equals(MATRIX) && !types.contains(row.valueType())) {
            String want = types.equals(NUMBERS) ? "数值项目（count、decimal、percent，或其各季度数值）"
                    : types.get(0).id() + " 项目（" + types.get(0).expected() + "）";
            fail(at, "规则 " + kind + " 的 " + name + " 应为" + want + "，而“" + row.labelPath() + "”是 "
                    + row.type().id() + (row.type() == RowType.QUARTERS ? "（" + row.of().id() + "）" : ""));
            return false;
        }
        return true;
    }

    private List<String> matrixRows(String name) {
        return rows(name, MATRIX);
    }

    /** A column id that each of {@code rows} has. */
    private String column(String name, List<String> rows) {
        Node node = param(name);
        if (node == null) {
            fail(map, "规则 " + kind + " 缺少参数 " + name + "（栏目编号，如 total）");
            return null;
        }
        String id = nodes.text(node, "规则 " + kind + " 的 " + name + " 应为一个栏目编号，如 total");
        if (id == null) {
            failed = true;
            return null;
        }
        return checkColumn(node, id, rows) ? id : null;
    }

    private List<String> columns(String name, List<String> rows) {
        Node node = param(name);
        String shape = "规则 " + kind + " 的 " + name + " 应为栏目编号的列表，如 [person, business]";
        if (!(node instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
            fail(node == null ? map : node, shape);
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Node item : nodes.sequence(node, shape)) {
            String id = nodes.text(item, shape);
            if (id == null) {
                failed = true;
            } else if (checkColumn(item, id, rows)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private boolean checkColumn(Node at, String id, List<String> rows) {
        for (String path : rows) {
            Row row = form.row(path).orElseThrow();
            if (row.column(id).isEmpty()) {
                fail(at, "规则 " + kind + " 引用了“" + row.labelPath() + "”没有的栏目“" + id + "”，该项的栏目："
                        + String.join("、", row.columns().stream().map(c -> c.id() + "（" + c.labelPath() + "）").toList()));
                return false;
            }
        }
        return true;
    }

    /** The rule, when its rows are all single values or all matrix rows with the same columns; else tells why not. */
    private Rule sameShape(Rule rule) {
        List<String> paths = new ArrayList<>();
        if (rule instanceof Rule.Sum r) {
            paths.add(r.total());
            paths.addAll(r.parts());
        } else if (rule instanceof Rule.EqualSums r) {
            paths.addAll(r.left());
            paths.addAll(r.right());
        } else if (rule instanceof Rule.CarriedOver r) {
            paths.add(r.thisRow());
            paths.add(r.lastRow());
        }
        List<Row> rows = paths.stream().filter(java.util.Objects::nonNull).map(p -> form.row(p).orElseThrow()).toList();
        List<List<String>> shapes = rows.stream()
                .map(r -> r.columns().stream().map(MatrixColumn::id).toList()).distinct().toList();
        if (shapes.size() > 1) {
            fail(map, "规则 " + kind + " 的各项应同为单值项目，或同为栏目相同的矩阵项目："
                    + String.join("、", rows.stream().map(Row::labelPath).toList()));
        }
        return rule;
    }

    /** A text said after the rule's message; empty when not given. */
    private String text(String name) {
        Node node = param(name);
        String text = nodes.text(node, "规则 " + kind + " 的 " + name + " 应为一段文字");
        if (node != null && text == null) {
            failed = true;
        }
        return text == null ? "" : text;
    }

    /** One of {@code allowed}, or {@code null} when not given. */
    private String choice(String name, List<String> allowed) {
        Node node = param(name);
        String text = nodes.text(node, "规则 " + kind + " 的 " + name + " 只能填写 " + String.join(" 或 ", allowed));
        if (text != null && !allowed.contains(text)) {
            fail(node, "规则 " + kind + " 的 " + name + " 只能填写 " + String.join(" 或 ", allowed) + "，而不是“" + text + "”");
            return null;
        }
        if (node != null && text == null) {
            failed = true;
        }
        return text;
    }

    private Rounding rounding() {
        Node node = param("rounding");
        String text = nodes.text(node, "rounding 应为 half-up、half-even 或 down");
        if (node == null || text == null) {
            failed |= node != null;
            return Rounding.HALF_UP; // not given: as official tables print
        }
        Rounding r = Rounding.named(text).orElse(null);
        if (r == null) {
            fail(node, "表格定义有误：rounding 应为 half-up、half-even 或 down，而不是 " + text);
        }
        return r;
    }
}
