package org.nianbao.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;

class NewProjectTest {
    @TempDir
    Path tmp;

    @Test
    void aNewProjectBuildsAsItIs() throws IOException {
        Path dir = tmp.resolve("我的 专栏");

        List<String> written = NewProject.create(dir, "1.2.3", 2024);

        assertEquals(List.of("pom.xml", "site.yaml", "reports/2024/menhu.md"), written);
        String pom = Files.readString(dir.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>nianbao-maven-plugin</artifactId>\n        <version>1.2.3</version>"), pom);
        assertTrue(pom.contains("<artifactId>nianbao-column</artifactId>"), pom);
        assertTrue(Files.readString(dir.resolve("reports/2024/menhu.md")).startsWith("---\n年度: 2024\n发布日期: 2025-01-20\n"));
        BuildResult result = Nianbao.build(Config.builder(dir).build());
        assertTrue(result.ok(true), result.diagnostics().toString());
        assertEquals(1, result.reports());
        assertTrue(Files.isRegularFile(dir.resolve("target/column/2024/menhu/index.html")));
    }

    @Test
    void anExistingProjectIsNeverOverwritten() throws IOException {
        Files.writeString(tmp.resolve("site.yaml"), "栏目名称: 已有\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewProject.create(tmp, "1.2.3", 2024));

        assertTrue(e.getMessage().contains("已有 site.yaml"), e.getMessage());
        assertEquals("栏目名称: 已有\n", Files.readString(tmp.resolve("site.yaml")));
        assertTrue(Files.notExists(tmp.resolve("pom.xml")));
    }

    @Test
    void theExampleReportIsForTheYearWhoseReportsAreDue() {
        // 2025-01-01 00:30 in Beijing is still 2024 in UTC.
        Clock clock = Clock.fixed(Instant.parse("2024-12-31T16:30:00Z"), ZoneOffset.UTC);
        assertEquals(2024, NewProject.reportingYear(clock));
    }

    @Test
    void theFolderNameBecomesTheArtifactIdWhenMavenAcceptsIt() {
        assertEquals("shili-column", NewProject.artifactId(Path.of("/x/Shili-Column")));
        assertEquals("nianbao-column", NewProject.artifactId(Path.of("/x/示例 专栏")));
    }
}
