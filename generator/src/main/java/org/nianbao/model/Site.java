package org.nianbao.model;

/**
 * A website expected to report, as listed in {@code site.yaml}.
 *
 * @param slug  the ASCII name of its report files and page folders, e.g. {@code jiaoyuju}
 * @param name  its Chinese name
 * @param level the level or region it is grouped under on year pages
 * @param since the first reporting year it is expected to report for, or 0 for every year
 */
public record Site(String slug, String name, String level, int since) {

    public boolean expectedIn(int year) {
        return year >= since;
    }
}
