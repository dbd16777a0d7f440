package org.nianbao.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Severity;

/** A site's form file: its rules become typed values, and each mistake is told at its line and column. */
class FormLoaderTest {

    static Stream<Arguments> badRules() {
        return Stream.of(
                Arguments.of("a text row where a number is read",
                        "  - { kind: le, a: basic.name, b: basic.pv }\n",
                        "forms/work.yaml:2:20: 规则 le 的 a 应为数值项目（count、decimal、percent，或其各季度数值），"
                                + "而“网站基本信息/网站名称”是 text"),
                Arguments.of("a list where one row is read",
                        "  - { kind: le, a: [basic.uv], b: basic.pv }\n",
                        "forms/work.yaml:2:20: 规则 le 的 a 应为一个项目编号，如 basic.uv"),
                Arguments.of("one row where a list is read",
                        "  - { kind: sum, total: service.cases.total, parts: service.cases.persons }\n",
                        "forms/work.yaml:2:53: 规则 sum 的 parts 应为项目编号的列表，如 [service.cases.persons, service.cases.legal]"),
                Arguments.of("a parameter left out",
                        "  - { kind: sum, total: service.cases.total }\n",
                        "forms/work.yaml:2:5: 规则 sum 缺少参数 parts（项目编号的列表，如 [service.cases.persons, service.cases.legal]）"),
                Arguments.of("a row the form lacks",
                        "  - { kind: le, a: basic.nosuch, b: basic.pv }\n",
                        "forms/work.yaml:2:20: 规则 le 引用了不存在的项目“basic.nosuch”"),
                Arguments.of("a parameter the kind does not take",
                        "  - { kind: le, a: basic.uv, b: basic.pv, total: publish.total }\n",
                        "forms/work.yaml:2:43: 规则 le 没有参数“total”，可填写：a、b、quarters、why"),
                Arguments.of("a kind nianbao does not know",
                        "  - { kind: lt, a: basic.uv, b: basic.pv }\n",
                        "forms/work.yaml:2:13: 未知的规则种类“lt”，可填写：le、sum、ge-each、zero-implies-zero、accounts-flag、"
                                + "january-after-year、ratio、column-sum、equal-sums、carried-over、stock-flow"),
                Arguments.of("a severity nianbao does not know",
                        "  - { kind: le, severity: fatal, a: basic.uv, b: basic.pv }\n",
                        "forms/work.yaml:2:27: 规则 le 的 severity 应为 error 或 warning，而不是“fatal”"),
                Arguments.of("a rule that is not key: value pairs",
                        "  - le basic.uv basic.pv\n",
                        "forms/work.yaml:2:5: 每条规则应为“键: 值”形式，如 { kind: le, severity: error, a: basic.uv, b: basic.pv }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRules")
    void aBadRuleIsToldAtItsLineAndColumn(String name, String rule, String expected) {
        assertEquals(List.of(expected), problems("rules:\n" + rule));
    }

    @Test
    void everyProblemOfTheFileIsToldAtOnce() {
        List<String> problems = problems("""
                rename:
                  basic.nosuch: 某项
                rules:
                  - { kind: le, a: basic.name, b: basic.pv }
                  - { kind: sum, total: service.cases.total }
                """);
        assertEquals(List.of("forms/work.yaml:2:3: 没有编号为“basic.nosuch”的项目",
                "forms/work.yaml:4:20: 规则 le 的 a 应为数值项目（count、decimal、percent，或其各季度数值），而“网站基本信息/网站名称”是 text",
                "forms/work.yaml:5:5: 规则 sum 缺少参数 parts（项目编号的列表，如 [service.cases.persons, service.cases.legal]）"),
                problems);
    }

    @Test
    void aRowAddedWithABadTypeIsToldInTheSiteFile() {
        assertEquals(List.of("forms/work.yaml:4:40: type 应为 count、decimal、percent、yesno、text、url、code、phone、date、"
                + "accounts、choices、quarters、matrix 之一，而不是“number”"), problems("""
                add:
                  - into: basic
                    row:
                      { id: staff, label: 工作人员数, type: number }
                """));
    }

    @Test
    void aRowAddedBeforeAShippedOneOfTheSameIdIsToldInTheSiteFile() {
        assertEquals(List.of("forms/work.yaml:5:13: 项目编号“url”在“网站基本信息”中重复：同一层的项目编号不能相同"), problems("""
                add:
                  - into: basic
                    after: name
                    row:
                      { id: url, label: 首页地址, type: url }
                """));
    }

    @Test
    void aSiteRuleIsATypedValueWithItsParameters() {
        FormDefinition form = FormLoader.load(Map.of(FormLoader.WORK, bytes("""
                rules:
                  - { kind: ratio, severity: warning, target: basic.pv, part: basic.uv, whole: basic.pv, rounding: down, year: mean }
                """))).get(FormLoader.WORK);
        assertEquals(new Rule.Ratio(Severity.WARNING, "basic.pv", "basic.uv", null, "basic.pv", Rounding.DOWN, true),
                form.rules().get(form.rules().size() - 1));
    }

    private static List<String> problems(String siteFile) {
        FormLoader.FormException e = assertThrows(FormLoader.FormException.class,
                () -> FormLoader.load(Map.of(FormLoader.WORK, bytes(siteFile))));
        return e.problems().stream().map(Diagnostic::toString).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
