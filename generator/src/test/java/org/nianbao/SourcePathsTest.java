package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing from outside the source folder reaches the column: no links, no template paths out. */
class SourcePathsTest {
    @TempDir
    Path tmp;

    private List<String> build(Path src) throws IOException {
        BuildResult r = Fixtures.build(src, tmp.resolve("column"));
        assertFalse(r.written());
        return r.diagnostics().stream().map(Object::toString).toList();
    }

    @Test
    void symbolicLinksInStaticAndTemplatesAreRefused() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(tmp.resolve("secret.txt"), "机密");
        Files.createDirectories(src.resolve("static"));
        Files.createSymbolicLink(src.resolve("static/secret.txt"), tmp.resolve("secret.txt"));
        Files.createDirectories(src.resolve("templates"));
        Files.createSymbolicLink(src.resolve("templates/year.peb"), tmp.resolve("secret.txt"));
        String msg = ": 不能是符号链接：链接可能把源文件夹以外的文件带进发布的栏目，请改为复制文件";
        assertEquals(List.of("static/secret.txt" + msg, "templates/year.peb" + msg), build(src));
    }

    @Test
    void aSourceLinkedToAFileOutsideIsNotReadByCheckNorBuild() throws IOException {
        String msg = ": 不能是符号链接：链接可能把源文件夹以外的文件带进发布的栏目，请改为复制文件";
        for (String file : List.of("site.yaml", "forms/work.yaml", "forms/supervision.yaml", "reports/2023/menhu.md")) {
            Path src = Fixtures.copyDemo(tmp.resolve("links").resolve(file));
            Files.createDirectories(src.resolve(file).getParent());
            Files.deleteIfExists(src.resolve(file));
            Files.createSymbolicLink(src.resolve(file), Path.of("/etc/passwd"));
            assertEquals(List.of(file + msg), build(src), file);
            assertEquals(List.of(file + msg), Nianbao.check(Config.builder(src).build()).diagnostics().stream()
                    .map(Object::toString).toList(), file);
            Files.delete(src.resolve(file)); // else JUnit warns of a link out of its folder
        }
    }

    @Test
    void aFolderOnTheWayThatIsALinkIsRefusedAtItsPath() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.copy(src.resolve("reports/2023/menhu.md"), elsewhere.resolve("menhu.md"));
        Files.writeString(elsewhere.resolve("menhu.md"), Fixtures.read(elsewhere.resolve("menhu.md"))
                .replace("年度: 2023", "年度: 2024").replace("发布日期: 2024-01-", "发布日期: 2025-01-"));
        Files.createSymbolicLink(src.resolve("reports/2024"), elsewhere);
        assertEquals(List.of("reports/2024: 不能是符号链接：链接可能把源文件夹以外的文件带进发布的栏目，请改为复制文件"), build(src));
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheirFolder() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("secret.txt"), "机密");
        Fixtures.write(src.resolve("templates/year.peb"), "{% include \"../secret.txt\" %}");
        List<String> problems = build(src);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/year.peb: 模板错误："), problems.get(0));

        Fixtures.write(src.resolve("templates/year.peb"), "{% include \"/etc/hostname\" %}");
        problems = build(src);
        assertTrue(problems.get(0).startsWith("templates/year.peb: 模板错误："), problems.get(0));
    }

    @Test
    void aTemplateMistakeIsLocated() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("templates/year.peb"), "{% extends \"layout\" %}\n{% block content %}\n{{ nosuch }}\n{% endblock %}");
        List<String> problems = build(src);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/year.peb:3:1: 模板错误："), problems.get(0));
    }
}
