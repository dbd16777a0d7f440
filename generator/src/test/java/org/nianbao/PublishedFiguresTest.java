package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Site;
import org.nianbao.check.ReportCheck;

/**
 * Figures of real bulletins read exactly as published, and an off-by-one in any operand is refused:
 * a given percentage must be the computed one rounded half-up to one decimal, nothing near it.
 */
class PublishedFiguresTest {
    private static final FormDefinition FORM = FormLoader.load(java.util.Map.of()).get(FormLoader.SUPERVISION);
    private static final Site OWNER = new Site("zhejiang", "浙江省人民政府办公厅", "省级", 0, Site.NATIONAL_DEADLINE);
    private static final String FILE = "reports/2018/_supervision.md";

    /**
     * Zhejiang, 2018 Q3 (浙江省政府网站第三季度抽查情况通报): 736 sites, 500 checked = 67.9 %, 5 failed,
     * 合格率 99.0 %. The bulletin is of one quarter; the other quarters repeat it so that the report is complete.
     */
    private static String zhejiang(String sites, String checked, String ratio, String failed, String passrate) {
        return report("  网站总数: " + sites + "\n"
                + "  抽查比例: " + quarters("67.9", ratio) + "\n"
                + "  抽查网站数量: " + quarters("500", checked) + "\n"
                + "  抽查合格率: " + quarters("99.0", passrate) + "\n"
                + "  不合格网站数量: " + quarters("5", failed) + "\n");
    }

    /** {第一季度: v, 第二季度: v, 第三季度: q3, 第四季度: v}. */
    private static String quarters(String v, String q3) {
        return "{ 第一季度: " + v + ", 第二季度: " + v + ", 第三季度: " + q3 + ", 第四季度: " + v + " }";
    }

    private static String report(String sample) {
        String zeros = "{ 第一季度: 0, 第二季度: 0, 第三季度: 0, 第四季度: 0 }";
        StringBuilder accountability = new StringBuilder("  问责人次:\n");
        for (String form : List.of("约谈", "书面检查", "通报批评", "警告或记过处分", "调离岗位或免职", "其他")) {
            accountability.append("    ").append(form).append(": ").append(zeros).append('\n');
        }
        return "---\n年度: 2018\n发布日期: 2019-01-20\n网站抽查情况:\n" + sample + accountability
                + """
                安全检查情况: { 检查次数: 4, 发现问题数量: 0, 问题整改数量: 0 }
                网站开设整合情况: { 新开设网站数量: 0, 整合迁移网站数量: 0, 关停网站数量: 0 }
                “我为政府网站找错”平台网民留言办理情况: { 收到留言数量: 0, 按期办结数量: 0 }
                假冒政府网站处置情况: { 发现数量: 0, 处置数量: 0 }
                人员培训情况: { 培训次数: 0, 培训人数: 0 }
                填报信息: { 单位负责人: 甲, 审核人: 乙, 填报人: 丙, 联系电话: 0571-87000000, 填报日期: 2019-01-10 }
                ---
                """;
    }

    private static List<String> problems(String text) {
        Diagnostics d = new Diagnostics(FILE);
        ReportCheck.parse(text, FILE, 2018, OWNER, FORM, d);
        return d.list().stream().map(Object::toString).toList();
    }

    /**
     * 全年 抽查比例 is the mean of (1/3, 2/3, 501/1000, 501/1000) × 100 = 50.05 exactly, which rounds half-up
     * to 50.1; the mean of quarter ratios first cut to a fixed number of decimals falls just below, 50.0.
     */
    @Test
    void aYearMeanExactlyOnARoundingBoundaryRoundsUp() {
        String sample = "  网站总数: { 第一季度: 3, 第二季度: 3, 第三季度: 1000, 第四季度: 1000 }\n"
                + "  抽查网站数量: { 第一季度: 1, 第二季度: 2, 第三季度: 501, 第四季度: 501 }\n"
                + "  不合格网站数量: { 第一季度: 0, 第二季度: 0, 第三季度: 0, 第四季度: 0 }\n"
                + "  抽查比例: { 第一季度: 33.3, 第二季度: 66.7, 第三季度: 50.1, 第四季度: 50.1, 全年: %s }\n";
        assertEquals(List.of(), problems(report(sample.formatted("50.1"))));
        assertEquals(List.of(FILE + ":8:63: 网站抽查情况/抽查比例（%）全年: 填写 50.0，按各季度的平均值 应为 50.1（四舍五入保留 1 位小数）"),
                problems(report(sample.formatted("50.0"))));
    }

    @Test
    void zhejiangThirdQuarterReadsAsPublished() {
        assertEquals(List.of(), problems(zhejiang("736", "500", "67.9", "5", "99.0")));
    }

    @Test
    void aPassRateOffByATenthIsRefused() {
        for (String given : List.of("99.1", "99.5", "98.9")) {
            assertEquals(List.of(FILE + ":8:42: 网站抽查情况/抽查合格率（%）第三季度: 填写 " + given
                    + "，按 抽查网站数量第三季度 500 和 不合格网站数量第三季度 5 应为 99.0（四舍五入保留 1 位小数）"),
                    problems(zhejiang("736", "500", "67.9", "5", given)), given);
        }
    }

    @Test
    void oneMoreFailedSiteIsRefused() {
        assertEquals(List.of(FILE + ":8:42: 网站抽查情况/抽查合格率（%）第三季度: 填写 99.0"
                + "，按 抽查网站数量第三季度 500 和 不合格网站数量第三季度 6 应为 98.8（四舍五入保留 1 位小数）"),
                problems(zhejiang("736", "500", "67.9", "6", "99.0")));
    }

    @Test
    void oneMoreCheckedSiteIsRefused() {
        // 501 / 736 = 68.07 %; (501 − 5) / 501 = 99.00 % still rounds to the published 99.0
        assertEquals(List.of(FILE + ":6:41: 网站抽查情况/抽查比例（%）第三季度: 填写 67.9"
                + "，按 抽查网站数量第三季度 501 和 网站总数 736 应为 68.1（四舍五入保留 1 位小数）"),
                problems(zhejiang("736", "501", "67.9", "5", "99.0")));
    }

    @Test
    void aCheckRatioOffByAPointIsRefused() {
        assertEquals(List.of(FILE + ":6:41: 网站抽查情况/抽查比例（%）第三季度: 填写 68.9"
                + "，按 抽查网站数量第三季度 500 和 网站总数 736 应为 67.9（四舍五入保留 1 位小数）"),
                problems(zhejiang("736", "500", "68.9", "5", "99.0")));
    }

    /**
     * National, 2018 (全国政府网站抽查情况通报): 23,269 sites in Q1, of which 11,639 checked (the bulletin
     * prints 50 %); 22,206 sites in Q2. The Q2 count of checks (11,103) and the later quarters are made up.
     */
    private static String national(String sites) {
        return report("  网站总数: " + sites + "\n"
                + "  抽查比例: { 第一季度: 50.0, 第二季度: 50.0, 第三季度: 50.0, 第四季度: 50.0 }\n"
                + "  抽查网站数量: { 第一季度: 11639, 第二季度: 11103, 第三季度: 11103, 第四季度: 11103 }\n"
                + "  不合格网站数量: { 第一季度: 0, 第二季度: 0, 第三季度: 0, 第四季度: 0 }\n");
    }

    @Test
    void eachQuarterTakesItsOwnSiteTotal() {
        assertEquals(List.of(), problems(national("{ 第一季度: 23269, 第二季度: 22206, 第三季度: 22206, 第四季度: 22206 }")));
    }

    @Test
    void oneSiteTotalMeansEveryQuarter() {
        // 11103 / 23269 = 47.7 %: with Q1's total for the year, Q2 … Q4 cannot be entered as published
        List<String> problems = problems(national("23269"));
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(FILE + ":6:29: 网站抽查情况/抽查比例（%）第二季度: 填写 50.0，按 抽查网站数量第二季度 11103 和 网站总数 23269"
                + " 应为 47.7（四舍五入保留 1 位小数）", problems.get(0));
    }

    @Test
    void aSiteTotalPerQuarterHasEveryQuarter() {
        assertEquals(List.of(FILE + ":5:9: 网站抽查情况/网站总数（个）第三季度: 缺少此季度的数值",
                FILE + ":5:9: 网站抽查情况/网站总数（个）第四季度: 缺少此季度的数值"),
                problems(national("{ 第一季度: 23269, 第二季度: 22206 }")));
    }
}
