import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic province column for benchmarks: site.yaml, one complete work report with a
 * narrative per site and year, and one supervision report per year, in the shapes of site-src/.
 * Figures vary with a seeded Random but keep every rule of the forms, so the column checks clean.
 *
 * <pre>java bench/SyntheticColumn.java --sites 2000 --years 8 --out target/bench/src [--seed 1]</pre>
 *
 * Years end at 2024 (the 2017 edition's years lack the split of 办件量 and 智能问答, as the form says).
 * Also writes hugo/: a Hugo site with the same reports as content/<year>/<slug>.md.
 */
public final class SyntheticColumn {
    private static final int LAST_YEAR = 2024;
    private static final String[] FIRST = {"东", "西", "南", "北", "江", "河", "山", "湖", "安", "宁",
            "平", "清", "长", "新", "永", "德", "兴", "华", "云", "海", "阳", "丰", "和", "文", "明"};
    private static final String[] SECOND = {"城", "阳", "山", "川", "宁", "安", "平", "江", "河", "丰",
            "林", "水", "田", "泉", "州", "乡", "源", "峰", "溪", "原"};
    private static final String[] DEPARTMENTS = {"发展和改革局", "教育局", "公安局", "民政局", "财政局",
            "人力资源和社会保障局", "自然资源局", "生态环境局", "卫生健康局", "交通运输局", "农业农村局",
            "市场监督管理局", "应急管理局", "住房和城乡建设局", "文化和旅游局"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴",
            "孙", "郑", "何", "高", "林"};
    private static final String[] GIVEN = {"建国", "丽萍", "一帆", "立新", "文静", "启明", "海燕", "志强",
            "晓东", "红梅", "国庆", "秀英"};
    private static final String[] INNOVATIONS = {"搜索即服务", "多语言版本", "无障碍浏览", "千人千网"};

    record SiteInfo(String slug, String name, String level, String sponsor) {}

    public static void main(String[] args) throws IOException {
        int sites = 2000;
        int years = 8;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : usage("missing value after " + args[i]);
            switch (args[i]) {
                case "--sites" -> sites = Integer.parseInt(value);
                case "--years" -> years = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (out == null || sites < 1 || years < 1 || years > LAST_YEAR - 2016) {
            usage("need --out, --sites >= 1 and 1 <= --years <= " + (LAST_YEAR - 2016));
        }
        List<SiteInfo> list = sites(sites);
        Path src = out.resolve("src");
        Path hugo = out.resolve("hugo");
        Files.createDirectories(src);
        write(src.resolve("site.yaml"), siteYaml(list));
        Random random = new Random(seed);
        int first = LAST_YEAR - years + 1;
        for (int year = first; year <= LAST_YEAR; year++) {
            Path dir = src.resolve("reports").resolve(String.valueOf(year));
            Path hugoDir = hugo.resolve("content").resolve(String.valueOf(year));
            Files.createDirectories(dir);
            Files.createDirectories(hugoDir);
            for (int i = 0; i < list.size(); i++) {
                String text = workReport(list.get(i), i, year, random);
                write(dir.resolve(list.get(i).slug() + ".md"), text);
                write(hugoDir.resolve(list.get(i).slug() + ".md"), hugoPage(text, list.get(i), "work"));
            }
            String supervision = supervisionReport(list.size(), year, random);
            write(dir.resolve("_supervision.md"), supervision);
            write(hugoDir.resolve("supervision.md"), hugoPage(supervision, null, "supervision"));
            write(hugoDir.resolve("_index.md"), "---\ntitle: " + year + "年度\n---\n");
        }
        System.out.println("synthetic column: " + list.size() + " sites x " + years + " years ("
                + first + "-" + LAST_YEAR + ") -> " + src + " and " + hugo);
    }

    private static String usage(String problem) {
        System.err.println(problem + "\nusage: java bench/SyntheticColumn.java --out <dir> [--sites N] [--years N] [--seed N]");
        System.exit(2);
        return null;
    }

    /** A province portal, its departments, then per county a portal and its departments. */
    static List<SiteInfo> sites(int count) {
        List<SiteInfo> list = new ArrayList<>();
        list.add(new SiteInfo("sheng", "示例省人民政府门户网站", "省政府门户网站", "示例省人民政府办公厅"));
        for (int d = 0; list.size() < count && d < DEPARTMENTS.length; d++) {
            list.add(new SiteInfo("sheng-d" + d, "示例省" + DEPARTMENTS[d].replace("局", "厅"), "省政府部门网站",
                    "示例省" + DEPARTMENTS[d].replace("局", "厅")));
        }
        for (int c = 0; list.size() < count; c++) {
            String county = FIRST[c % FIRST.length] + SECOND[(c / FIRST.length) % SECOND.length]
                    + (c / (FIRST.length * SECOND.length) == 0 ? "县" : "区");
            list.add(new SiteInfo("x" + c, county + "人民政府门户网站", "县区政府门户网站", county + "人民政府办公室"));
            for (int d = 0; list.size() < count && d < 7; d++) {
                String dept = DEPARTMENTS[(c + d) % DEPARTMENTS.length];
                list.add(new SiteInfo("x" + c + "-d" + d, county + dept, "县区政府部门网站", county + dept));
            }
        }
        return list;
    }

    private static String siteYaml(List<SiteInfo> sites) {
        StringBuilder b = new StringBuilder();
        b.append("# A synthetic province column for benchmarks (bench/SyntheticColumn.java); every name and figure is invented.\n");
        b.append("栏目名称: 示例省政府网站年度报表\n主办单位: 示例省人民政府办公厅\n网站标识码: \"9900000001\"\n");
        b.append("ICP备案号: 示ICP备10000001号\n公安机关备案号: 示公网安备 99000002000001号\n");
        b.append("简介: |\n  本栏目集中发布示例省各级政府网站的《政府网站工作年度报表》和全省《政府网站监管年度报表》。\n");
        b.append("层级:\n  - 省政府门户网站\n  - 省政府部门网站\n  - 县区政府门户网站\n  - 县区政府部门网站\n网站:\n");
        for (SiteInfo s : sites) {
            b.append("  - { 代号: ").append(s.slug()).append(", 名称: ").append(s.name())
                    .append(", 层级: ").append(s.level()).append(" }\n");
        }
        return b.toString();
    }

    private static String workReport(SiteInfo site, int index, int year, Random r) {
        boolean split = year >= 2019;
        int scale = site.level().startsWith("省政府门户") ? 100 : site.level().endsWith("门户网站") ? 10 : 1;
        long pv = scale * (200_000L + r.nextInt(2_000_000));
        long uv = pv / (3 + r.nextInt(5));
        int overview = scale * (10 + r.nextInt(100));
        int news = scale * (100 + r.nextInt(2000));
        int disclosure = scale * (100 + r.nextInt(2000));
        int maintained = 2 + r.nextInt(40);
        int opened = r.nextInt(maintained + 1);
        int materials = 5 + r.nextInt(200);
        int products = r.nextInt(80);
        int media = r.nextInt(60);
        int items = 50 + r.nextInt(3000);
        int online = items - r.nextInt(items / 10 + 1);
        long persons = scale * (1000L + r.nextInt(100_000));
        long legal = scale * (100L + r.nextInt(30_000));
        int received = 10 + r.nextInt(5000);
        int closed = received - r.nextInt(received / 20 + 1);
        int published = closed - r.nextInt(closed / 4 + 1);
        String days = String.format(Locale.ROOT, "%.1f", 1 + r.nextInt(80) / 10.0);
        int surveys = 1 + r.nextInt(30);
        int surveyResults = surveys - r.nextInt(surveys / 3 + 1);
        int interviews = r.nextInt(24);
        int questions = interviews * (10 + r.nextInt(100));
        int answers = questions - r.nextInt(questions / 10 + 1);
        int found = r.nextInt(30);
        int fixed = found - r.nextInt(found / 5 + 1);
        String person = SURNAMES[index % SURNAMES.length] + GIVEN[(index + year) % GIVEN.length];
        StringBuilder b = new StringBuilder("---\n");
        b.append("年度: ").append(year).append('\n');
        b.append("发布日期: ").append(year + 1).append("-01-").append(20 + r.nextInt(10)).append('\n');
        b.append("网站基本信息:\n");
        b.append("  网站名称: ").append(site.name()).append('\n');
        b.append("  首页网址: https://").append(site.slug()).append(".shili.gov.cn/\n");
        b.append("  主办单位: ").append(site.sponsor()).append('\n');
        b.append("  政府网站标识码: \"").append(String.format(Locale.ROOT, "99%08d", index + 1)).append("\"\n");
        b.append("  ICP备案号: 示ICP备").append(String.format(Locale.ROOT, "%08d", 12_000_000 + index)).append("号\n");
        b.append("  公安机关备案号: 示公网安备 ").append(String.format(Locale.ROOT, "%014d", 99_010_202_000_000L + index)).append("号\n");
        b.append("  独立用户访问总量: ").append(uv).append('\n');
        b.append("  网站总访问量: ").append(pv).append('\n');
        b.append("信息发布:\n  总数: ").append(overview + news + disclosure).append('\n');
        b.append("  概况类信息更新量: ").append(overview).append('\n');
        b.append("  政务动态信息更新量: ").append(news).append('\n');
        b.append("  信息公开目录信息更新量: ").append(disclosure).append('\n');
        b.append("专栏专题:\n  维护数量: ").append(maintained).append("\n  新开设数量: ").append(opened).append('\n');
        b.append("解读回应:\n  解读信息发布:\n    总数: ").append(materials + products + media).append('\n');
        b.append("    解读材料数量: ").append(materials).append("\n    解读产品数量: ").append(products).append('\n');
        b.append("    媒体评论文章数量: ").append(media).append('\n');
        b.append("  回应公众关注热点或重大舆情数量: ").append(r.nextInt(50)).append('\n');
        b.append("办事服务:\n  是否发布服务事项目录: 是\n  注册用户数: ").append(scale * (1000 + r.nextInt(100_000))).append('\n');
        b.append("  政务服务事项数量: ").append(items).append("\n  可全程在线办理政务服务事项数量: ").append(online).append('\n');
        b.append("  办件量:\n    总数: ").append(persons + legal).append('\n');
        if (split) {
            b.append("    自然人办件量: ").append(persons).append("\n    法人办件量: ").append(legal).append('\n');
        }
        b.append("互动交流:\n  是否使用统一平台: 是\n  留言办理:\n");
        b.append("    收到留言数量: ").append(received).append("\n    办结留言数量: ").append(closed).append('\n');
        b.append("    平均办理时间: ").append(days).append("\n    公开答复数量: ").append(published).append('\n');
        b.append("  征集调查:\n    征集调查期数: ").append(surveys).append("\n    收到意见数量: ").append(r.nextInt(2000)).append('\n');
        b.append("    公布调查结果期数: ").append(surveyResults).append('\n');
        b.append("  在线访谈:\n    访谈期数: ").append(interviews).append("\n    网民留言数量: ").append(questions).append('\n');
        b.append("    答复网民提问数量: ").append(answers).append('\n');
        if (split) {
            b.append("  是否提供智能问答: ").append(r.nextBoolean() ? "是" : "否").append('\n');
        }
        b.append("安全防护:\n  安全检测评估次数: ").append(1 + r.nextInt(40)).append('\n');
        b.append("  发现问题数量: ").append(found).append("\n  问题整改数量: ").append(fixed).append('\n');
        b.append("  是否建立安全监测预警机制: 是\n  是否开展应急演练: ").append(r.nextBoolean() ? "是" : "否").append('\n');
        b.append("  是否明确网站安全负责人: 是\n");
        String account = site.name().replace("人民政府门户网站", "发布").replace("网站", "");
        b.append("移动新媒体:\n  是否有移动新媒体: 是\n  微博:\n    - 名称: ").append(account).append('\n');
        b.append("      信息发布量: ").append(100 + r.nextInt(5000)).append("\n      关注量: ").append(1000 + r.nextInt(1_000_000)).append('\n');
        b.append("  微信:\n    - 名称: ").append(account).append('\n');
        b.append("      信息发布量: ").append(100 + r.nextInt(3000)).append("\n      订阅数: ").append(1000 + r.nextInt(500_000)).append('\n');
        b.append("创新发展:\n  已开展: [");
        int count = 1 + r.nextInt(INNOVATIONS.length);
        for (int i = 0; i < count; i++) {
            b.append(i > 0 ? ", " : "").append(INNOVATIONS[i]);
        }
        b.append("]\n");
        b.append("填报信息:\n  单位负责人: ").append(person).append("\n  审核人: ")
                .append(SURNAMES[(index + 3) % SURNAMES.length]).append(GIVEN[(index + 5) % GIVEN.length])
                .append("\n  填报人: ").append(SURNAMES[(index + 7) % SURNAMES.length]).append(GIVEN[(index + 1) % GIVEN.length])
                .append("\n  联系电话: 0999-").append(86_000_000 + index).append('\n');
        b.append("  填报日期: ").append(year + 1).append("-01-1").append(r.nextInt(10)).append('\n');
        b.append("---\n\n");
        b.append("## 年度工作概述\n\n").append(year).append("年，").append(site.name())
                .append("坚持以人民为中心，推动网站从“信息发布”向“服务供给”转变。全年网站总访问量")
                .append(pv).append("次，独立用户访问总量").append(uv).append("个。\n\n");
        b.append("## 信息发布\n\n全年发布信息").append(overview + news + disclosure).append("条，其中概况类信息")
                .append(overview).append("条、政务动态").append(news).append("条、信息公开目录信息").append(disclosure)
                .append("条。\n\n");
        b.append("## 服务创新\n\n- 梳理政务服务事项").append(items).append("项，其中可全程在线办理").append(online)
                .append("项；\n- 维护专栏专题").append(maintained).append("个，新开设").append(opened)
                .append("个；\n- 优化站内搜索和无障碍浏览。\n\n");
        b.append("| 专栏名称 | 开设时间 | 更新条数 |\n| --- | --- | --- |\n");
        b.append("| 优化营商环境 | ").append(year).append("-02 | ").append(r.nextInt(300)).append(" |\n");
        b.append("| 政策解读 | ").append(year).append("-05 | ").append(r.nextInt(300)).append(" |\n\n");
        b.append("## 互动交流\n\n全年收到留言").append(received).append("条，办结").append(closed)
                .append("条，平均办理时间").append(days).append("天；开展意见征集").append(surveys).append("期。\n\n");
        b.append("## 下一步工作\n\n").append(year + 1).append("年将持续完善[政策问答库](https://")
                .append(site.slug()).append(".shili.gov.cn/zcwdk/)，进一步提升网站智能化服务水平。\n");
        return b.toString();
    }

    private static String supervisionReport(int sites, int year, Random r) {
        int[] checked = new int[4];
        int[] failed = new int[4];
        int[][] forms = new int[6][4];
        for (int q = 0; q < 4; q++) {
            checked[q] = q == 3 ? sites : Math.max(1, sites * (30 + r.nextInt(50)) / 100);
            failed[q] = r.nextInt(Math.max(1, checked[q] / 20) + 1);
            if (failed[q] > 0) {
                forms[0][q] = failed[q];
                forms[2][q] = r.nextInt(failed[q] + 1);
            }
        }
        String[] formNames = {"约谈", "书面检查", "通报批评", "警告或记过处分", "调离岗位或免职", "其他"};
        int[] total = new int[4];
        for (int[] f : forms) {
            for (int q = 0; q < 4; q++) {
                total[q] += f[q];
            }
        }
        int found = r.nextInt(50);
        int errors = 10 + r.nextInt(200);
        int ontime = errors - r.nextInt(errors / 20 + 1);
        int fakes = r.nextInt(5);
        StringBuilder b = new StringBuilder("---\n");
        b.append("年度: ").append(year).append("\n发布日期: ").append(year + 1).append("-01-22\n");
        b.append("网站抽查情况:\n  网站总数: ").append(sites).append('\n');
        StringBuilder ratio = new StringBuilder();
        StringBuilder pass = new StringBuilder();
        for (int q = 0; q < 4; q++) {
            ratio.append(quarter(q)).append(percent(checked[q], sites)).append(", ");
            pass.append(quarter(q)).append(percent(checked[q] - failed[q], checked[q])).append(", ");
        }
        int yearChecked = sum(checked);
        int yearFailed = sum(failed);
        // 全年 抽查比例 as nianbao checks it: the mean of the quarters' exact ratios (one 网站总数 for all four)
        b.append("  抽查比例: { ").append(ratio).append("全年: ").append(percent(yearChecked, 4L * sites)).append(" }\n");
        b.append("  抽查网站数量: ").append(quarters(checked)).append('\n');
        b.append("  抽查合格率: { ").append(pass).append("全年: ")
                .append(percent(yearChecked - yearFailed, yearChecked)).append(" }\n");
        b.append("  不合格网站数量: ").append(quarters(failed)).append('\n');
        b.append("  问责人次:\n");
        for (int i = 0; i < forms.length; i++) {
            b.append("    ").append(formNames[i]).append(": ").append(quarters(forms[i])).append('\n');
        }
        b.append("    合计: ").append(quarters(total)).append('\n');
        b.append("安全检查情况:\n  检查次数: 4\n  发现问题数量: ").append(found).append("\n  问题整改数量: ").append(found).append('\n');
        b.append("网站开设整合情况:\n  新开设网站数量: ").append(r.nextInt(5)).append("\n  整合迁移网站数量: ")
                .append(r.nextInt(5)).append("\n  关停网站数量: ").append(r.nextInt(5)).append('\n');
        b.append("“我为政府网站找错”平台网民留言办理情况:\n  收到留言数量: ").append(errors).append("\n  按期办结数量: ")
                .append(ontime).append("\n  按期办结率: ").append(percent(ontime, errors)).append('\n');
        b.append("假冒政府网站处置情况:\n  发现数量: ").append(fakes).append("\n  处置数量: ").append(fakes).append('\n');
        b.append("人员培训情况:\n  培训次数: ").append(1 + r.nextInt(10)).append("\n  培训人数: ").append(50 + r.nextInt(500)).append('\n');
        b.append("填报信息:\n  单位负责人: 周立新\n  审核人: 何建平\n  填报人: 郑文静\n  联系电话: 0999-87000101\n");
        b.append("  填报日期: ").append(year + 1).append("-01-18\n---\n\n");
        b.append("## 年度监管工作概述\n\n").append(year).append("年，示例省人民政府办公厅对全省 ").append(sites)
                .append(" 个政府网站开展季度抽查，全年抽查 ").append(yearChecked).append(" 个次。\n\n");
        b.append("## 主要工作\n\n- **全覆盖检查。** 第四季度对全部网站逐一检查。\n- **问责到位。** 对不合格网站的责任人进行约谈或通报批评。\n\n");
        b.append("## 下一步工作\n\n持续推进政府网站集约化、IPv6 改造和适老化无障碍建设。\n");
        return b.toString();
    }

    /** The same report as a Hugo page: the front matter plus title and kind, then the narrative. */
    private static String hugoPage(String report, SiteInfo site, String kind) {
        String title = site == null ? "政府网站监管年度报表" : site.name();
        return "---\ntitle: " + title + "\nform: " + kind + "\n" + report.substring(4);
    }

    private static String quarter(int q) {
        return new String[] {"第一季度: ", "第二季度: ", "第三季度: ", "第四季度: "}[q];
    }

    private static String quarters(int[] v) {
        return "{ 第一季度: " + v[0] + ", 第二季度: " + v[1] + ", 第三季度: " + v[2] + ", 第四季度: " + v[3]
                + ", 全年: " + sum(v) + " }";
    }

    private static int sum(int[] v) {
        int s = 0;
        for (int x : v) {
            s += x;
        }
        return s;
    }

    /** part / whole × 100 as the form prints it: rounded half-up to one decimal, from the exact fraction. */
    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
