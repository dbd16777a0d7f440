package org.nianbao.render;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each report's search terms from the last build, for the next build in the same JVM: {@code serve}
 * builds again after every edit, and an edit changes one report's terms, not the column's. Keyed by
 * everything the terms come from (title, level, narrative source and form text), so a kept entry is
 * what counting again would give. A term's text is shared by every report that has it.
 */
public final class SearchMemo {
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();
    private volatile Map<String, SearchIndex.Terms> last = Map.of();

    SearchIndex.Terms get(String key) {
        return last.get(key);
    }

    String intern(String term) {
        String known = vocabulary.putIfAbsent(term, term);
        return known == null ? term : known;
    }

    /** This build's terms, by their keys: they replace the last build's, so that the memo holds one column. */
    void keep(String[] keys, SearchIndex.Terms[] terms) {
        Map<String, SearchIndex.Terms> next = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            next.put(keys[i], terms[i]);
        }
        last = next;
    }
}
