package org.nianbao.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Column;
import org.nianbao.plan.ColumnLayout;
import org.nianbao.render.Pages.Common;
import org.nianbao.render.Views.Link;

/** Renders a page's record with its template, adding what the layout reads ({@link Common}). */
final class PageWriter {
    private final Templates templates;
    private final ColumnLayout layout;
    private final Column column;
    private final Map<String, String> assets;
    private final List<Link> years;

    /** @param assets the theme's assets by name → their fingerprinted paths */
    PageWriter(Templates templates, ColumnLayout layout, Column column, Map<String, String> assets) {
        this.templates = templates;
        this.layout = layout;
        this.column = column;
        this.assets = Map.copyOf(assets);
        this.years = column.allYears().stream().map(y -> new Link(y + "年度", layout.year(y))).toList();
    }

    void write(PageSink sink, String path, Pages.Page page) {
        sink.write(path, html(path, page).getBytes(StandardCharsets.UTF_8));
    }

    String html(String path, Pages.Page page) {
        Common common = new Common(column.config(), ColumnLayout.root(path), assets, years, layout.canonical(path),
                layout.domain(), ColumnLayout.HOME, ColumnLayout.SEARCH_PAGE, ColumnLayout.EMBED_PAGE,
                ColumnLayout.FEED, ColumnLayout.SITEMAP_PAGE);
        return templates.render(common, page);
    }

    /** A template that is not a page, such as the homepage box. */
    String fragment(String template, Record values) {
        return templates.render(template, values);
    }
}
