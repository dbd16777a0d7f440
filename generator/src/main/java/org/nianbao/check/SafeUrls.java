package org.nianbao.check;

import java.util.Locale;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * What URLs a narrative may use. Links: http, https, mailto and page-relative paths. Images: only
 * page-relative paths, since a government page must load nothing from outside its folder.
 * Root-relative paths ({@code /x}, {@code //host/x}) break under a CMS sub-path and are dropped too.
 */
public final class SafeUrls implements UrlSanitizer {

    @Override
    public String sanitizeLinkUrl(String url) {
        String scheme = scheme(url);
        if (scheme == null) {
            return isPageRelative(url) ? url : "";
        }
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return scheme(url) == null && isPageRelative(url) ? url : "";
    }

    private static boolean isPageRelative(String url) {
        String u = url.strip();
        return !u.startsWith("/") && !u.startsWith("\\");
    }

    /** The URL's scheme in lower case, or {@code null} when it has none; control characters are ignored, as browsers do. */
    private static String scheme(String url) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ') {
                continue;
            }
            if (c == ':') {
                return s.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            s.append(c);
        }
        return null;
    }
}
