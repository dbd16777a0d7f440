package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.source.SourceFiles;

/**
 * A source edited while a build runs (after the build read it, before it finished) is never lost:
 * the build that missed it leaves a column the next build repairs, so that the next build's column
 * is exactly a clean build's of the edited sources.
 */
class EditDuringBuildTest {
    @TempDir
    Path tmp;

    /** An edit of one source file, made as soon as the build has read {@code file}. */
    record Edit(String name, String file, boolean charts, Change change) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Change {
        void apply(Path src) throws IOException;
    }

    static List<Edit> edits() {
        String report = "reports/2023/jiaoyuju.md";
        return List.of(
                new Edit("site.yaml", "site.yaml", false, s -> replace(s.resolve("site.yaml"),
                        "栏目名称: 示例市政府网站年度报表", "栏目名称: 示例市政府网站年度报表专栏")),
                new Edit("a report", report, false, s -> replace(s.resolve(report),
                        "网站总访问量: 2121704", "网站总访问量: 2200000")),
                new Edit("a site template", "templates/report.peb", false, s -> replace(s.resolve("templates/report.peb"),
                        "<!-- 本站模板 -->", "<!-- 本站模板，已修改 -->")),
                new Edit("a form file", "forms/work.yaml", false, s -> replace(s.resolve("forms/work.yaml"),
                        "政策文件更新量", "政策性文件更新量")),
                new Edit("a static file", "static/notice.txt", false, s -> Fixtures.write(s.resolve("static/notice.txt"),
                        "通知（已更新）")),
                new Edit("the chart font", "fonts/my.otf", true, s -> widenGlyphs(s.resolve("fonts/my.otf"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theBuildAfterAnEditDuringABuildGivesTheCleanColumnOfTheEditedSources(Edit edit) throws IOException {
        Path src = sources(edit.charts());
        Path column = tmp.resolve("column");
        assertTrue(build(src, column, edit.charts(), new SourceFiles(src)).written());
        // with its record gone the next build reads every source, as after a change (a no-op rebuild reads none)
        java.nio.file.Files.delete(LastBuild.file(column));
        AtomicBoolean edited = new AtomicBoolean();
        SourceFiles editing = new SourceFiles(src, path -> {
            if (path.equals(edit.file()) && !edited.getAndSet(true)) {
                try {
                    edit.change().apply(src);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertTrue(build(src, column, edit.charts(), editing).written(), edit.name());
        assertTrue(edited.get(), "the build read " + edit.file());

        assertTrue(build(src, column, edit.charts(), new SourceFiles(src)).written(), edit.name());
        Path clean = tmp.resolve("clean");
        assertTrue(build(src, clean, edit.charts(), new SourceFiles(src)).written(), edit.name());
        IncrementalBuildTest.assertSameFolder(clean, column, edit.name());
    }

    /**
     * The demo with a site template, a form file, a static file and (for charts) its own chart font;
     * with charts, only the reports of 2023 (the font's edit redraws every chart).
     */
    private Path sources(boolean charts) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        String template = Fixtures.read(Path.of("..", "themes", "default", "src", "main", "resources",
                "org", "nianbao", "theme", "default", "templates", "report.peb"));
        Fixtures.write(src.resolve("templates/report.peb"), template.replace("</article>", "<!-- 本站模板 --></article>"));
        Fixtures.write(src.resolve("forms/work.yaml"), """
                add:
                  - into: publish
                    after: disclosure
                    row: { id: policy, label: 政策文件更新量, unit: 条, type: count, optional: true }
                """);
        Fixtures.write(src.resolve("static/notice.txt"), "通知");
        if (charts) {
            for (String year : List.of("2018", "2021", "2022")) {
                try (var s = Files.list(src.resolve("reports/" + year))) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(src.resolve("reports/" + year));
            }
            Files.createDirectories(src.resolve("fonts"));
            Files.write(src.resolve("fonts/my.otf"), org.nianbao.render.Theme.load("default", getClass().getClassLoader())
                    .resource("fonts/NotoSansSC-nianbao-subset.otf"));
            Fixtures.write(src.resolve("site.yaml"), Fixtures.read(src.resolve("site.yaml")) + "图表字体: fonts/my.otf\n");
        }
        return src;
    }

    private static BuildResult build(Path src, Path out, boolean charts, SourceFiles sources) throws IOException {
        return Nianbao.build(Config.builder(src).outputDirectory(out).charts(charts).build(), sources);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Fixtures.read(file);
        assertTrue(text.contains(from), file + " has " + from);
        Fixtures.write(file, text.replace(from, to));
    }

    /** Another font that draws the same glyphs wider: every advance in its hmtx table grows by a tenth of an em. */
    private static void widenGlyphs(Path font) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(font));
        int tables = b.getShort(4) & 0xffff;
        int hmtx = -1;
        int metrics = -1;
        int unitsPerEm = -1;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(b.array(), entry, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int offset = b.getInt(entry + 8);
            switch (tag) {
                case "hmtx" -> hmtx = offset;
                case "hhea" -> metrics = b.getShort(offset + 34) & 0xffff;
                case "head" -> unitsPerEm = b.getShort(offset + 18) & 0xffff;
                default -> {
                }
            }
        }
        assertTrue(hmtx > 0 && metrics > 0 && unitsPerEm > 0, "the font has hmtx, hhea and head");
        for (int i = 0; i < metrics; i++) {
            int at = hmtx + 4 * i;
            b.putShort(at, (short) ((b.getShort(at) & 0xffff) + unitsPerEm / 10));
        }
        Files.write(font, b.array());
    }
}
