package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML a narrative keeps when its site opts in (允许原始HTML: 是): webmasters turn it on for
 * merged table cells and images, so tables with spans, images from the column, links with safe schemes
 * and basic formatting stay; scripts, frames, styles, event handlers and everything else are dropped.
 * The allow-list is jsoup's {@link Safelist}; URLs follow the rules of Markdown links and images.
 */
public final class RawHtml {
    /** The tags a writer may use, and the attributes each may carry. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("table", List.of()), Map.entry("caption", List.of()), Map.entry("thead", List.of()),
            Map.entry("tbody", List.of()), Map.entry("tfoot", List.of()), Map.entry("tr", List.of()),
            Map.entry("th", List.of("colspan", "rowspan", "scope")), Map.entry("td", List.of("colspan", "rowspan")),
            Map.entry("img", List.of("src", "alt", "width", "height", "title")), Map.entry("a", List.of("href", "title")),
            Map.entry("p", List.of()), Map.entry("br", List.of()), Map.entry("strong", List.of()),
            Map.entry("em", List.of()), Map.entry("b", List.of()), Map.entry("i", List.of()), Map.entry("u", List.of()),
            Map.entry("sub", List.of()), Map.entry("sup", List.of()), Map.entry("ul", List.of()),
            Map.entry("ol", List.of("start")), Map.entry("li", List.of()), Map.entry("blockquote", List.of()),
            Map.entry("h3", List.of()), Map.entry("h4", List.of()), Map.entry("h5", List.of()), Map.entry("h6", List.of()),
            Map.entry("span", List.of()), Map.entry("div", List.of()),
            Map.entry("pre", List.of()), Map.entry("code", List.of()), Map.entry("hr", List.of()));

    /**
     * What Markdown itself writes beyond {@link #ALLOWED}, kept without a word: heading anchors, code
     * languages, column alignment, links marked nofollow.
     */
    private static final Map<String, List<String>> MARKDOWN_WRITES = Map.of(
            "h3", List.of("id"), "h4", List.of("id"), "h5", List.of("id"), "h6", List.of("id"),
            "code", List.of("class"), "th", List.of("align"), "td", List.of("align"), "a", List.of("rel"));

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,3}");

    /** Attribute values that must have a form, with the form in Chinese. */
    private static final Map<String, Value> VALUES = Map.of(
            "colspan", new Value(NUMBER, "正整数"), "rowspan", new Value(NUMBER, "正整数"),
            "width", new Value(NUMBER, "正整数"), "height", new Value(NUMBER, "正整数"),
            "start", new Value(NUMBER, "正整数"),
            "scope", new Value(Pattern.compile("row|col|rowgroup|colgroup"), "row、col、rowgroup 或 colgroup"),
            "align", new Value(Pattern.compile("left|center|right"), "left、center 或 right"),
            "id", new Value(Pattern.compile("h-[^\\s]*"), "标题的锚点"),
            "class", new Value(Pattern.compile("language-[^\\s]+"), "代码的语言"),
            "rel", new Value(Pattern.compile("nofollow"), "nofollow"));

    private record Value(Pattern form, String expected) {
    }

    private static final SafeUrls URLS = new SafeUrls();
    private static final Safelist SAFELIST = new CheckedValues();

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RawHtml() {
    }

    /** A narrative's HTML with everything outside the allow-list dropped (the text of a dropped tag stays, a script's does not). */
    public static String clean(String html) {
        Document doc = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
        doc.outputSettings(OUTPUT);
        doc.select("img:not([src])").remove(); // an image whose address was dropped would show as a broken frame
        doc.select("img:not([alt])").attr("alt", "");
        doc.select("li").stream().filter(li -> !li.parent().is("ul, ol")).forEach(Element::unwrap); // no list, no list item
        return doc.body().html();
    }

    /** A problem at a 1-based line and column of the raw HTML given to {@link #problems}. */
    record Problem(int line, int column, String message) {
    }

    /** What {@link #clean} drops from {@code html}, each where its tag starts. */
    static List<Problem> problems(String html) {
        List<Problem> found = new ArrayList<>();
        List<Element> written = new ArrayList<>();
        for (org.jsoup.nodes.Node n : Parser.htmlParser().setTrackPosition(true)
                .parseFragmentInput(html, new Element("body"), "")) {
            if (n instanceof Element e) {
                written.addAll(e.getAllElements());
            }
        }
        for (Element el : written) {
            Range.Position at = el.sourceRange().start();
            if (!at.isTracked()) {
                continue; // made up by the parser (a table's tbody), not written
            }
            String tag = el.normalName();
            if (!SAFELIST.isSafeTag(tag)) {
                found.add(new Problem(at.lineNumber(), at.columnNumber(),
                        "原始 HTML 中的 <" + tag + "> 已删除：正文的 HTML 只能用表格、图片、链接和基本排版标签"));
                continue;
            }
            for (Attribute a : el.attributes()) {
                String problem = attributeProblem(tag, el, a);
                if (problem != null) {
                    found.add(new Problem(at.lineNumber(), at.columnNumber(), problem));
                }
            }
        }
        return found;
    }

    private static String attributeProblem(String tag, Element el, Attribute a) {
        String key = a.getKey();
        if (SAFELIST.isSafeAttribute(tag, el, a)) {
            return null;
        }
        if (tag.equals("a") && key.equals("href")) {
            return NarrativeLint.droppedLink(a.getValue());
        }
        if (tag.equals("img") && key.equals("src")) {
            return NarrativeLint.droppedImage(a.getValue());
        }
        if (VALUES.containsKey(key) && allowedOn(tag).contains(key)) {
            return "原始 HTML 中 <" + tag + "> 的 " + key + "=\"" + a.getValue() + "\" 已删除：" + key + " 应为"
                    + VALUES.get(key).expected();
        }
        List<String> allowed = ALLOWED.get(tag);
        return "原始 HTML 中 <" + tag + "> 的 " + key + " 属性已删除：<" + tag + "> "
                + (allowed.isEmpty() ? "不能带属性" : "只能带 " + String.join("、", allowed));
    }

    private static List<String> allowedOn(String tag) {
        List<String> all = new ArrayList<>(ALLOWED.getOrDefault(tag, List.of()));
        all.addAll(MARKDOWN_WRITES.getOrDefault(tag, List.of()));
        return all;
    }

    /** jsoup's allow-list of tags and attributes, with the values and URLs checked as Markdown checks them. */
    private static final class CheckedValues extends Safelist {
        CheckedValues() {
            ALLOWED.keySet().stream().sorted().forEach(tag -> {
                addTags(tag);
                List<String> attributes = allowedOn(tag);
                if (!attributes.isEmpty()) {
                    addAttributes(tag, attributes.toArray(new String[0]));
                }
            });
        }

        @Override
        public boolean isSafeAttribute(String tag, Element el, Attribute a) {
            if (!super.isSafeAttribute(tag, el, a)) {
                return false;
            }
            String key = a.getKey();
            if (key.equals("href")) {
                return !URLS.sanitizeLinkUrl(a.getValue()).isEmpty();
            }
            if (key.equals("src")) {
                return !URLS.sanitizeImageUrl(a.getValue()).isEmpty();
            }
            Value v = VALUES.get(key);
            return v == null || v.form().matcher(a.getValue()).matches();
        }
    }
}
