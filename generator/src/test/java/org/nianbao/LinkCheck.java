package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that a built column is self-contained: no URL in a page or stylesheet starts with /, nothing
 * is loaded from outside the folder (pages may link out with http, https and mailto), and every
 * internal link, resource and #fragment resolves.
 */
final class LinkCheck {
    private static final List<String> ATTRIBUTES = List.of("href", "src", "srcset", "action", "poster", "data");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    /** What was found: the problems, and how many pages and URLs were looked at. */
    record Result(List<String> problems, int pages, int urls) {
    }

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private int urls;

    private LinkCheck(Path root) {
        this.root = root;
    }

    static Result run(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        LinkCheck check = new LinkCheck(root);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int pages = 0;
        for (Path file : files) {
            if (file.toString().endsWith(".html")) {
                check.page(file);
                pages++;
            } else if (file.toString().endsWith(".css")) {
                check.stylesheet(file);
            }
        }
        return new Result(List.copyOf(check.problems), pages, check.urls);
    }

    private void page(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile());
        for (Element el : doc.select("[href], [src], [srcset], [action], [poster], [data]")) {
            for (String attr : ATTRIBUTES) {
                if (!el.hasAttr(attr)) {
                    continue;
                }
                boolean navigation = el.tagName().equals("a") && attr.equals("href");
                // srcset holds candidates "url 1x, url 2x": each URL is checked.
                List<String> values = attr.equals("srcset")
                        ? Stream.of(el.attr(attr).split(",")).map(c -> c.strip().split("\\s+")[0]).toList()
                        : List.of(el.attr(attr));
                for (String url : values) {
                    check(page, url, navigation, "<" + el.tagName() + " " + attr + "=\"" + url + "\">");
                }
            }
        }
    }

    private void stylesheet(Path css) throws IOException {
        Matcher m = CSS_URL.matcher(Files.readString(css));
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            check(css, url, false, "url(" + url + ")");
        }
    }

    private void check(Path from, String url, boolean navigation, String what) throws IOException {
        urls++;
        String where = root.relativize(from).toString().replace('\\', '/') + ": " + what;
        if (url.startsWith("/") || url.startsWith("\\")) {
            problems.add(where + " starts with /");
        } else if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            boolean linkOut = navigation && url.matches("(?i)^(https?|mailto):.*");
            boolean inline = !navigation && url.regionMatches(true, 0, "data:", 0, 5);
            if (!linkOut && !inline) {
                problems.add(where + " leaves the folder");
            }
        } else if (!resolves(from, url)) {
            problems.add(where + " does not resolve");
        }
    }

    private boolean resolves(Path from, String url) throws IOException {
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        Path target = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            return false;
        }
        if (fragment.isEmpty() || !target.toString().endsWith(".html")) {
            return true;
        }
        return Jsoup.parse(target.toFile()).getElementById(fragment) != null;
    }
}
