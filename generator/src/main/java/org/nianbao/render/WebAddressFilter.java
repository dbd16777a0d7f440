package org.nianbao.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.xml.Xml;

/**
 * The templates' filter {@code webAddress}: a web address (http or https) split where its text may wrap,
 * after each of its separators, so that a narrow table column on a phone breaks
 * {@code https://jyj.shili.gov.cn/} between its parts instead of mid-word; null for any other value
 * ("无", "—"). The {@code link} macro of {@code macros.peb} makes the link of it.
 */
final class WebAddressFilter implements Filter {
    /** After these a line may break; not inside "//". */
    private static final String SEPARATORS = "/.?&=#-_";

    /**
     * A web address, escaped as XML (as the column's other files escape text), for {@code | raw}.
     *
     * @param href  the whole address
     * @param parts the address in pieces, a line break allowed between two
     */
    public record WebAddress(String href, List<String> parts) {
    }

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
            return null;
        }
        return new WebAddress(Xml.escape(text), parts(text));
    }

    /** The escaped text cut after each separator that another character follows. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) != '/') {
                parts.add(Xml.escape(text.substring(from, i + 1)));
                from = i + 1;
            }
        }
        parts.add(Xml.escape(text.substring(from)));
        return parts;
    }
}
