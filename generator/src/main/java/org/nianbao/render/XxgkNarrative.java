package org.nianbao.render;

import java.util.List;

/**
 * Where a 政府信息公开工作年度报告's narrative meets its tables: the format's order is 一、总体情况, the
 * tables of parts 二 to 四, then 五 and 六, so the page shows the narrative up to the heading of its second
 * narrative part above the tables and the rest below.
 */
final class XxgkNarrative {
    private XxgkNarrative() {
    }

    /**
     * @param narrative the form's narrative headings, in order (一、总体情况, 五、…, 六、…)
     * @return the Markdown before the first heading of a later narrative part (all of it when there is none), and
     *         the Markdown from that heading on
     */
    static String[] split(String body, List<String> narrative) {
        List<String> later = narrative.size() < 2 ? List.of() : narrative.subList(1, narrative.size());
        String[] lines = body.split("\n", -1);
        int offset = 0;
        String fence = null;
        for (String line : lines) {
            String t = line.strip();
            if (fence != null) {
                fence = t.startsWith(fence) ? null : fence;
            } else if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = t.substring(0, 3);
            } else if (t.startsWith("#") && later.contains(t.replaceFirst("^#+", "").replaceFirst("#+$", "").strip())) {
                return new String[] {body.substring(0, offset), body.substring(offset)};
            }
            offset += line.length() + 1;
        }
        return new String[] {body, ""};
    }
}
