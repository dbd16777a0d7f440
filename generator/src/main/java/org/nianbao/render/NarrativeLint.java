package org.nianbao.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds what a narrative writes that will not show as meant: bold markers CommonMark leaves as
 * text next to Chinese punctuation ({@code **真，**她}), and links or images the page drops.
 */
public final class NarrativeLint {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final SafeUrls URLS = new SafeUrls();

    /** A finding at a 0-based line and column of the narrative. */
    public record Finding(int line, int column, String message) {
    }

    private NarrativeLint() {
    }

    public static List<Finding> lint(String markdown) {
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
                    found.add(at(link, 0, "链接“" + link.getDestination() + "”不会保留：只能链接 http、https、mailto 地址，"
                            + "或不以 / 开头的相对路径"));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (URLS.sanitizeImageUrl(image.getDestination()).isEmpty()) {
                    found.add(at(image, 0, "图片“" + image.getDestination() + "”不会显示：页面不能加载栏目以外的资源，"
                            + "请把图片放进 static/ 并用相对路径引用"));
                }
                visitChildren(image);
            }
        });
        return found;
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
