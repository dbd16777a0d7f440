package org.nianbao.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.diagnostic.Diagnostic;

/** The shipped 政府信息公开工作年度报告 form, and the matrix rules a site's forms/xxgk.yaml may add. */
class XxgkFormTest {

    @Test
    void theShippedFormHasPartThreeAsRowsBySevenApplicantColumns() {
        FormDefinition form = FormLoader.load(Map.of()).get(FormLoader.XXGK);
        Row carried = form.row("requests.carried").orElseThrow();
        assertEquals(RowType.MATRIX, carried.type());
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                carried.columns().stream().map(MatrixColumn::label).toList());
        assertEquals(15, form.row("appeals.cases").orElseThrow().columns().size());
        assertEquals("2021", form.defaultEdition(2021).orElseThrow().id());
        assertEquals(List.of("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), form.narrative());
    }

    @Test
    void aColumnSumNamingAColumnTheRowLacksIsTold() {
        assertEquals(List.of("forms/xxgk.yaml:2:81: 规则 column-sum 引用了“三、收到和处理政府信息公开申请情况/"
                + "一、本年新收政府信息公开申请数量”没有的栏目“all”，该项的栏目：person（自然人）、business（法人或其他组织/商业企业）、"
                + "research（法人或其他组织/科研机构）、charity（法人或其他组织/社会公益组织）、legal（法人或其他组织/法律服务机构）、"
                + "other（法人或其他组织/其他）、total（总计）"),
                problems("rules:\n  - { kind: column-sum, rows: [requests.new], parts: [person, business], total: all }\n"));
    }

    @Test
    void aRuleOfSingleValuesRefusesAMatrixRow() {
        assertEquals(List.of("forms/xxgk.yaml:2:20: 规则 le 不能用于矩阵项目“三、收到和处理政府信息公开申请情况/"
                + "四、结转下年度继续办理”；矩阵项目可用于 sum、equal-sums、carried-over、column-sum、stock-flow",
                "forms/xxgk.yaml:2:41: 规则 le 不能用于矩阵项目“三、收到和处理政府信息公开申请情况/"
                + "一、本年新收政府信息公开申请数量”；矩阵项目可用于 sum、equal-sums、carried-over、column-sum、stock-flow"),
                problems("rules:\n  - { kind: le, a: requests.forward, b: requests.new }\n"));
    }

    @Test
    void aSumOfRowsWithOtherColumnsIsRefused() {
        assertEquals(List.of("forms/xxgk.yaml:2:5: 规则 sum 的各项应同为单值项目，或同为栏目相同的矩阵项目："
                + "三、收到和处理政府信息公开申请情况/一、本年新收政府信息公开申请数量、"
                + "二、主动公开政府信息情况/第二十条第（一）项/规章"),
                problems("rules:\n  - { kind: sum, total: requests.new, parts: [active.item1.rules] }\n"));
    }

    private static List<String> problems(String siteFile) {
        FormLoader.FormException e = assertThrows(FormLoader.FormException.class,
                () -> FormLoader.load(Map.of(FormLoader.XXGK, siteFile.getBytes(StandardCharsets.UTF_8))));
        return e.problems().stream().map(Diagnostic::toString).toList();
    }
}
