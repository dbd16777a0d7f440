package org.nianbao.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a form definition file (see {@code forms/work.yaml}); definitions are trusted project data. */
public final class FormLoader {
    private FormLoader() {
    }

    /** The 《政府网站工作年度报表》 definition shipped with the generator. */
    public static FormDefinition workReport() {
        return fromResource("/org/nianbao/forms/work.yaml");
    }

    static FormDefinition fromResource(String name) {
        try (InputStream in = FormLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("form definition missing from the classpath: " + name);
            }
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return read(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static FormDefinition read(Map<String, Object> map) {
        List<Section> sections = new ArrayList<>();
        for (Object o : (List<Object>) map.get("sections")) {
            Map<String, Object> s = (Map<String, Object>) o;
            String id = (String) s.get("id");
            String label = (String) s.get("label");
            sections.add(new Section(id, label, rows((List<Object>) s.get("rows"), id, List.of(label))));
        }
        return new FormDefinition((String) map.get("id"), (String) map.get("title"), sections);
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(List<Object> list, String parentPath, List<String> parentLabels) {
        List<Row> rows = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> r = (Map<String, Object>) o;
            String id = (String) r.get("id");
            String path = parentPath + "." + id;
            List<String> labels = new ArrayList<>(parentLabels);
            labels.add((String) r.get("label"));
            List<Object> nested = (List<Object>) (r.containsKey("rows") ? r.get("rows") : r.get("fields"));
            RowType type = r.containsKey("rows") ? RowType.GROUP : RowType.of((String) r.get("type"));
            String pattern = (String) r.get("pattern");
            rows.add(new Row(id, path, labels,
                    (String) r.getOrDefault("unit", ""),
                    type,
                    Boolean.TRUE.equals(r.get("optional")),
                    pattern == null ? null : Pattern.compile(pattern),
                    (String) r.getOrDefault("expect", ""),
                    nested == null ? List.of() : rows(nested, path, labels),
                    (List<String>) r.getOrDefault("options", List.of())));
        }
        return rows;
    }
}
