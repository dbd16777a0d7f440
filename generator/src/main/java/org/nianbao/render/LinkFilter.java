package org.nianbao.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.nianbao.xml.Xml;

/**
 * The templates' filter {@code link}: a web address (http or https) as a link whose text may wrap after
 * each of its separators, so that a narrow table column on a phone breaks {@code https://jyj.shili.gov.cn/}
 * between its parts instead of mid-word; any other value ("无", "—") as plain escaped text.
 */
final class LinkFilter implements Filter {
    /** After these a line may break; not inside "//". */
    private static final String SEPARATORS = "/.?&=#-_";

    @Override
    public List<String> getArgumentNames() {
        return null; // no arguments
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
            int lineNumber) {
        if (input == null) {
            return null;
        }
        String text = input.toString();
        if (!text.regionMatches(true, 0, "http://", 0, 7) && !text.regionMatches(true, 0, "https://", 0, 8)) {
            return text; // escaped by the templates' auto-escaping
        }
        return new SafeString("<a href=\"" + Xml.escape(text) + "\">" + wrappable(text) + "</a>");
    }

    /** The escaped text with a {@code <wbr>} after each separator that another character follows. */
    static String wrappable(String text) {
        StringBuilder s = new StringBuilder();
        int from = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) != '/') {
                s.append(Xml.escape(text.substring(from, i + 1))).append("<wbr>");
                from = i + 1;
            }
        }
        return s.append(Xml.escape(text.substring(from))).toString();
    }
}
