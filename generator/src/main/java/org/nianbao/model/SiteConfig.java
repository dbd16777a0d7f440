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
 * @param allowRawHtml whether raw HTML in narratives is kept (off by default: it is escaped)
 * @param deadline     发布期限: the day of the following year by which reports must be published
 * @param chartFont    图表字体: the site's own chart font, a path relative to the source folder; empty for the theme's
 * @param portal       the hosting portal's name and the footer's links
 * @param chartPng1x   图表一倍图: whether each chart also gets its 1x PNG (off by default: the 2x one only)
 * @param catalog      the 政府信息公开目录 entries every report gets unless it gives its own (索引号格式 …)
 */
public record SiteConfig(String title, String sponsor, String idCode, String icp, String psb, String intro,
        List<String> levels, List<Site> sites, boolean allowRawHtml, java.time.MonthDay deadline, String chartFont,
        Portal portal, boolean chartPng1x, Catalog.Defaults catalog) {

    public SiteConfig {
        levels = List.copyOf(levels);
        sites = List.copyOf(sites);
    }

    public SiteConfig(String title, String sponsor, String idCode, String icp, String psb, String intro,
            List<String> levels, List<Site> sites, boolean allowRawHtml, java.time.MonthDay deadline, String chartFont,
            Portal portal, boolean chartPng1x) {
        this(title, sponsor, idCode, icp, psb, intro, levels, sites, allowRawHtml, deadline, chartFont, portal,
                chartPng1x, Catalog.Defaults.NONE);
    }

    /** The guide's paragraphs: split at blank lines, lines joined without spaces as Chinese text is. */
    public List<String> introParagraphs() {
        return java.util.Arrays.stream(intro.split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", ""))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public Optional<Site> site(String slug) {
        return sites.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }
}
