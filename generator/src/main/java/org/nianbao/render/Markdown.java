package org.nianbao.render;

import org.nianbao.check.RawHtml;
import org.nianbao.check.SafeUrls;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a report's narrative. Raw HTML is escaped unless the site opts in, and then passes the
 * allow-list of {@link RawHtml}; links keep only http, https, mailto and relative URLs. Immutable and
 * safe to share between threads.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final org.commonmark.renderer.text.TextContentRenderer text;
    private final boolean allowRawHtml;

    public Markdown(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
        var extensions = List.of(TablesExtension.create(),
                HeadingAnchorExtension.builder().idPrefix("h-").defaultId("section").build());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(!allowRawHtml)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .build();
        // with the tables extension, so that a table's cells are text too
        this.text = org.commonmark.renderer.text.TextContentRenderer.builder().extensions(extensions).build();
    }

    /** The narrative as plain text, for the search index. */
    public String plainText(String markdown) {
        return text.render(parser.parse(markdown));
    }

    public String render(String markdown) {
        return render(markdown, PageOutline.TOP);
    }

    /** The narrative with its top headings at level {@code top} (2 where they stand beside the page's own h2 parts). */
    public String render(String markdown, int top) {
        Node doc = parser.parse(markdown);
        PageOutline outline = new PageOutline();
        doc.accept(outline);
        outline.shiftHeadings(top);
        String html = renderer.render(doc);
        return allowRawHtml ? RawHtml.clean(html) : html;
    }

    /**
     * Fits the narrative into its page: its top headings become h3 (the page owns h1 and h2), and a
     * line break inside Chinese text is dropped, since Chinese puts no space between lines.
     */
    private static final class PageOutline extends AbstractVisitor {
        static final int TOP = 3;
        private final List<Heading> headings = new java.util.ArrayList<>();

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }

        void shiftHeadings(int to) {
            int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(to);
            for (Heading h : headings) {
                h.setLevel(Math.min(6, h.getLevel() - top + to));
            }
        }

        @Override
        public void visit(SoftLineBreak soft) {
            if (isCjk(lastChar(soft.getPrevious())) || isCjk(firstChar(soft.getNext()))) {
                soft.unlink();
            }
        }

        private static int lastChar(Node n) {
            if (n instanceof Text t && !t.getLiteral().isEmpty()) {
                return t.getLiteral().codePointBefore(t.getLiteral().length());
            }
            return -1;
        }

        private static int firstChar(Node n) {
            if (n instanceof Text t && !t.getLiteral().isEmpty()) {
                return t.getLiteral().codePointAt(0);
            }
            return -1;
        }

        private static boolean isCjk(int c) {
            if (c < 0) {
                return false;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN
                    || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
                    || (c >= 0xFF00 && c <= 0xFFEF); // full-width forms
        }
    }
}
