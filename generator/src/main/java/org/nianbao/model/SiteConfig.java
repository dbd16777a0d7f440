package org.nianbao.model;

import java.util.List;
import java.util.Optional;

/**
 * What {@code site.yaml} says about the column and the portal that hosts it.
 *
 * @param title        栏目名称
 * @param sponsor      主办单位 of the portal
 * @param idCode       网站标识码 of the portal, may be empty
 * @param icp          ICP备案号, may be empty
 * @param psb          公安机关备案号, may be empty
 * @param intro        简介: the guide shown on the column's home page, may be empty
 * @param levels       levels or regions, in the order year pages list them
 * @param sites        the sites expected to report
 * @param agencies     机关: bodies without a website of their own, publishing their 政府信息公开工作年度报告 on the portal
 * @param allowRawHtml whether raw HTML in narratives is kept (off by default: it is escaped)
 * @param deadline     发布期限: the day of the following year by which reports must be published
 * @param chartFont    图表字体: the site's own chart font, a path relative to the source folder; empty for the theme's
 * @param portal       the hosting portal's name and the footer's links
 * @param chartPng1x   图表一倍图: whether each chart also gets its 1x PNG (off by default: the 2x one only)
 * @param catalog      the 政府信息公开目录 entries every report gets unless it gives its own (索引号格式 …)
 */
public record SiteConfig(String title, String sponsor, String idCode, String icp, String psb, String intro,
        List<String> levels, List<Site> sites, List<Site> agencies, boolean allowRawHtml, java.time.MonthDay deadline,
        String chartFont, Portal portal, boolean chartPng1x, Catalog.Defaults catalog) {

    public SiteConfig {
        levels = List.copyOf(levels);
        sites = List.copyOf(sites);
        agencies = List.copyOf(agencies);
    }

    /** The guide's paragraphs: split at blank lines, lines joined without spaces as Chinese text is. */
    public List<String> introParagraphs() {
        return java.util.Arrays.stream(intro.split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", ""))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** The website of 网站 with code {@code slug}. */
    public Optional<Site> site(String slug) {
        return sites.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The body with code {@code slug} that may report a 政府信息公开工作年度报告: a website's, or a 机关. */
    public Optional<Site> body(String slug) {
        return site(slug).or(() -> agencies.stream().filter(a -> a.slug().equals(slug)).findFirst());
    }

    /** Every body that may report a 政府信息公开工作年度报告: the websites, then the 机关, in site.yaml's order. */
    public List<Site> bodies() {
        List<Site> all = new java.util.ArrayList<>(sites);
        all.addAll(agencies);
        return List.copyOf(all);
    }
}
