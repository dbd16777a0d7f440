package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check that DemoColumnTest runs on the demo column, fed small folders that break it. */
class LinkCheckTest {
    @TempDir
    Path dir;

    private static final String HEAD = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页</title>";

    @Test
    void aSelfContainedFolderPasses() throws IOException {
        Fixtures.write(dir.resolve("index.html"), HEAD + "<link rel=\"stylesheet\" href=\"assets/style.css\"></head><body>"
                + "<a href=\"2023/index.html#top\">2023</a> <a href=\"https://www.gov.cn/\">中国政府网</a>"
                + " <a href=\"mailto:web@example.gov.cn\">来信</a> <a href=\"#main\">正文</a><main id=\"main\">"
                + "<img src=\"charts/a.png\" srcset=\"charts/a.png 1x, charts/a@2x.png 2x\" alt=\"图\">"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\"></main></body></html>");
        Fixtures.write(dir.resolve("2023/index.html"), HEAD + "</head><body><h1 id=\"top\">2023</h1>"
                + "<a href=\"../index.html\">首页</a></body></html>");
        Fixtures.write(dir.resolve("assets/style.css"),
                "@font-face { font-family: f; src: url(\"fonts/f.woff2\") format(\"woff2\"); }");
        Fixtures.write(dir.resolve("assets/fonts/f.woff2"), "font");
        Fixtures.write(dir.resolve("charts/a.png"), "png");
        Fixtures.write(dir.resolve("charts/a@2x.png"), "png");

        LinkCheck.Result result = LinkCheck.run(dir);

        assertEquals(List.of(), result.problems());
        assertEquals(2, result.pages());
        assertEquals(11, result.urls());
    }

    @Test
    void everyWayOfLeavingOrMissingTheFolderIsNamed() throws IOException {
        Path column = dir.resolve("column");
        Fixtures.write(dir.resolve("outside.html"), HEAD + "</head><body>存在，但在栏目之外</body></html>");
        Fixtures.write(column.resolve("index.html"), HEAD
                + "<link rel=\"stylesheet\" href=\"/assets/style.css\">"
                + "<script src=\"https://cdn.example.com/jquery.js\"></script></head><body>"
                + "<a href=\"2022/index.html\">2022</a> <a href=\"sites/a/index.html#missing\">甲</a>"
                + " <a href=\"../outside.html\">外</a> <a href=\"javascript:void(0)\">脚本</a>"
                + "<img src=\"charts/a.png\" srcset=\"charts/a.png 1x, charts/a@2x.png 2x\" alt=\"图\">"
                + "</body></html>");
        Fixtures.write(column.resolve("sites/a/index.html"), HEAD + "</head><body><h1 id=\"top\">甲</h1></body></html>");
        Fixtures.write(column.resolve("charts/a.png"), "png");
        Fixtures.write(column.resolve("assets/style.css"), "@import \"https://fonts.example.com/css\";");

        assertEquals(List.of(
                "assets/style.css: url(https://fonts.example.com/css) leaves the folder",
                "index.html: <link href=\"/assets/style.css\"> starts with /",
                "index.html: <script src=\"https://cdn.example.com/jquery.js\"> leaves the folder",
                "index.html: <a href=\"2022/index.html\"> does not resolve",
                "index.html: <a href=\"sites/a/index.html#missing\"> does not resolve",
                "index.html: <a href=\"../outside.html\"> does not resolve",
                "index.html: <a href=\"javascript:void(0)\"> leaves the folder",
                "index.html: <img srcset=\"charts/a@2x.png\"> does not resolve"),
                LinkCheck.run(column).problems());
    }
}
