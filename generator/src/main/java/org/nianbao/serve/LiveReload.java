package org.nianbao.serve;

import java.util.List;
import org.nianbao.xml.Xml;

/**
 * The snippet the preview server adds to every HTML page it serves (never to the files of the
 * column): it reloads the page when a new build is done, and shows the last build's problems.
 */
final class LiveReload {
    /** Where the page asks for the number of the latest build. */
    static final String GENERATION_PATH = "/__nianbao/generation";

    private LiveReload() {
    }

    /**
     * {@code html} with the snippet before its closing body tag (or at its end); with a strip linking to
     * the report's 填报 page at the top of the body when {@code fillHref} is not {@code null}.
     */
    static String inject(String html, long generation, List<String> problems, String fillHref) {
        // the server answers when the next build is done (or after a while): the page reloads at once
        String snippet = banner(problems) + "<script>(function(){var g=\"" + generation + "\";"
                + "function ask(){fetch(\"" + GENERATION_PATH + "?after=\"+g,{cache:\"no-store\"})"
                + ".then(function(r){return r.text()}).then(function(t){if(t!==g)location.reload();else ask()})"
                + ".catch(function(){setTimeout(ask,1000)})}ask()})();</script>\n";
        int body = html.lastIndexOf("</body>");
        String page = body < 0 ? html + snippet : html.substring(0, body) + snippet + html.substring(body);
        if (fillHref == null) {
            return page;
        }
        // a strip above the page, not over it: the page's own tools stay where they are
        String strip = "<p id=\"nianbao-fill-link\" style=\"margin:0;padding:0.25rem 1rem;background:#fffbe6;"
                + "border-bottom:2px solid #8a6d00;color:#1f2329;font:16px/2.75rem sans-serif\">本机预览："
                + "<a href=\"" + Xml.escape(fillHref) + "\" style=\"color:#00306b;font-weight:bold\">填报此报表</a>"
                + "（在浏览器中填写，按生成时的规则检查；此提示不会写入栏目）</p>";
        int open = page.indexOf("<body");
        int end = open < 0 ? -1 : page.indexOf('>', open);
        return end < 0 ? strip + page : page.substring(0, end + 1) + strip + page.substring(end + 1);
    }

    private static String banner(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<div role=\"alert\" id=\"nianbao-preview-problems\" style=\"position:fixed;"
                + "left:0;right:0;bottom:0;max-height:50%;overflow:auto;margin:0;padding:1em;background:#fff3f3;"
                + "color:#900;border-top:3px solid #c00;font:14px/1.5 monospace;z-index:2147483647\">"
                + "<strong>栏目未能更新（显示的是上次成功生成的内容）：</strong><pre style=\"white-space:pre-wrap\">");
        for (String p : problems) {
            s.append(Xml.escape(p)).append('\n');
        }
        return s.append("</pre></div>").toString();
    }
}
