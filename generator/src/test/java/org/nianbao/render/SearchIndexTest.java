package org.nianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The search excerpt parses only the start of a narrative, and gives what parsing all of it gives. */
class SearchIndexTest {
    private final Markdown markdown = new Markdown(false);

    private String whole(String body) {
        return SearchIndex.excerpt(markdown.plainText(body));
    }

    @Test
    void theExcerptOfEachDemoNarrativeIsTheExcerptOfTheWholeNarrative() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("..", "site-src", "reports"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 40, "demo reports: " + files.size());
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String body = text.substring(text.indexOf("\n---", 4) + 4);
            assertEquals(whole(body), SearchIndex.excerptOf(body, markdown), f.toString());
        }
    }

    @Test
    void blocksThatGoOnAcrossTheCutGiveTheSameExcerpt() {
        String filler = "本年度网站围绕政务公开、办事服务和互动交流三方面持续改进。".repeat(4);
        List<String> bodies = new ArrayList<>();
        // a loose list whose items are split by blank lines past the first cut
        bodies.add("- " + "甲".repeat(300) + "\n\n- 乙项工作\n\n- 丙项工作\n\n" + filler);
        // a fence with blank lines inside it, open at the cut
        bodies.add("```\n" + "代码行\n\n".repeat(200) + "```\n\n" + filler);
        // a setext heading and a table after short paragraphs
        bodies.add("短段落。\n\n".repeat(60) + "标题\n===\n\n| 项目 | 数量 |\n|---|---|\n| 栏目 | 9 |\n\n" + filler);
        // a link whose reference is defined at the end: needs the whole text
        bodies.add("见[年度报表][bb]。" + filler + "\n\n".repeat(2) + filler.repeat(10) + "\n\n[bb]: https://www.gov.cn/\n");
        // shorter than the excerpt
        bodies.add("仅一句话。");
        for (String body : bodies) {
            assertEquals(whole(body), SearchIndex.excerptOf(body, markdown), body.substring(0, Math.min(20, body.length())));
        }
    }
}
