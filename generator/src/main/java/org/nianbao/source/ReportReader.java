package org.nianbao.source;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.Figure;
import org.nianbao.form.FigureReader;
import org.nianbao.form.FormDefinition;
import org.nianbao.model.Report;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one report file {@code reports/<year>/<site>.md}: its front matter figures and its narrative. */
public final class ReportReader {
    static final String YEAR = "年度";
    static final String PUBLISHED = "发布日期";

    private ReportReader() {
    }

    /**
     * @param relative the file's path relative to the source folder, e.g. {@code reports/2023/jiaoyuju.md}
     * @return the report, or {@code null} when it has errors (reported to {@code d})
     */
    public static Report read(Path file, String relative, int folderYear, SiteConfig config, FormDefinition form,
            long maxBytes, Diagnostics d) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        Site site = config.site(slug).orElse(null);
        if (site == null) {
            d.error(0, 0, "", "网站代号“" + slug + "”不在 site.yaml 的“网站”列表中；请先在 site.yaml 中登记该网站，或更正文件名");
            return null;
        }
        String text = SourceText.read(file, maxBytes, d);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            d.error(0, 0, "", "文件为空：应以 --- 开头填写报表数据，再写年度工作情况");
            return null;
        }
        FrontMatter fm = FrontMatter.split(text);
        if (fm.yaml() == null) {
            d.error(1, 1, "", "缺少报表数据：文件应以单独一行 --- 开头，填写各项数据后再以一行 --- 结束");
            return null;
        }
        YamlDocument doc = YamlDocument.compose(fm.yaml(), fm.yamlLineOffset(), d);
        if (doc == null) {
            return null;
        }
        if (!(doc.root() instanceof MappingNode root)) {
            d.error(2, 1, "", "报表数据应为“项目: 数值”形式");
            return null;
        }
        Integer year = null;
        LocalDate published = null;
        boolean sawYear = false;
        boolean sawPublished = false;
        List<NodeTuple> sections = new ArrayList<>();
        for (NodeTuple t : root.getValue()) {
            String key = YamlDocument.key(t);
            Node v = t.getValueNode();
            if (key.equals(YEAR) || key.equals("year")) {
                sawYear = true;
                year = year(v, doc, folderYear, d);
            } else if (key.equals(PUBLISHED) || key.equals("published")) {
                sawPublished = true;
                published = date(v, doc, d);
            } else {
                sections.add(t);
            }
        }
        if (!sawYear) {
            d.error(2, 1, YEAR, "缺少此项，应填写报表所属年度，如 " + folderYear);
        }
        if (!sawPublished) {
            d.error(2, 1, PUBLISHED, "缺少此项，应填写本报表在网站上的发布日期，如 " + (folderYear + 1) + "-01-20");
        }
        Map<String, Figure> figures = FigureReader.read(form, doc, sections, root, d);
        if (d.hasErrors()) {
            return null;
        }
        return new Report(relative, site, year, published, form, figures, fm.body());
    }

    private static Integer year(Node v, YamlDocument doc, int folderYear, Diagnostics d) {
        String text = v instanceof ScalarNode s ? s.getValue().strip() : "";
        if (!text.matches("[0-9]{4}")) {
            d.error(doc.line(v), doc.column(v), YEAR, "填写为“" + text + "”，应为四位年份，如 " + folderYear);
            return null;
        }
        int year = Integer.parseInt(text);
        if (year != folderYear) {
            d.error(doc.line(v), doc.column(v), YEAR, "填写为 " + year + "，但文件在 reports/" + folderYear
                    + "/ 文件夹中；请更正年度，或把文件移到 reports/" + year + "/");
            return null;
        }
        return year;
    }

    private static LocalDate date(Node v, YamlDocument doc, Diagnostics d) {
        String text = v instanceof ScalarNode s ? s.getValue().strip() : "";
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // explained below
        }
        d.error(doc.line(v), doc.column(v), PUBLISHED, "填写为“" + text + "”，应为日期，格式为 YYYY-MM-DD，如 2024-01-20");
        return null;
    }
}
