package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds what a narrative writes that will not show as meant: bold markers CommonMark leaves as
 * text next to Chinese punctuation ({@code **真，**她}), and links, images or raw HTML the page drops.
 */
final class NarrativeLint {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final SafeUrls URLS = new SafeUrls();

    /** A finding at a 0-based line and column of the narrative. */
    public record Finding(int line, int column, String message) {
    }

    private NarrativeLint() {
    }

    /** @param rawHtml whether the site keeps raw HTML (allow-listed): then what the allow-list drops is named */
    public static List<Finding> lint(String markdown, boolean rawHtml) {
        List<Finding> found = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String s = text.getLiteral();
                for (String marker : List.of("**", "__")) {
                    int i = s.indexOf(marker);
                    if (i >= 0) {
                        found.add(at(text, i, "加粗标记“" + marker + "”没有生效：紧挨中文标点时 CommonMark 不认它，"
                                + "请把标点移到标记外面，如 " + marker + "要点" + marker + "。"));
                        break;
                    }
                }
            }

            @Override
            public void visit(Link link) {
                if (URLS.sanitizeLinkUrl(link.getDestination()).isEmpty() && !link.getDestination().isEmpty()) {
                    found.add(at(link, 0, droppedLink(link.getDestination())));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (URLS.sanitizeImageUrl(image.getDestination()).isEmpty()) {
                    found.add(at(image, 0, droppedImage(image.getDestination())));
                }
                visitChildren(image);
            }

            @Override
            public void visit(HtmlBlock html) {
                if (rawHtml) {
                    dropped(html, html.getLiteral());
                }
            }

            @Override
            public void visit(HtmlInline html) {
                if (rawHtml) {
                    dropped(html, html.getLiteral());
                }
            }

            /** What the allow-list drops from raw HTML, where it is written (a block's n-th line is its n-th span). */
            private void dropped(Node node, String literal) {
                List<SourceSpan> spans = node.getSourceSpans();
                for (RawHtml.Problem p : RawHtml.problems(literal)) {
                    SourceSpan span = spans.get(Math.min(p.line(), spans.size()) - 1);
                    found.add(new Finding(span.getLineIndex(), span.getColumnIndex() + p.column() - 1, p.message()));
                }
            }
        });
        return found;
    }

    static String droppedLink(String url) {
        return "链接“" + url + "”不会保留：只能链接 http、https、mailto 地址，或不以 / 开头的相对路径";
    }

    static String droppedImage(String url) {
        return "图片“" + url + "”不会显示：页面不能加载栏目以外的资源，请把图片放进 static/ 并用相对路径引用";
    }

    private static Finding at(Node node, int offset, String message) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Finding(0, 0, message);
        }
        SourceSpan span = spans.get(0);
        return new Finding(span.getLineIndex(), span.getColumnIndex() + (offset < span.getLength() ? offset : 0), message);
    }
}
