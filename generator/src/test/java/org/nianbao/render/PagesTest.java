package org.nianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page records are the theme API: their components are the templates' variables, each documented. */
class PagesTest {
    private static final Path THEMES_MD = Path.of("..", "docs", "themes.md");

    record Box(String title, int year) {
    }

    record Override(String title) {
    }

    @Test
    void aRecordsComponentsAreTheTemplatesVariablesALaterRecordWinning() {
        assertEquals(Map.of("title", "首页挂件", "year", 2023),
                Templates.variables(new Box("挂件", 2023), new Override("首页挂件")));
    }

    @Test
    void docsThemesMdListsEveryVariableOfEveryPageRecordInItsSection() throws IOException {
        String doc = Files.readString(THEMES_MD, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : Pages.class.getDeclaredClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            String name = "`Pages." + type.getSimpleName() + "`";
            int at = heading(doc, name);
            assertTrue(at >= 0, "docs/themes.md has no heading for " + name);
            int end = doc.indexOf("\n#", at);
            String section = doc.substring(at, end < 0 ? doc.length() : end);
            for (RecordComponent c : type.getRecordComponents()) {
                if (!section.contains("| `" + c.getName() + "` |")) {
                    missing.add(type.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "variables missing from docs/themes.md");
    }

    /** Where the heading naming {@code name} starts, or -1. */
    private static int heading(String doc, String name) {
        for (int at = doc.indexOf(name); at >= 0; at = doc.indexOf(name, at + 1)) {
            int line = doc.lastIndexOf('\n', at) + 1;
            if (doc.startsWith("#", line)) {
                return line;
            }
        }
        return -1;
    }

    @Test
    void everyPageTemplateOfTheDefaultThemeHasItsRecordAndEveryRecordItsTemplate() throws Exception {
        Path templates = Path.of("..", "themes", "default", "src", "main", "resources", "org", "nianbao", "theme",
                "default", "templates");
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(templates)) {
            for (Path f : files.toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).startsWith("{% extends \"layout\" %}")) {
                    pages.add(f.getFileName().toString().replace(".peb", ""));
                }
            }
        }
        Set<String> records = new TreeSet<>();
        for (Class<?> type : Pages.Page.class.getPermittedSubclasses()) {
            records.add(((Pages.Page) blank(type)).template());
        }
        assertEquals(pages, records);
    }

    /** A record with every component zero, false or null. */
    private static Object blank(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == int.class ? 0 : types[i] == long.class ? 0L : types[i] == boolean.class ? false : null;
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }
}
