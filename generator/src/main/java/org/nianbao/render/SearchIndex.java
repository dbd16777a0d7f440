package org.nianbao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Column;
import org.nianbao.model.Report;

/**
 * The search index: every report's title, site, year, address and the start of its narrative, as a
 * script ({@code search/index.js}) so that it loads from {@code file://} too, where fetch() cannot.
 */
final class SearchIndex {
    /** Characters of narrative kept per report: enough to find a report by what it did, small at province scale. */
    static final int EXCERPT = 160;

    private SearchIndex() {
    }

    static String of(Column column, Markdown markdown) {
        List<Object> docs = new ArrayList<>();
        for (Report r : column.reports()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("t", r.title());
            d.put("s", r.site().name());
            d.put("y", r.year());
            d.put("u", Links.report(r.year(), r.site().slug()));
            d.put("x", excerptOf(r.body(), markdown));
            docs.add(d);
        }
        // Json escapes <, > and & so the data cannot close the script element
        return "window.NIANBAO_SEARCH = " + Json.write(docs).strip() + ";\n";
    }

    /**
     * The excerpt of a narrative, parsing only as much of it as the excerpt needs: a province's
     * narratives parsed in full cost seconds, and an edit rebuilds this index. The text is cut at a
     * blank line, where every Markdown block but a fence or an HTML block ends (and those keep their
     * text when left open), so the cut's plain text starts as the whole text does. Only a link
     * reference definition, which may come after the link it serves, needs the whole narrative.
     */
    static String excerptOf(String body, Markdown markdown) {
        if (!REFERENCE_DEFINITION.matcher(body).find()) {
            for (int from = 512; from < body.length(); from *= 4) {
                int cut = body.indexOf("\n\n", from);
                if (cut < 0) {
                    break;
                }
                String text = excerpt(markdown.plainText(body.substring(0, cut)));
                if (text.codePointCount(0, text.length()) >= EXCERPT) {
                    return text;
                }
            }
        }
        return excerpt(markdown.plainText(body));
    }

    private static final java.util.regex.Pattern REFERENCE_DEFINITION =
            java.util.regex.Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:");

    /** The first {@link #EXCERPT} characters (code points, not words: Chinese has no spaces). */
    static String excerpt(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= EXCERPT ? t : t.substring(0, t.offsetByCodePoints(0, EXCERPT));
    }
}
