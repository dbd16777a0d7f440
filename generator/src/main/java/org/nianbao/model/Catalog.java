package org.nianbao.model;

import java.util.regex.Pattern;

/**
 * 政府信息公开目录: what portals list above a document's title (索引号, 分类, 发布机构, 发文日期, 文号,
 * 有效性), from the report's front matter, else {@link Defaults} from site.yaml. 发文日期 is the report's
 * 发布日期.
 *
 * @param index     索引号, or "" when neither the report nor site.yaml gives one
 * @param category  分类: 政府信息公开年报, 年度报表 …
 * @param publisher 发布机构: the body's name unless the report names another
 * @param number    文号, or "" (most reports have none)
 * @param validity  有效性
 */
public record Catalog(String index, String category, String publisher, String number, String validity) {
    /** A report read without its catalog (tests, imports). */
    public static final Catalog NONE = new Catalog("", "", "", "", "");

    /**
     * What site.yaml gives every report.
     *
     * @param indexPattern  索引号格式: what every 索引号 must match, or null
     * @param indexTemplate 索引号: the 索引号 of a report that gives none, with {年度} and {代号} filled in; may be ""
     * @param xxgkCategory  信息公开年报分类: the 分类 of a 政府信息公开工作年度报告
     * @param reportCategory 年度报表分类: the 分类 of a 年度报表
     */
    public record Defaults(Pattern indexPattern, String indexTemplate, String xxgkCategory, String reportCategory) {
        public static final String XXGK_CATEGORY = "政府信息公开年报";
        public static final String REPORT_CATEGORY = "年度报表";
        public static final Defaults NONE = new Defaults(null, "", XXGK_CATEGORY, REPORT_CATEGORY);

        /** The 索引号 the template gives a body's report of a year, or "". */
        public String index(int year, String slug) {
            return indexTemplate.replace("{年度}", Integer.toString(year)).replace("{代号}", slug);
        }
    }
}
