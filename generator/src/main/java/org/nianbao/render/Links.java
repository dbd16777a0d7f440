package org.nianbao.render;

/**
 * Page-relative links, so that the column works under any path of any CMS and from {@code file://}.
 * Every page lives at {@code <folder>/index.html}; links name {@code index.html} explicitly.
 */
final class Links {
    private Links() {
    }

    /** The prefix from page {@code path} back to the column's root: {@code ""}, {@code "../"} … */
    static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** 网站地图: the column's pages as a page, which the footer links. */
    static final String SITEMAP_PAGE = "sitemap/index.html";

    static String year(int year) {
        return year + "/index.html";
    }

    static String report(int year, String slug) {
        return year + "/" + slug + "/index.html";
    }

    /** A year's chart gallery, beside the charts it shows: under charts/, where no report or site page is. */
    static String gallery(int year) {
        return "charts/" + year + "/index.html";
    }

    static String site(String slug) {
        return "sites/" + slug + "/index.html";
    }
}
