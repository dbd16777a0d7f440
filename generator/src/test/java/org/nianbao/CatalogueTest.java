package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad sources ({@code bad-sources.txt}): each case damages a copy of the demo
 * column and expects exactly its problems, with their locations, found fast (alias bombs included).
 */
class CatalogueTest {
    @TempDir
    Path tmp;

    static Stream<Fixtures.Case> cases() throws IOException {
        return Fixtures.cases("/bad-sources.txt").stream();
    }

    @org.junit.jupiter.api.Test
    void catalogueHasAtLeastFortyCases() throws IOException {
        assertFalse(cases().count() < 40, "the catalogue has " + cases().count() + " cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badSourceIsRefusedWithItsLocation(Fixtures.Case c) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        String file = null;
        String in = null;
        long maxBytes = Config.DEFAULT_MAX_FILE_BYTES;
        FrontMatterEditor editor = null;
        List<String> expected = new ArrayList<>();
        for (String[] op : c.lines()) {
            String v = op[1];
            switch (op[0]) {
                case "file" -> {
                    file = v;
                    Files.createDirectories(src.resolve(file).getParent());
                    editor = Files.isRegularFile(src.resolve(file)) ? new FrontMatterEditor(src.resolve(file)) : null;
                }
                case "set" -> {
                    String[] kv = v.split(" = ", 2);
                    editor.set(kv[0], kv[1]).save();
                }
                case "remove" -> editor.remove(v).save();
                case "line" -> {
                    String[] kv = v.split(" => ", 2);
                    editor.replaceLine(kv[0], unescape(kv[1])).save();
                }
                case "replace" -> {
                    String[] kv = v.split(" => ", 2);
                    String text = Fixtures.read(src.resolve(file));
                    String from = unescape(kv[0]);
                    if (!text.contains(from)) {
                        throw new AssertionError(c.name() + ": no " + from + " in " + file);
                    }
                    Fixtures.write(src.resolve(file), text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(unescape(kv[1]))));
                    editor = new FrontMatterEditor(src.resolve(file));
                }
                case "write" -> Files.writeString(src.resolve(file), unescape(v), StandardCharsets.UTF_8);
                case "hex" -> Files.write(src.resolve(file), HexFormat.of().parseHex(v));
                case "symlink" -> {
                    Path target = tmp.resolve(v);
                    Files.move(src.resolve(file), target);
                    Files.createSymbolicLink(src.resolve(file), target);
                }
                case "maxbytes" -> maxBytes = Long.parseLong(v);
                case "append" -> Files.writeString(src.resolve(file), unescape(v), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
                case "pad" -> Files.writeString(src.resolve(file), "正文。".repeat(Integer.parseInt(v)),
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                case "in" -> in = v;
                case "expect" -> {
                    String[] wt = v.split(" \\| ", 2);
                    String where = wt[0].equals("-") ? "" : ":" + (wt[0].matches("[0-9]+:[0-9]+") ? wt[0] : editor.location(wt[0]));
                    expected.add((in != null ? in : file) + where + ": " + unescape(wt[1]));
                }
                default -> throw new IllegalArgumentException("bad-sources.txt: unknown line " + op[0]);
            }
        }
        Config config = Config.builder(src).maxFileBytes(maxBytes).build();
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                Nianbao.check(config).diagnostics().stream().map(Object::toString).sorted().toList());
        assertEquals(expected.stream().sorted().toList(), problems, c.name());
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
