package org.nianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.model.Column;
import org.nianbao.model.Report;
import org.nianbao.check.ColumnCheck;

/** The search index holds every report's whole narrative, form and title as bigrams and whole words. */
class SearchIndexTest {
    private final Markdown markdown = new Markdown(false);

    @TempDir
    Path tmp;

    @Test
    void textSplitsIntoChineseBigramsAndWholeLatinWords() {
        assertEquals(List.of("ipv6", "改造", "零跑", "跑腿", "web", "服务", "2023", "年度"),
                SearchTerms.of("IPv6改造和“零跑腿”，Ｗｅｂ服务（2023年度）".replace("和", " 和 ")));
        // a lone character is no term; NFKC makes full-width letters and digits plain
        assertEquals(List.of("ipv6"), SearchTerms.of("和 ＩＰｖ６ 。"));
    }

    @Test
    void termsGoToTheShardSearchJsComputes() {
        // FNV-1a 32-bit of "foobar" is 0xbf9cf968, as Math.imul in search.js gives
        assertEquals(0xf968, SearchTerms.shardOf("foobar", 0x10000));
        assertEquals(Integer.remainderUnsigned(0xbf9cf968, 7), SearchTerms.shardOf("foobar", 7));
    }

    @Test
    void postingsKeepNumbersAndCountsUpToTheirCap() {
        Postings p = new Postings();
        Map<Integer, Integer> in = new LinkedHashMap<>(Map.of(0, 1));
        in.put(1, 3);
        in.put(40, 8);
        in.put(41, 30);
        in.put(1_000_000, 2);
        in.forEach(p::add);
        Map<Integer, Integer> expected = new LinkedHashMap<>(in);
        expected.put(41, Postings.MAX_COUNT);
        assertEquals(expected, decode(p.toString()));
    }

    @Test
    void theDemoNarrativesAreIndexedWhole() throws IOException {
        Index index = index(ColumnCheck.read(Fixtures.DEMO, Config.DEFAULT_MAX_FILE_BYTES).column());
        // 零跑腿 is in the middle of the 2023 教育局 narrative, past the first 160 characters
        assertEquals(Set.of("2023/jiaoyuju"), index.all("零跑腿"));
        assertEquals(11, index.all("IPv6").size(), index.all("IPv6").toString());
        // a table's cells are text too: 2023 names “双减” only in its table
        assertEquals(Set.of("2021/jiaoyuju", "2023/jiaoyuju"), index.all("双减"));
        // a form label: every work report's form has 办件量, the supervision reports' not
        Set<String> caseload = index.all("办件量");
        assertTrue(caseload.contains("2023/jiaoyuju") && caseload.contains("2018/menhu"), caseload.toString());
        assertFalse(caseload.stream().anyMatch(d -> d.endsWith("/_supervision")), caseload.toString());
        // the site's name in the title counts more than a mention in the text
        assertTrue(index.count("教育", "2023/jiaoyuju") >= SearchIndex.HEAD_WEIGHT);
        // 2022's narrative names its plans for 2023
        assertEquals(Set.of("2022/jiaoyuju", "2023/jiaoyuju"), index.all("教育局 2023"));
    }

    @Test
    void aWordAtTheEndOfALongNarrativeIsFound() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2022/gonganju.md");
        String filler = "\n\n本年度网站围绕政务公开、办事服务和互动交流三方面持续改进，各栏目按期更新。".repeat(400);
        Files.writeString(report, Files.readString(report) + filler + "\n\n最后一段写到了鹦鹉螺号和 Gopher 协议。\n");
        Index index = index(ColumnCheck.read(src, Config.DEFAULT_MAX_FILE_BYTES).column());
        assertEquals(Set.of("2022/gonganju"), index.all("鹦鹉螺"));
        assertEquals(Set.of("2022/gonganju"), index.all("gopher"));
        assertTrue(index.count("持续", "2022/gonganju") >= Postings.MAX_COUNT);
    }

    @Test
    void termsKeptFromTheLastBuildGiveTheShardsOfAFreshCount() {
        List<Report> docs = SearchIndex.documents(ColumnCheck.read(Fixtures.DEMO, Config.DEFAULT_MAX_FILE_BYTES).column());
        SearchMemo memo = new SearchMemo();
        assertEquals(SearchIndex.shardFiles(docs, markdown, null), SearchIndex.shardFiles(docs, markdown, memo));
        Report kept = docs.get(0);
        String key = SearchIndex.termsKey(kept, SearchIndex.formText(kept));
        SearchIndex.Terms counted = memo.get(key);
        assertTrue(counted != null && counted.terms().length > 100, "the first build's terms are kept");

        // the next build: one narrative edited, one report gone
        List<Report> next = new ArrayList<>(docs);
        Report r = next.get(3);
        next.set(3, new Report(r.file(), r.site(), r.year(), r.published(), r.form(), r.figures(),
                r.body() + "\n\n新增一段：鹦鹉螺号。\n", r.sourceHash(), r.catalog()));
        next.remove(5);
        List<String> fresh = SearchIndex.shardFiles(next, markdown, null);
        assertEquals(fresh, SearchIndex.shardFiles(next, markdown, memo));
        assertTrue(String.join("", fresh).contains("\"鹦鹉\""));
        assertSame(counted, memo.get(key), "an unchanged report is not counted again");
        assertNull(memo.get(SearchIndex.termsKey(r, SearchIndex.formText(r))), "the memo holds the last build's reports only");
    }

    /** The built index as search.js sees it: term → report number → count, read back from the scripts. */
    private Index index(Column column) {
        List<Report> docs = SearchIndex.documents(column);
        Map<String, String> terms = new LinkedHashMap<>();
        Pattern entry = Pattern.compile("\"([^\"]+)\":\"([^\"]*)\"");
        List<String> shards = SearchIndex.shardFiles(docs, markdown, null);
        assertEquals(SearchIndex.shards(docs.size()), shards.size());
        for (int s = 0; s < shards.size(); s++) {
            Matcher m = entry.matcher(shards.get(s));
            while (m.find()) {
                assertEquals(s, SearchTerms.shardOf(m.group(1), shards.size()), m.group(1));
                terms.put(m.group(1), m.group(2));
            }
        }
        List<String> names = new ArrayList<>();
        docs.forEach(r -> names.add(r.year() + "/" + r.site().slug()));
        return new Index(terms, names);
    }

    private record Index(Map<String, String> terms, List<String> names) {
        /** The reports holding every term of the query. */
        Set<String> all(String query) {
            Set<Integer> hits = null;
            for (String t : SearchTerms.of(query)) {
                Set<Integer> docs = decode(terms.getOrDefault(t, "")).keySet();
                if (hits == null) {
                    hits = new TreeSet<>(docs);
                } else {
                    hits.retainAll(docs);
                }
            }
            Set<String> out = new TreeSet<>();
            hits.forEach(i -> out.add(names.get(i)));
            return out;
        }

        int count(String term, String name) {
            return decode(terms.get(term)).getOrDefault(names.indexOf(name), 0);
        }
    }

    /** search.js's decode, in Java. */
    private static Map<Integer, Integer> decode(String s) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int last = -1;
        long v = 0;
        int shift = 0;
        for (char c : s.toCharArray()) {
            int d = Postings.ALPHABET.indexOf(c);
            v |= (long) (d & 31) << shift;
            shift += 5;
            if (d < 32) {
                last += (int) (v / Postings.MAX_COUNT) + 1;
                out.put(last, (int) (v % Postings.MAX_COUNT) + 1);
                v = 0;
                shift = 0;
            }
        }
        return out;
    }
}
