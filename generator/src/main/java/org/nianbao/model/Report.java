package org.nianbao.model;

import java.time.LocalDate;
import java.util.Map;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;

/**
 * One published 《政府网站工作年度报表》 of one site for one year.
 *
 * @param file      source path relative to the source folder
 * @param published 发布日期: when the site published it
 * @param figures   by row path, in the form's order
 * @param body      the narrative, as Markdown
 */
public record Report(String file, Site site, int year, LocalDate published, FormDefinition form,
        Map<String, Figure> figures, String body) {

    public Report {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** The title used by portals: 示例市教育局政府网站工作年度报表（2023年度）. */
    public String title() {
        return site.name() + form.title() + "（" + year + "年度）";
    }
}
