package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one options layer of the plugin and the command line: values carried over, bad ones told in each front's words. */
class OptionsTest {
    @TempDir
    Path tmp;

    private String problem(Options options) {
        return assertThrows(IllegalArgumentException.class, options::config).getMessage();
    }

    @Test
    void everyValueReachesTheConfig() {
        Config c = Options.forCommandLine(tmp).output(tmp.resolve("out/column")).baseUrl("https://www.example.gov.cn/nb")
                .encoding("utf8").outputTimestamp("1706659200").failOnWarning(true).allowRawHtml(true).zip(true)
                .charts(false).chartPng1x(true).config();
        assertEquals(tmp.resolve("out/column"), c.outputDirectory());
        assertEquals(Optional.of("https://www.example.gov.cn/nb/"), c.baseUrl());
        assertEquals(Optional.of(Instant.parse("2024-01-31T00:00:00Z")), c.outputTimestamp());
        assertTrue(c.failOnWarning() && c.allowRawHtml() && c.zip() && c.chartPng1x());
        assertFalse(c.charts());
        Config defaults = Options.forMaven(tmp).config();
        assertTrue(defaults.charts());
        assertFalse(defaults.chartPng1x() || defaults.zip() || defaults.failOnWarning() || defaults.allowRawHtml());
        assertEquals(Optional.empty(), defaults.outputTimestamp());
        assertEquals("default", defaults.theme());
    }

    @Test
    void badValuesAreNamedAsEachFrontSpellsThem() {
        for (Options.Front front : Options.Front.values()) {
            boolean maven = front == Options.Front.MAVEN;
            Function<Path, Options> of = maven ? Options::forMaven : Options::forCommandLine;
            assertTrue(problem(of.apply(tmp).baseUrl("www.example.gov.cn")).startsWith(
                    (maven ? "baseUrl" : "--base-url") + " 应为栏目的完整网址，以 http:// 或 https:// 开头"), front.name());
            assertEquals((maven ? "outputTimestamp" : "--output-timestamp") + " 应为 ISO 8601 时间（如 2024-01-31T00:00:00Z）"
                    + "或自 1970 年起的秒数，而不是“2024-01-31”", problem(of.apply(tmp).outputTimestamp("2024-01-31")));
            assertTrue(problem(of.apply(tmp).encoding("GBK")).endsWith(maven
                    ? "并把 pom.xml 中的 project.build.sourceEncoding 改为 UTF-8" : "并去掉 --encoding 或改为 UTF-8"));
            assertEquals("找不到栏目源文件夹 " + tmp.resolve("none") + "（用 " + (maven ? "sourceDirectory" : "-s")
                    + " 指定其中有 site.yaml 和 reports/ 的文件夹）", problem(of.apply(tmp.resolve("none"))));
            assertTrue(problem(of.apply(tmp).theme("nope", getClass().getClassLoader())).startsWith(
                    "找不到主题“nope”：类路径中没有 org/nianbao/theme/nope/theme.yaml。"
                    + (maven ? "主题应作为插件的依赖加入 pom.xml" : "主题的 jar 应放在类路径上")));
            assertEquals("输出文件夹（" + (maven ? "outputDirectory" : "-o") + "）不能是源文件夹或其上级：" + tmp,
                    problem(of.apply(tmp).output(tmp)));
            BuildResult warned = new BuildResult(List.of(new org.nianbao.diagnostic.Diagnostic(
                    org.nianbao.diagnostic.Severity.WARNING, "a.md", 1, 1, "", "示例")), 1, 0, false);
            assertEquals("报表有 1 个警告（已设置 " + (maven ? "failOnWarning" : "--fail-on-warning") + "），栏目未生成",
                    of.apply(tmp).failure(warned, "栏目未生成"));
        }
    }

    @Test
    void anUndeclaredEncodingIsAWarningNotAnError() throws IOException {
        Files.createDirectories(tmp);
        assertEquals(List.of("未设置源文件编码，按 UTF-8 读取；请在 pom.xml 的 <properties> 中加上 "
                + "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"), Options.forMaven(tmp).warnings());
        assertEquals(List.of(), Options.forMaven(tmp).encoding("UTF-8").warnings());
        Options.forMaven(tmp).config();
    }
}
