package org.nianbao.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.diagnostic.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads form definitions: those shipped with the generator ({@code forms/work.yaml},
 * {@code forms/supervision.yaml}), each changed by the site's own {@code forms/<id>.yaml} when present.
 *
 * <p>A site's file may {@code rename} rows (path → new label), {@code add} rows to a section or group,
 * and add {@code editions} and {@code rules}; see README. Definitions are trusted configuration: a
 * mistake in one is reported as a {@link FormException} naming the file and what is wrong.
 */
public final class FormLoader {
    public static final String WORK = "work";
    public static final String SUPERVISION = FormDefinition.SUPERVISION;

    /** Thrown for a form definition that cannot be used; the message is for the webmaster. */
    public static final class FormException extends RuntimeException {
        private final String file;

        public FormException(String file, String message) {
            super(message);
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    private FormLoader() {
    }

    /** The shipped 《政府网站工作年度报表》 definition. */
    public static FormDefinition workReport() {
        return read(resource(WORK), "forms/work.yaml", List.of());
    }

    /** The site's form files a column may have, by form id: {@code forms/work.yaml}, {@code forms/supervision.yaml}. */
    public static final List<String> IDS = List.of(WORK, SUPERVISION);

    /** The shipped definitions, each with the overrides in {@code sourceDir/forms/} applied. */
    public static Map<String, FormDefinition> load(Path sourceDir) {
        Map<String, byte[]> site = new LinkedHashMap<>();
        for (String id : IDS) {
            Path file = sourceDir == null ? null : sourceDir.resolve("forms").resolve(id + ".yaml");
            if (file != null && Files.isRegularFile(file)) {
                try {
                    site.put(id, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new FormException("forms/" + id + ".yaml", "无法读取：" + e.getMessage());
                }
            }
        }
        return load(site);
    }

    /** The shipped definitions, each changed by the site's file of its id in {@code site} (its bytes), when there. */
    public static Map<String, FormDefinition> load(Map<String, byte[]> site) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        for (String id : IDS) {
            Map<String, Object> map = resource(id);
            String name = "forms/" + id + ".yaml";
            List<FormDefinition.Rename> renames = List.of();
            if (site.containsKey(id)) {
                renames = new Overlay(name, map).apply(loadYaml(site.get(id), name));
            }
            forms.put(id, read(map, name, renames));
        }
        return forms;
    }

    private static Map<String, Object> resource(String id) {
        String name = "/org/nianbao/forms/" + id + ".yaml";
        try (InputStream in = FormLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("form definition missing from the classpath: " + name);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> loadYaml(byte[] bytes, String name) {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(o instanceof Map<?, ?>)) {
                throw new FormException(name, "应为“键: 值”形式，可填写 rename、add、editions、rules");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) o;
            return map;
        } catch (IOException e) {
            throw new FormException(name, "无法读取：" + e.getMessage());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new FormException(name, "YAML 格式错误：" + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    static FormDefinition read(Map<String, Object> map, String file, List<FormDefinition.Rename> renames) {
        try {
            String formId = (String) map.get("id");
            List<Edition> editions = new ArrayList<>();
            for (Object o : list(map.get("editions"))) {
                Map<String, Object> e = (Map<String, Object>) o;
                editions.add(new Edition(String.valueOf(e.get("id")), String.valueOf(e.get("label")),
                        ((Number) e.get("from")).intValue(),
                        e.get("to") == null ? 0 : ((Number) e.get("to")).intValue()));
            }
            List<Section> sections = new ArrayList<>();
            for (Object o : list(map.get("sections"))) {
                Map<String, Object> s = (Map<String, Object>) o;
                String id = (String) s.get("id");
                String label = String.valueOf(s.get("label"));
                sections.add(new Section(id, label, rows(list(s.get("rows")), id, List.of(label))));
            }
            List<RuleSpec> rules = new ArrayList<>();
            for (Object o : list(map.get("rules"))) {
                Map<String, Object> r = new LinkedHashMap<>((Map<String, Object>) o);
                String kind = String.valueOf(r.remove("kind"));
                Severity severity = "warning".equals(r.remove("severity")) ? Severity.WARNING : Severity.ERROR;
                rules.add(new RuleSpec(kind, severity, r));
            }
            AccountabilitySpec acc = null;
            if (map.get("accountability") instanceof Map<?, ?> a) {
                acc = new AccountabilitySpec((String) a.get("group"), (String) a.get("total"),
                        (List<String>) a.get("order"), (String) a.get("other"));
            }
            FormDefinition form = new FormDefinition(formId, String.valueOf(map.get("title")), editions, null,
                    sections, rules, acc, renames);
            checkReferences(form, file);
            return form;
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new FormException(file, "表格定义有误：" + e.getMessage());
        }
    }

    /** Every edition and row a definition names must exist, so that mistakes show at once, not per report. */
    private static void checkReferences(FormDefinition form, String file) {
        List<String> editionIds = form.editions().stream().map(Edition::id).toList();
        List<Row> all = new ArrayList<>();
        form.sections().forEach(s -> collectAll(s.rows(), all));
        for (Row r : all) {
            for (String e : List.of(r.since(), r.until())) {
                if (!e.isEmpty() && !editionIds.contains(e)) {
                    throw new FormException(file, "“" + r.labelPath() + "”引用了不存在的版本“" + e + "”，已有版本："
                            + String.join("、", editionIds));
                }
            }
        }
        for (RuleSpec rule : form.rules()) {
            if (rule.params().containsKey("tolerance")) {
                throw new FormException(file, "规则 " + rule.kind() + " 不再接受 tolerance：填写的百分数须等于计算值按 rounding"
                        + "（默认 half-up，四舍五入）取到该项小数位数后的数");
            }
            Rounding.of(rule.params().get("rounding"));
            for (Map.Entry<String, Object> p : rule.params().entrySet()) {
                if (List.of("a", "b", "total", "target", "part", "minus", "whole", "flag").contains(p.getKey())) {
                    requireRow(form, String.valueOf(p.getValue()), file, rule);
                } else if (List.of("parts", "lists").contains(p.getKey())) {
                    for (Object path : list(p.getValue())) {
                        requireRow(form, String.valueOf(path), file, rule);
                    }
                }
            }
        }
    }

    private static void requireRow(FormDefinition form, String path, String file, RuleSpec rule) {
        if (form.row(path).isEmpty()) {
            throw new FormException(file, "规则 " + rule.kind() + " 引用了不存在的项目“" + path + "”");
        }
    }

    private static void collectAll(List<Row> rows, List<Row> out) {
        for (Row r : rows) {
            out.add(r);
            collectAll(r.children(), out);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(List<Object> list, String parentPath, List<String> parentLabels) {
        List<Row> rows = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> r = (Map<String, Object>) o;
            String id = String.valueOf(r.get("id"));
            if (!id.matches("[a-z][a-z0-9]*")) {
                throw new IllegalArgumentException("项目编号只能由小写字母和数字组成：" + id);
            }
            String path = parentPath + "." + id;
            List<String> labels = new ArrayList<>(parentLabels);
            labels.add(String.valueOf(r.get("label")));
            List<Object> nested = (List<Object>) (r.containsKey("rows") ? r.get("rows") : r.get("fields"));
            RowType type = r.containsKey("rows") ? RowType.GROUP : RowType.of(String.valueOf(r.get("type")));
            String pattern = (String) r.get("pattern");
            rows.add(new Row(id, path, labels,
                    String.valueOf(r.getOrDefault("unit", "")),
                    type,
                    Boolean.TRUE.equals(r.get("optional")),
                    pattern == null ? null : Pattern.compile(pattern),
                    String.valueOf(r.getOrDefault("expect", "")),
                    nested == null ? List.of() : rows(nested, path, labels),
                    (List<String>) r.getOrDefault("options", List.of()),
                    r.containsKey("of") ? RowType.of(String.valueOf(r.get("of"))) : null,
                    "sum".equals(r.get("year")),
                    Boolean.TRUE.equals(r.get("derived")),
                    r.get("since") == null ? "" : String.valueOf(r.get("since")),
                    r.get("until") == null ? "" : String.valueOf(r.get("until")),
                    Boolean.TRUE.equals(r.get("quarterly")),
                    r.containsKey("decimals") ? ((Number) r.get("decimals")).intValue() : 1));
        }
        return rows;
    }

    /** Applies a site's changes to the raw definition map before it is read. */
    private record Overlay(String file, Map<String, Object> base) {
        private static final List<String> KEYS = List.of("rename", "add", "editions", "rules");
        private static final String RENAME = "应为“项目编号: 新名称”，如 basic.uv: 独立访客数；只从某年度起改名时写"
                + " basic.uv: { label: 独立访客数, from: 2024 }，此前年度的报表仍用原名称";

        /** Applies {@code site} to the definition; returns its renames (those from a year on are not applied yet). */
        @SuppressWarnings("unchecked")
        List<FormDefinition.Rename> apply(Map<String, Object> site) {
            for (String key : site.keySet()) {
                if (!KEYS.contains(key)) {
                    throw new FormException(file, "未知的设置“" + key + "”，可填写：" + String.join("、", KEYS));
                }
            }
            List<FormDefinition.Rename> renames = new ArrayList<>();
            if (site.get("rename") instanceof Map<?, ?> rename) {
                rename.forEach((path, to) -> {
                    Map<String, Object> row = rowMap(String.valueOf(path));
                    String former = String.valueOf(row.get("label"));
                    if (to instanceof Map<?, ?> m && m.get("label") != null && m.get("from") instanceof Integer from
                            && m.size() == 2) {
                        renames.add(new FormDefinition.Rename(String.valueOf(path), String.valueOf(m.get("label")), from, former));
                    } else if (to instanceof String || to instanceof Number) {
                        // every year: applied here, so that every use of the definition has it; kept for hints
                        row.put("label", String.valueOf(to));
                        renames.add(new FormDefinition.Rename(String.valueOf(path), String.valueOf(to), 0, former));
                    } else {
                        throw new FormException(file, "rename 的“" + path + "”" + RENAME);
                    }
                });
            } else if (site.containsKey("rename")) {
                throw new FormException(file, "rename " + RENAME);
            }
            for (Object o : list(site.get("add"))) {
                Map<String, Object> add = (Map<String, Object>) o;
                String into = String.valueOf(add.get("into"));
                Map<String, Object> row = (Map<String, Object>) add.get("row");
                if (row == null) {
                    throw new FormException(file, "add 的每项应有 into（节或组的编号）和 row（新项目）");
                }
                List<Object> rows = (List<Object>) (into.contains(".") ? rowMap(into) : section(into)).get("rows");
                Object after = add.get("after");
                int index = rows.size();
                for (int i = 0; after != null && i < rows.size(); i++) {
                    if (String.valueOf(((Map<String, Object>) rows.get(i)).get("id")).equals(String.valueOf(after))) {
                        index = i + 1;
                    }
                }
                rows.add(index, new LinkedHashMap<>(row));
            }
            for (String key : List.of("editions", "rules")) {
                List<Object> merged = new ArrayList<>(list(base.get(key)));
                merged.addAll(list(site.get(key)));
                base.put(key, merged);
            }
            return renames;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> section(String id) {
            for (Object o : list(base.get("sections"))) {
                Map<String, Object> s = (Map<String, Object>) o;
                if (id.equals(s.get("id"))) {
                    s.put("rows", new ArrayList<>(list(s.get("rows"))));
                    return s;
                }
            }
            throw new FormException(file, "没有编号为“" + id + "”的节");
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> rowMap(String path) {
            String[] ids = path.split("\\.");
            Map<String, Object> node = section(ids[0]);
            for (int i = 1; i < ids.length; i++) {
                List<Object> rows = new ArrayList<>(list(node.get("rows")));
                node.put("rows", rows);
                Map<String, Object> found = null;
                for (int j = 0; j < rows.size(); j++) {
                    Map<String, Object> r = new LinkedHashMap<>((Map<String, Object>) rows.get(j));
                    if (ids[i].equals(String.valueOf(r.get("id")))) {
                        rows.set(j, r);
                        found = r;
                    }
                }
                if (found == null) {
                    throw new FormException(file, "没有编号为“" + path + "”的项目");
                }
                node = found;
            }
            return node;
        }
    }
}
