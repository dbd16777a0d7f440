package org.nianbao.model;

/**
 * A website expected to report, as listed in {@code site.yaml}.
 *
 * @param slug  the ASCII name of its report files and page folders, e.g. {@code jiaoyuju}
 * @param name  its Chinese name
 * @param level the level or region it is grouped under on year pages
 * @param since    the first reporting year it is expected to report for, or 0 for every year
 * @param deadline the day of the following year by which its report must be published
 * @param xxgkDeadline the day of the following year by which its body's 政府信息公开工作年度报告 must be published
 */
public record Site(String slug, String name, String level, int since, java.time.MonthDay deadline,
        java.time.MonthDay xxgkDeadline) {

    /** A site whose body is a department: its 政府信息公开工作年度报告 by 31 January. */
    public Site(String slug, String name, String level, int since, java.time.MonthDay deadline) {
        this(slug, name, level, since, deadline, NATIONAL_DEADLINE);
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
