package org.nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Fixtures;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;

/** The fill page's values read from a report's text and put back in place, keeping what the page does not edit. */
class FillTextTest {
    private static final Map<String, FormDefinition> FORMS = FormLoader.load(Fixtures.DEMO);

    private static FormDefinition work(int year) {
        FormDefinition f = FORMS.get(FormLoader.WORK);
        return f.forReport(f.defaultEdition(year).orElseThrow(), year);
    }

    private static FormDefinition supervision(int year) {
        FormDefinition f = FORMS.get(FormLoader.SUPERVISION);
        return f.forReport(f.defaultEdition(year).orElseThrow(), year);
    }

    private static String demo(String file) throws Exception {
        return Files.readString(Fixtures.DEMO.resolve("reports/2023/" + file));
    }

    @Test
    void aReportWrittenBackUnchangedIsTheSameText() throws Exception {
        for (String file : List.of("menhu.md", "jiaoyuju.md", "_supervision.md")) {
            String text = demo(file);
            FormDefinition view = file.startsWith("_") ? supervision(2023) : work(2023);
            FillText.Read read = FillText.read(text, view);
            assertEquals(text, FillText.write(text, view, 2023, read.values(), null), file);
        }
    }

    @Test
    void aChangedValueChangesOnlyItsOwnTextAndCommentsStay() throws Exception {
        String text = demo("menhu.md").replace("  总数: 9834\n", "  总数: 9834  # 含转载\n");
        FormDefinition view = work(2023);
        Map<String, Object> values = new LinkedHashMap<>(FillText.read(text, view).values());
        assertEquals("9834", values.get("publish.total"));
        values.put("publish.total", "1,214");
        values.put("mobile.weibo", List.of(Map.of("name", "新账号", "posts", "3", "followers", "4")));
        String written = FillText.write(text, view, 2023, values, "\n## 新正文\n");
        assertTrue(written.contains("  总数: 1,214  # 含转载\n"), written);
        assertTrue(written.contains("  微博:\n    - 名称: 新账号\n      信息发布量: 3\n      关注量: 4\n  微信:\n"), written);
        assertTrue(written.endsWith("---\n\n## 新正文\n"), written);
        List<String> before = text.lines().toList();
        List<String> after = written.lines().toList();
        assertEquals(before.subList(0, 13), after.subList(0, 13), "the lines before the change are kept");
    }

    @Test
    void aNewReportIsWrittenInTheLayoutOfTheDemoReports() {
        FormDefinition view = supervision(2024);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(FillText.PUBLISHED, "2025-01-20");
        values.put("sample.sites", "14");
        values.put("sample.checked", Map.of("第一季度", "7", "第二季度", "7", "第三季度", "8", "第四季度", "14"));
        String written = FillText.write("", view, 2024, values, "\n## 概述\n");
        assertTrue(written.startsWith("---\n年度: 2024\n发布日期: 2025-01-20\n网站抽查情况:\n  网站总数: 14\n"
                + "  抽查网站数量: { 第一季度: 7, 第二季度: 7, 第三季度: 8, 第四季度: 14 }\n"
                + "  不合格网站数量: { 第一季度: , 第二季度: , 第三季度: , 第四季度:  }\n"), written);
        assertFalse(written.contains("抽查比例"), "a derived row left empty is left out, for the build to compute");
        assertEquals(values.get("sample.sites"), FillText.read(written, view).values().get("sample.sites"));
    }

    private static FormDefinition xxgk(int year) {
        FormDefinition f = FORMS.get(FormLoader.XXGK);
        return f.forReport(f.defaultEdition(year).orElseThrow(), year);
    }

    @Test
    void theXxgkMatrixIsReadAndWrittenBackAsTheExampleWritesIt() throws Exception {
        String text = new String(FillTextTest.class.getResourceAsStream("/xxgk/reports/2023/jiaoyuju.xxgk.md").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        FormDefinition view = xxgk(2023);
        Map<String, Object> values = new LinkedHashMap<>(FillText.read(text, view).values());
        Map<?, ?> appeals = (Map<?, ?>) values.get("appeals.cases");
        assertEquals(15, appeals.size(), "every column of 行政复议和行政诉讼, each under its group");
        assertEquals("1", appeals.get("rupheld"));
        assertEquals("1", appeals.get("rtotal"));
        assertEquals("0", appeals.get("atotal"));
        assertEquals("18", ((Map<?, ?>) values.get("requests.new")).get("total"));
        assertEquals(text, FillText.write(text, view, 2023, values, null));
        String fresh = FillText.write("", view, 2023, values, "");
        assertTrue(fresh.contains("  行政复议和行政诉讼:\n    行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 1 }\n"
                + "    未经复议直接起诉: { 结果维持: 0,"), fresh);
        assertTrue(fresh.contains("  一、本年新收政府信息公开申请数量: { 自然人: 15, 商业企业: 2, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 1, 总计: 18 }\n"),
                fresh);
        assertEquals(values, FillText.read(fresh, view).values(), "what is written reads back the same");
    }

    @Test
    void emptiedOptionalRowsAreRemovedAndRequiredOnesKeptEmpty() throws Exception {
        String text = demo("menhu.md");
        FormDefinition view = work(2023);
        Map<String, Object> values = new LinkedHashMap<>(FillText.read(text, view).values());
        values.put("mobile.other", "");
        values.put("publish.news", "");
        String written = FillText.write(text, view, 2023, values, null);
        assertFalse(written.contains("  其他: “i示例”"), written);
        assertTrue(written.contains("  政务动态信息更新量:\n  信息公开目录信息更新量: 5017\n"), written);
    }
}
