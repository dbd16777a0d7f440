package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of {@code rules.txt}: it reports exactly what and where it should, and nothing once fixed. */
class RulesTest {
    @TempDir
    Path tmp;

    record Case(String name, String file, List<String[]> edits, List<String[]> expected, List<String[]> fixes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Fixtures.Case f : Fixtures.cases("/rules.txt")) {
            String file = null;
            List<String[]> edits = new ArrayList<>();
            List<String[]> expected = new ArrayList<>();
            List<String[]> fixes = new ArrayList<>();
            for (String[] kv : f.lines()) {
                switch (kv[0]) {
                    case "file" -> file = kv[1];
                    case "set", "remove" -> edits.add(kv);
                    case "expect" -> expected.add(kv[1].split(" \\| ", 2));
                    case "fix" -> fixes.add(new String[] {"set", kv[1]});
                    default -> throw new IllegalArgumentException("rules.txt: unknown line " + kv[0]);
                }
            }
            cases.add(new Case(f.name(), file, edits, expected, fixes));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleReportsAndThenPasses(Case c) throws IOException {
        assertFalse(c.expected().isEmpty(), "a case must expect something");
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        if (c.file().endsWith(".xxgk.md")) {
            Fixtures.useXxgkFixtures(src);
        }
        Path report = src.resolve(c.file());
        FrontMatterEditor editor = new FrontMatterEditor(report);
        apply(editor, c.edits());
        editor.save();
        List<String> expected = c.expected().stream()
                .map(e -> c.file() + ":" + editor.location(e[0]) + ": " + e[1]).sorted().toList();

        assertEquals(expected, problems(src), c.name());

        apply(editor, c.fixes());
        editor.save();
        assertEquals(List.of(), problems(src), c.name() + ", fixed");
    }

    private static void apply(FrontMatterEditor editor, List<String[]> edits) {
        for (String[] e : edits) {
            if (e[0].equals("remove")) {
                editor.remove(e[1]);
            } else {
                String[] kv = e[1].split(" = ", 2);
                editor.set(kv[0], kv[1]);
            }
        }
    }

    private static List<String> problems(Path src) {
        return Nianbao.check(Config.builder(src).build()).diagnostics().stream()
                .map(Object::toString).sorted().toList();
    }
}
