package org.nianbao.model;

/**
 * A body that reports, as listed in {@code site.yaml}: a website of 网站 (its 年度报表, and its body's
 * 政府信息公开工作年度报告), or a 机关 with no website of its own, publishing on the portal (its
 * 政府信息公开工作年度报告 only).
 *
 * @param slug  the ASCII name of its report files and page folders, e.g. {@code jiaoyuju}
 * @param name  its Chinese name
 * @param level the level or region it is grouped under on year pages
 * @param since    the first reporting year it is expected to report for, or 0 for every year
 * @param deadline the day of the following year by which its report must be published
 * @param xxgkDeadline the day of the following year by which its body's 政府信息公开工作年度报告 must be published
 * @param government   本级政府: its body is a government at county level or above (its own report, not a department's)
 * @param website      whether it is a website of 网站; {@code false} for a 机关 (no level, no 年度报表)
 * @param body         the name of its body (机关), which publishes the 政府信息公开工作年度报告: a 机关's own name;
 *                     for a website its 机关名称, by default its name without 门户网站 or 网站
 */
public record Site(String slug, String name, String level, int since, java.time.MonthDay deadline,
        java.time.MonthDay xxgkDeadline, boolean government, boolean website, String body) {

    /** A website whose body is a department: its 政府信息公开工作年度报告 by 31 January. */
    public Site(String slug, String name, String level, int since, java.time.MonthDay deadline) {
        this(slug, name, level, since, deadline, NATIONAL_DEADLINE);
    }

    /** A website whose body is a department, with its 政府信息公开工作年度报告's deadline. */
    public Site(String slug, String name, String level, int since, java.time.MonthDay deadline,
            java.time.MonthDay xxgkDeadline) {
        this(slug, name, level, since, deadline, xxgkDeadline, false, true, bodyOf(name));
    }

    /** A 机关 of {@code site.yaml}: no website, no level; it reports its 政府信息公开工作年度报告 only. */
    public static Site agency(String slug, String name, int since, java.time.MonthDay xxgkDeadline, boolean government) {
        return new Site(slug, name, "", since, NATIONAL_DEADLINE, xxgkDeadline, government, false, name);
    }

    /**
     * The body a website's name stands for: 示例市人民政府门户网站 is 示例市人民政府's, 示例市教育局网站 示例市教育局's;
     * a name that is the body's (示例市教育局) stays.
     */
    public static String bodyOf(String siteName) {
        for (String suffix : new String[] {"门户网站", "网站"}) {
            if (siteName.endsWith(suffix) && siteName.length() > suffix.length()) {
                return siteName.substring(0, siteName.length() - suffix.length());
            }
        }
        return siteName;
    }

    /** The 政府信息公开工作年度报告's deadline by default: 3月31日 for a government's own, else 1月31日. */
    public static java.time.MonthDay xxgkDeadline(boolean government) {
        return government ? GOVERNMENT_XXGK_DEADLINE : NATIONAL_DEADLINE;
    }

    /** 《政府信息公开条例》第四十九条: a local government's own report by 31 March. */
    public static final java.time.MonthDay GOVERNMENT_XXGK_DEADLINE = java.time.MonthDay.of(3, 31);

    /** 国办函〔2018〕12号: before 31 January of the following year. */
    public static final java.time.MonthDay NATIONAL_DEADLINE = java.time.MonthDay.of(1, 31);

    /** The slug of the supervision report's pages; no site may take it. */
    public static final String SUPERVISION_SLUG = "supervision";

    public boolean expectedIn(int year) {
        return year >= since;
    }

    /** The last day on which a report of {@code year} is on time. */
    public java.time.LocalDate deadlineFor(int year) {
        return deadline.atYear(year + 1);
    }

    /** The last day on which its 政府信息公开工作年度报告 of {@code year} is on time. */
    public java.time.LocalDate xxgkDeadlineFor(int year) {
        return xxgkDeadline.atYear(year + 1);
    }
}
