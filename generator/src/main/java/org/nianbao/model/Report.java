package org.nianbao.model;

import java.time.LocalDate;
import java.util.Map;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;

/**
 * One published report for one year: a site's 《政府网站工作年度报表》, the region's
 * 《政府网站监管年度报表》 (then {@code site} stands for the column's owner), or the 政府信息公开工作年度报告
 * of a site's body ({@link FormDefinition#isXxgk()}).
 *
 * @param file      source path relative to the source folder
 * @param published 发布日期: when it was published
 * @param form      the form as the report's edition has it ({@link FormDefinition#edition()})
 * @param figures   by row path, in the form's order; computed figures are marked
 * @param body      the narrative, as Markdown
 * @param sourceHash SHA-256 of the source text: with the build's own inputs, it decides the report
 * @param catalog   its 政府信息公开目录 entries (索引号 …), as the front matter and site.yaml give them
 */
public record Report(String file, Site site, int year, LocalDate published, FormDefinition form,
        Map<String, Figure> figures, String body, String sourceHash, Catalog catalog) {

    public Report {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** A report without its 政府信息公开目录 entries. */
    public Report(String file, Site site, int year, LocalDate published, FormDefinition form,
            Map<String, Figure> figures, String body, String sourceHash) {
        this(file, site, year, published, form, figures, body, sourceHash, Catalog.NONE);
    }

    public boolean isSupervision() {
        return form.isSupervision();
    }

    /**
     * The title used by portals: 示例市教育局政府网站工作年度报表（2023年度）; a 政府信息公开工作年度报告 is its
     * body's: 示例市人民政府政府信息公开工作年度报告（2023年度）, not the portal website's.
     */
    public String title() {
        return (form.isXxgk() ? site.body() : site.name()) + form.title() + "（" + year + "年度）";
    }
}
