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
     * {@code html} with the snippet before its closing body tag (or at its end); with a link to the
     * report's 填报 page when {@code fillHref} is not {@code null}.
     */
    static String inject(String html, long generation, List<String> problems, String fillHref) {
        String link = fillHref == null ? "" : "<p id=\"nianbao-fill-link\" style=\"position:fixed;right:0.5rem;top:0.5rem;"
                + "margin:0;z-index:2147483646\"><a href=\"" + Xml.escape(fillHref) + "\" style=\"display:inline-block;"
                + "padding:0.6rem 1rem;background:#fff;color:#00306b;border:2px solid #00306b;font:bold 16px/1.5 sans-serif\">"
                + "填报此报表（仅本机预览）</a></p>";
        String snippet = link + banner(problems) + "<script>(function(){var g=\"" + generation + "\";"
                + "setInterval(function(){fetch(\"" + GENERATION_PATH + "\",{cache:\"no-store\"})"
                + ".then(function(r){return r.text()}).then(function(t){if(t!==g)location.reload()})"
                + ".catch(function(){})},1000)})();</script>\n";
        int body = html.lastIndexOf("</body>");
        return body < 0 ? html + snippet : html.substring(0, body) + snippet + html.substring(body);
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
