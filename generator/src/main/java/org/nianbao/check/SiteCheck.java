package org.nianbao.check;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.MonthDay;
import java.util.regex.Pattern;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.model.Portal;
import org.nianbao.model.Site;
import org.nianbao.model.SiteConfig;
import org.nianbao.source.ColumnSources;
import org.nianbao.source.Invisible;
import org.nianbao.source.SourceFiles;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Checks {@code site.yaml} as parsed: the column's title, the portal's facts, levels and the sites expected to report. */
public final class SiteCheck {
    /** Slugs name folders and files: plain ASCII, so that no path can be smuggled in. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");


    private static final List<String> KEYS = List.of("栏目名称", "主办单位", "网站标识码", "ICP备案号", "公安机关备案号",
            "简介", "层级", "网站", "机关", "允许原始HTML", "发布期限", "图表字体", "门户网站名称", "联系我们", "找错地址",
            "党政机关标识图片", "党政机关标识链接", "网站图标", "图表一倍图", "索引号格式", "索引号", "信息公开年报分类",
            "年度报表分类");
    private static final Pattern FONT_FILE = Pattern.compile("(?i).+\\.(ttf|otf|ttc)");
    private static final List<String> SITE_KEYS = List.of("代号", "名称", "层级", "起始年度", "发布期限", "本级政府",
            "信息公开年报期限", "机关名称");
    /** A 机关 has no website: no 层级, no 年度报表 and so no 发布期限. */
    private static final List<String> AGENCY_KEYS = List.of("代号", "名称", "起始年度", "本级政府", "信息公开年报期限");

    private final YamlDocument doc;
    private final Diagnostics d;
    private final SourceFiles files;

    private SiteCheck(YamlDocument doc, Diagnostics d, SourceFiles files) {
        this.doc = doc;
        this.d = d;
        this.files = files;
    }

    /** Reads and checks {@code sourceDir/site.yaml}; returns {@code null} when it has errors (reported to {@code d}). */
    public static SiteConfig read(Path sourceDir, long maxBytes, Diagnostics d) {
        SourceFiles files = new SourceFiles(sourceDir);
        YamlDocument doc = ColumnSources.site(files, maxBytes, d);
        SiteConfig config = doc == null ? null : check(doc, files, d);
        if (!files.refused().isEmpty()) {
            files.refused().forEach(r -> d.error(0, 0, "", r.file() + " " + SourceFiles.LINK));
            return null;
        }
        return config;
    }

    /**
     * Binds {@code site.yaml} as parsed; {@code files} answers whether the files it names exist.
     * Returns {@code null} when it has errors (reported to {@code d}).
     */
    public static SiteConfig check(YamlDocument doc, SourceFiles files, Diagnostics d) {
        if (!(doc.root() instanceof MappingNode root)) {
            d.error(1, 1, "", "site.yaml 应为“键: 值”形式的配置，可填写：" + String.join("、", KEYS));
            return null;
        }
        SiteConfig config = new SiteCheck(doc, d, files).config(root);
        return d.hasErrors() ? null : config;
    }

    private SiteConfig config(MappingNode root) {
        Map<String, NodeTuple> map = entries(root, KEYS, "");
        MonthDay deadline = deadline(map, "发布期限", "发布期限", Site.NATIONAL_DEADLINE);
        String title = text(map, "栏目名称", true);
        String sponsor = text(map, "主办单位", true);
        List<String> levels = new ArrayList<>();
        NodeTuple levelsNode = map.get("层级");
        if (levelsNode == null) {
            d.error(1, 1, "层级", "缺少此项：请列出年度报表分组的层级或地区，如 [市政府门户网站, 市政府部门网站, 区县政府门户网站]");
        } else {
            for (Node n : sequence(levelsNode, "层级")) {
                String level = scalar(n, "层级");
                if (level != null && !levels.contains(level)) {
                    levels.add(level);
                } else if (level != null) {
                    d.error(doc.line(n), doc.column(n), "层级", "“" + level + "”重复");
                }
            }
        }
        List<Site> sites = new ArrayList<>();
        NodeTuple sitesNode = map.get("网站");
        if (sitesNode == null) {
            d.error(1, 1, "网站", "缺少此项：请列出应发布年度报表的网站（代号、名称、层级）");
        } else {
            Set<String> slugs = new HashSet<>();
            for (Node n : sequence(sitesNode, "网站")) {
                Site site = site(n, levels, deadline);
                if (site != null && !slugs.add(site.slug())) {
                    d.error(doc.line(n), doc.column(n), "网站/代号", "代号“" + site.slug() + "”重复");
                } else if (site != null) {
                    sites.add(site);
                }
            }
        }
        List<Site> agencies = new ArrayList<>();
        NodeTuple agenciesNode = map.get("机关");
        if (agenciesNode != null) {
            Set<String> slugs = new HashSet<>();
            sites.forEach(s -> slugs.add(s.slug()));
            for (Node n : sequence(agenciesNode, "机关")) {
                Site agency = agency(n);
                if (agency != null && !slugs.add(agency.slug())) {
                    boolean aSite = sites.stream().anyMatch(s -> s.slug().equals(agency.slug()));
                    d.error(doc.line(n), doc.column(n), "机关/代号", "代号“" + agency.slug() + "”重复"
                            + (aSite ? "：已是“网站”中一个网站的代号；有网站的机关在“网站”中登记即可，不必再列入“机关”" : ""));
                } else if (agency != null) {
                    agencies.add(agency);
                }
            }
        }
        return new SiteConfig(title, sponsor, text(map, "网站标识码", false), text(map, "ICP备案号", false),
                text(map, "公安机关备案号", false), text(map, "简介", false), levels, sites, agencies, yes(map, "允许原始HTML"),
                deadline, chartFont(map), portal(map, title), yes(map, "图表一倍图"), catalog(map));
    }

    /**
     * 政府信息公开目录: 索引号格式 (a regular expression every 索引号 must match), 索引号 (the template of a
     * report that gives none, with {年度} and {代号}), and the 分类 of each kind of report.
     */
    private org.nianbao.model.Catalog.Defaults catalog(Map<String, NodeTuple> map) {
        Pattern pattern = null;
        String regex = text(map, "索引号格式", false);
        if (!regex.isEmpty()) {
            try {
                pattern = Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                Node v = map.get("索引号格式").getValueNode();
                d.error(doc.line(v), doc.column(v), "索引号格式", "“" + regex + "”不是有效的正则表达式（" + e.getDescription()
                        + "），应如 ^[0-9]{9}-[0-9]{4}-[0-9]{4}$");
            }
        }
        String template = text(map, "索引号", false);
        if (!template.isEmpty() && !template.contains("{年度}")) {
            Node v = map.get("索引号").getValueNode();
            d.error(doc.line(v), doc.column(v), "索引号", "填写为“" + template + "”：各报告的索引号不同，模板应含 {年度}"
                    + "（可再含 {代号}），如 000014349-{年度}-0001；或在各报告中填写“索引号”");
        }
        String xxgk = text(map, "信息公开年报分类", false);
        String report = text(map, "年度报表分类", false);
        return new org.nianbao.model.Catalog.Defaults(pattern, template,
                xxgk.isEmpty() ? org.nianbao.model.Catalog.Defaults.XXGK_CATEGORY : xxgk,
                report.isEmpty() ? org.nianbao.model.Catalog.Defaults.REPORT_CATEGORY : report);
    }

    /** A 是/否 key, 否 when absent. */
    private boolean yes(Map<String, NodeTuple> map, String key) {
        String raw = text(map, key, false);
        if (!raw.isEmpty() && !raw.equals("是") && !raw.equals("否")) {
            NodeTuple t = map.get(key);
            d.error(doc.line(t.getValueNode()), doc.column(t.getValueNode()), key, "应为“是”或“否”");
        }
        return raw.equals("是");
    }

    /** The portal's name and footer links; the 找错 address defaults to the national platform's. */
    private Portal portal(Map<String, NodeTuple> map, String title) {
        String name = text(map, "门户网站名称", false);
        String idCode = text(map, "网站标识码", false);
        String errorReport = map.containsKey("找错地址") ? url(map, "找错地址") : Portal.ERROR_REPORT;
        if (!errorReport.isEmpty() && errorReport.contains("{标识码}") && idCode.isEmpty()) {
            errorReport = ""; // the platform needs the site's 标识码
        }
        return new Portal(name.isEmpty() ? title : name, url(map, "联系我们"), errorReport.replace("{标识码}", idCode),
                columnFile(map, "党政机关标识图片"), url(map, "党政机关标识链接"), columnFile(map, "网站图标"));
    }

    /** An address for a link: http, https or mailto. */
    private String url(Map<String, NodeTuple> map, String key) {
        String url = text(map, key, false);
        if (!url.isEmpty() && !url.matches("(?i)(https?://[^\\s]+|mailto:[^\\s]+)")) {
            Node n = map.get(key).getValueNode();
            d.error(doc.line(n), doc.column(n), key, "“" + url + "”不可用：应为 http://、https:// 或 mailto: 开头的地址");
            return "";
        }
        return url;
    }

    /** A file the column serves from static/, e.g. static/favicon.ico. */
    private String columnFile(Map<String, NodeTuple> map, String key) {
        String file = text(map, key, false);
        if (file.isEmpty()) {
            return "";
        }
        Node n = map.get(key).getValueNode();
        String normal;
        try {
            normal = Path.of(file).normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            normal = "";
        }
        if (!file.startsWith("static/") || !normal.equals(file) || !files.exists(file)
                || Files.isDirectory(files.root().resolve(file), LinkOption.NOFOLLOW_LINKS)) {
            d.error(doc.line(n), doc.column(n), key, "找不到文件“" + file + "”：应为 static/ 文件夹中的文件，如 static/"
                    + (key.equals("网站图标") ? "favicon.ico" : "dzjg.png") + "（路径相对于源文件夹）");
            return "";
        }
        return file;
    }

    /** 图表字体: a font file inside the source folder, e.g. fonts/my-font.ttf. */
    private String chartFont(Map<String, NodeTuple> map) {
        String font = text(map, "图表字体", false);
        if (font.isEmpty()) {
            return "";
        }
        Node n = map.get("图表字体").getValueNode();
        Path sourceDir = files.root();
        Path file = sourceDir.resolve(font).normalize();
        if (!FONT_FILE.matcher(font).matches() || !file.startsWith(sourceDir) || font.startsWith("/")) {
            d.error(doc.line(n), doc.column(n), "图表字体",
                    "“" + font + "”不可用：应为源文件夹中的字体文件（.ttf、.otf 或 .ttc），路径相对于源文件夹，如 fonts/my-font.ttf");
            return "";
        }
        String relative = sourceDir.relativize(file).toString().replace('\\', '/');
        if (files.exists(relative) && files.refusedLink(relative)) {
            return ""; // reported by files, at the link
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            d.error(doc.line(n), doc.column(n), "图表字体", "找不到字体文件 " + font + "（路径相对于源文件夹）");
            return "";
        }
        return relative;
    }

    private Site site(Node n, List<String> levels, MonthDay columnDeadline) {
        if (!(n instanceof MappingNode m)) {
            d.error(doc.line(n), doc.column(n), "网站", "每个网站应填写 代号、名称、层级");
            return null;
        }
        Map<String, NodeTuple> map = entries(m, SITE_KEYS, "网站");
        List<String> missing = List.of("代号", "名称", "层级").stream().filter(k -> !map.containsKey(k)).toList();
        if (!missing.isEmpty()) { // at the site's entry, not at the top of the file
            d.error(doc.line(n), doc.column(n), "网站", "每个网站应填写 代号、名称、层级，此项缺少 " + String.join("、", missing));
            return null;
        }
        String slug = entryText(map, "网站", "代号");
        String name = entryText(map, "网站", "名称");
        String level = entryText(map, "网站", "层级");
        if (slug.isEmpty() || name.isEmpty() || level.isEmpty() || !slugUsable(map, "网站", slug)) {
            return null; // reported
        }
        if (!levels.contains(level)) {
            Node ln = map.get("层级").getValueNode();
            d.error(doc.line(ln), doc.column(ln), "网站/层级", "“" + level + "”不在“层级”列表中：" + String.join("、", levels));
            return null;
        }
        Integer since = since(map, "网站", "该网站从哪一年度起应发布年度报表");
        if (since == null) {
            return null;
        }
        // 条例 第四十九条: a department's 政府信息公开工作年度报告 by 31 January, a government's own by 31 March
        boolean government = yes(map, "本级政府");
        String body = map.containsKey("机关名称") ? entryText(map, "网站", "机关名称") : Site.bodyOf(name);
        return new Site(slug, name, level, since, deadline(map, "发布期限", "网站/发布期限", columnDeadline),
                deadline(map, "信息公开年报期限", "网站/信息公开年报期限", Site.xxgkDeadline(government)), government, true,
                body.isEmpty() ? Site.bodyOf(name) : body);
    }

    /** A 机关 of 机关: a body without a website, publishing its 政府信息公开工作年度报告 on the portal. */
    private Site agency(Node n) {
        String expected = "每个机关应填写 代号、名称，如 { 代号: shenjiju, 名称: 示例市审计局 }";
        if (!(n instanceof MappingNode m)) {
            d.error(doc.line(n), doc.column(n), "机关", expected);
            return null;
        }
        Map<String, NodeTuple> map = entries(m, AGENCY_KEYS, "机关");
        List<String> missing = List.of("代号", "名称").stream().filter(k -> !map.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            d.error(doc.line(n), doc.column(n), "机关", expected + "，此项缺少 " + String.join("、", missing));
            return null;
        }
        String slug = entryText(map, "机关", "代号");
        String name = entryText(map, "机关", "名称");
        if (slug.isEmpty() || name.isEmpty() || !slugUsable(map, "机关", slug)) {
            return null; // reported
        }
        Integer since = since(map, "机关", "该机关从哪一年度起应发布政府信息公开工作年度报告");
        if (since == null) {
            return null;
        }
        boolean government = yes(map, "本级政府");
        return Site.agency(slug, name, since,
                deadline(map, "信息公开年报期限", "机关/信息公开年报期限", Site.xxgkDeadline(government)), government);
    }

    /** Whether a 代号 may name files and folders; else tells why at it, as {@code list}/代号. */
    private boolean slugUsable(Map<String, NodeTuple> map, String list, String slug) {
        Node slugNode = map.get("代号").getValueNode();
        if (!SLUG.matcher(slug).matches()) {
            d.error(doc.line(slugNode), doc.column(slugNode), list + "/代号",
                    "“" + slug + "”不可用：代号用作文件夹名，只能包含小写字母、数字和连字符，如 jiaoyuju");
            return false;
        }
        if (slug.equals(Site.SUPERVISION_SLUG)) {
            d.error(doc.line(slugNode), doc.column(slugNode), list + "/代号", "“" + Site.SUPERVISION_SLUG
                    + "”留作监管年度报表的页面名称，请换一个代号");
            return false;
        }
        return true;
    }

    /** 起始年度: 0 when absent (every year), {@code null} when it is no year (told, saying {@code what}). */
    private Integer since(Map<String, NodeTuple> map, String list, String what) {
        if (!map.containsKey("起始年度")) {
            return 0;
        }
        Node yn = map.get("起始年度").getValueNode();
        String text = entryText(map, list, "起始年度");
        if (!text.matches("(19|20)[0-9]{2}")) {
            d.error(doc.line(yn), doc.column(yn), list + "/起始年度", "填写为“" + text + "”，应为四位年份：" + what);
            return null;
        }
        return Integer.parseInt(text);
    }

    /** {@code key} (发布期限) as MM-DD of the year after the reporting year, e.g. 01-29; {@code fallback} when not given. */
    private MonthDay deadline(Map<String, NodeTuple> map, String key, String subject, MonthDay fallback) {
        NodeTuple t = map.get(key);
        if (t == null) {
            return fallback;
        }
        Node v = t.getValueNode();
        String text = v instanceof ScalarNode s ? s.getValue().strip() : "";
        try {
            if (text.matches("[0-9]{2}-[0-9]{2}")) {
                return MonthDay.parse("--" + text);
            }
        } catch (java.time.DateTimeException e) {
            // explained below
        }
        d.error(doc.line(v), doc.column(v), subject, "填写为“" + text + "”，应为次年的月-日，如 01-29（默认 "
                + String.format("%02d-%02d", fallback.getMonthValue(), fallback.getDayOfMonth()) + "）");
        return fallback;
    }

    private Map<String, NodeTuple> entries(MappingNode m, List<String> keys, String where) {
        Map<String, NodeTuple> map = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = YamlDocument.key(t);
            if (keys.contains(key)) {
                map.put(key, t);
            } else {
                Node k = t.getKeyNode();
                d.error(doc.line(k), doc.column(k), where, "未知的配置项“" + key + "”，可填写：" + String.join("、", keys));
            }
        }
        return map;
    }

    private String text(Map<String, NodeTuple> map, String key, boolean required) {
        NodeTuple t = map.get(key);
        if (t == null) {
            if (required) {
                d.error(1, 1, key, "缺少此项");
            }
            return "";
        }
        String s = scalar(t.getValueNode(), key);
        return s == null ? "" : s;
    }

    /** An entry's {@code key}, present in {@code map}; problems name it as list/key (网站/代号). */
    private String entryText(Map<String, NodeTuple> map, String list, String key) {
        String s = scalar(map.get(key).getValueNode(), list + "/" + key);
        return s == null ? "" : s;
    }

    private String scalar(Node n, String subject) {
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            String invisible = Invisible.describe(s.getValue());
            if (invisible != null) {
                d.error(doc.line(n), doc.column(n), subject, "填写为“" + s.getValue().strip() + "”，" + invisible);
            }
            return s.getValue().strip();
        }
        d.error(doc.line(n), doc.column(n), subject, "应填写文字");
        return null;
    }

    private List<Node> sequence(NodeTuple t, String subject) {
        if (t.getValueNode() instanceof SequenceNode s) {
            return s.getValue();
        }
        d.error(doc.line(t.getValueNode()), doc.column(t.getValueNode()), subject, "应为列表（每项以 - 开头）");
        return List.of();
    }
}
