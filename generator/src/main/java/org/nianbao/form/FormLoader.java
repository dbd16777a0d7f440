package org.nianbao.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.diagnostic.Severity;
import org.nianbao.source.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads form definitions: those shipped with the generator ({@code forms/work.yaml},
 * {@code forms/supervision.yaml}), each changed by the site's own {@code forms/<id>.yaml} when present.
 *
 * <p>A site's file may {@code rename} rows (path → new label), {@code add} rows to a section or group,
 * and add {@code editions} and {@code rules}; see docs/forms.md. Every value is type-checked as it is
 * read; all the mistakes of a site's files are reported together as a {@link FormException}, each at
 * its file, line and column.
 */
public final class FormLoader {
    public static final String WORK = "work";
    public static final String SUPERVISION = FormDefinition.SUPERVISION;
    public static final String XXGK = FormDefinition.XXGK;

    /** Thrown for a form definition that cannot be used; each problem is located in its file, for the webmaster. */
    public static final class FormException extends RuntimeException {
        private final List<Diagnostic> problems;

        /** A problem of the whole file, such as one that cannot be read. */
        public FormException(String file, String message) {
            this(List.of(new Diagnostic(Severity.ERROR, file, 0, 0, "", message)));
        }

        FormException(List<Diagnostic> problems) {
            super(problems.stream().min(Diagnostic.ORDER).orElseThrow().message());
            this.problems = problems.stream().sorted(Diagnostic.ORDER).toList();
        }

        /** The file of the first problem. */
        public String file() {
            return problems.get(0).file();
        }

        /** Every problem found, in file and position order. */
        public List<Diagnostic> problems() {
            return problems;
        }
    }

    private FormLoader() {
    }

    /** The shipped 《政府网站工作年度报表》 definition. */
    public static FormDefinition workReport() {
        return load(Map.of()).get(WORK);
    }

    /** The site's form files a column may have, by form id: {@code forms/work.yaml}, {@code forms/supervision.yaml}, {@code forms/xxgk.yaml}. */
    public static final List<String> IDS = List.of(WORK, SUPERVISION, XXGK);

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

    /**
     * The shipped definitions, each changed by the site's file of its id in {@code site} (its bytes), when there.
     *
     * @throws FormException with every problem of the site's files
     */
    public static Map<String, FormDefinition> load(Map<String, byte[]> site) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String id : IDS) {
            String name = "forms/" + id + ".yaml";
            FormNodes nodes = new FormNodes(name);
            MappingNode base = shipped(id);
            List<FormDefinition.Rename> renames = List.of();
            if (site.containsKey(id)) {
                MappingNode changes = siteFile(site.get(id), name, nodes);
                if (changes != null) {
                    renames = new FormOverlay(nodes, name, base).apply(changes);
                }
            }
            forms.put(id, new DefinitionReader(nodes).read(base, renames));
            problems.addAll(nodes.problems());
        }
        if (!problems.isEmpty()) {
            throw new FormException(problems);
        }
        return forms;
    }

    private static MappingNode shipped(String id) {
        String name = "/org/nianbao/forms/" + id + ".yaml";
        try (InputStream in = FormLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("form definition missing from the classpath: " + name);
            }
            Diagnostics d = new Diagnostics(name);
            YamlDocument doc = YamlDocument.compose(new String(in.readAllBytes(), StandardCharsets.UTF_8), 0, d);
            if (doc == null || !(doc.root() instanceof MappingNode root)) {
                throw new IllegalStateException("nianbao's own form definition " + name + " is not a mapping: " + d.list());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's file as a mapping, its nodes marked as the site's; {@code null} after telling why it is not one. */
    private static MappingNode siteFile(byte[] bytes, String name, FormNodes nodes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            nodes.problem(name, "文件不是 UTF-8 编码，请用 UTF-8 保存");
            return null;
        }
        text = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
        Diagnostics d = new Diagnostics(name);
        YamlDocument doc = YamlDocument.compose(text, 0, d);
        nodes.addAll(d.list());
        if (doc == null) {
            return null;
        }
        nodes.fromSite(doc.root(), name);
        if (doc.root() instanceof MappingNode root) {
            return root;
        }
        String message = "应为“键: 值”形式，可填写 " + String.join("、", FormOverlay.KEYS);
        if (doc.root() == null) {
            nodes.problem(name, message);
        } else {
            nodes.problem(doc.root(), message);
        }
        return null;
    }
}
