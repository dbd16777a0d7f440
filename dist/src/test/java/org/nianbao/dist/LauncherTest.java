package org.nianbao.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives mvn package writes, unpacked as a user would (tar keeps the launcher's mode), and
 * the sh launcher run from them on a copy of the demo. Every command goes through a script file
 * written as UTF-8, so that the paths' Chinese reach the launcher as bytes whatever this JVM's
 * locale and file.encoding.
 */
class LauncherTest {
    static final Path BASE = Path.of(System.getProperty("archive.base"));
    static final String TOP = BASE.getFileName().toString();
    static final Path DEMO = Path.of(System.getProperty("demo"));

    @TempDir
    static Path tmp;

    /** The unpacked tar.gz, in a folder whose name has a space and Chinese. */
    static String home;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        Run r = sh("mkdir -p '下载 目录' && tar -xzf '" + BASE + ".tar.gz' -C '下载 目录' && cp -R '" + DEMO + "' '示例 专栏'"
                + " && rm -rf '示例 专栏/target' '示例 专栏/pom.xml'", Map.of());
        assertEquals(0, r.code(), r.err());
        home = tmp + "/下载 目录/" + TOP;
    }

    @Test
    void theShLauncherChecksAndBuildsTheDemoInFoldersWithSpacesAndChinese() throws Exception {
        Run check = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", Map.of());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().startsWith("已检查 "), check.out());

        Run build = sh("'" + home + "/bin/nianbao' build -s '示例 专栏' -o '栏目 输出' --no-charts", Map.of());
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.isRegularFile(tmp.resolve("栏目 输出").resolve("index.html")), build.out());
    }

    /** Under LANG=C the launcher runs Java under C.UTF-8: Chinese paths are read, messages are readable. */
    @Test
    void underLangCTheLauncherStillReadsChinesePathsAndPrintsChinese() throws Exception {
        Run r = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", Map.of("LANG", "C", "LC_ALL", "C"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("已检查 "), r.out());

        Run missing = sh("'" + home + "/bin/nianbao' check -s '没有 此文件夹'", Map.of("LANG", "C", "LC_ALL", "C"));
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().startsWith("错误：找不到栏目源文件夹 " + tmp + "/没有 此文件夹"), missing.err());
    }

    /**
     * The demo column as the Maven plugin built it (site-src's package phase), built again by the command line
     * from the same sources: one build key, so every job is kept and no file is written again.
     */
    @Test
    void theCommandLineKeepsEveryFileOfAColumnTheMavenPluginBuilt() throws Exception {
        Path plugin = Files.createDirectories(tmp.resolve("插件 输出"));
        Run copy = sh("cp -R '" + DEMO + "/target/column' '" + DEMO + "/target/.column.manifest' '" + plugin + "/'", Map.of());
        assertEquals(0, copy.code(), copy.err());
        Path column = plugin.resolve("column");
        Map<String, Object> before = fileKeys(column);
        byte[] manifest = Files.readAllBytes(plugin.resolve(".column.manifest"));

        Run build = sh("'" + home + "/bin/nianbao' build -s '示例 专栏' -o '" + column + "' --output-timestamp "
                + System.getProperty("output.timestamp"), Map.of());
        assertEquals(0, build.code(), build.err());
        assertEquals(new String(manifest, StandardCharsets.UTF_8),
                Files.readString(plugin.resolve(".column.manifest"), StandardCharsets.UTF_8), "every job's key the same");
        assertEquals(before, fileKeys(column), "no file written again");
    }

    /** Each file of a folder by its path, with the identity of the file (inode) behind it. */
    static Map<String, Object> fileKeys(Path folder) throws IOException {
        Map<String, Object> keys = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                keys.put(folder.relativize(p).toString(), Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void withoutJavaTheLauncherSaysSoPlainly() throws Exception {
        // a PATH with the tools the launcher uses and no java
        Run r = sh("mkdir -p nojava && for t in sh sed dirname ls; do ln -sf \"$(command -v $t)\" nojava/$t; done"
                + " && PATH=\"$PWD/nojava\" '" + home + "/bin/nianbao' check; code=$?; rm -rf nojava; exit $code", Map.of());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("nianbao: 找不到 Java。nianbao 需要 Java 17 或更高版本"), r.err());

        Run wrongHome = sh("JAVA_HOME='" + tmp + "/没有 Java' '" + home + "/bin/nianbao' check", Map.of());
        assertEquals(2, wrongHome.code());
        assertTrue(wrongHome.err().contains("中没有 bin/java"), wrongHome.err());
    }

    @Test
    void anOldJavaIsNamedWithTheVersionNeeded() throws Exception {
        Path java = Files.createDirectories(tmp.resolve("old java/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\n");
        assertTrue(java.toFile().setExecutable(true));
        Run r = sh("JAVA_HOME=\"$PWD/old java\" '" + home + "/bin/nianbao' check", Map.of());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("nianbao: 需要 Java 17 或更高版本，而 " + tmp + "/old java/bin/java 是 Java 1.8.0_392"), r.err());
    }

    /** cmd.exe needs CRLF; every path is quoted, and the arguments go on as given (%*). */
    @Test
    void theCmdLauncherHasCrlfLineEndsAndQuotesItsPaths() throws IOException {
        String cmd;
        try (ZipFile zip = new ZipFile(BASE + ".zip")) {
            cmd = new String(zip.getInputStream(zip.getEntry(TOP + "/bin/nianbao.cmd")).readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertTrue(cmd.startsWith("@echo off\r\n"), cmd);
        assertEquals(cmd.split("\n", -1).length - 1, cmd.split("\r\n", -1).length - 1, "every line ends with CRLF");
        assertFalse(cmd.contains("\r\r"));
        assertTrue(cmd.chars().allMatch(c -> c < 128), "ASCII: cmd.exe reads it in the console's code page");
        assertTrue(cmd.contains("\r\nsetlocal\r\n"), cmd);
        assertTrue(cmd.contains("set \"NIANBAO_HOME=%~dp0..\"\r\n"), cmd);
        assertTrue(cmd.contains("set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"\r\n"), cmd);
        assertTrue(cmd.contains("\r\n\"%JAVA_EXE%\" -jar \"%NIANBAO_HOME%\\lib\\nianbao.jar\" %*\r\nexit /b %ERRORLEVEL%\r\n"), cmd);
        // no ( ) blocks: a path such as C:\Program Files (x86)\ expanded inside one would end it
        assertFalse(cmd.lines().anyMatch(l -> l.strip().endsWith("(")), cmd);
    }

    @Test
    void bothArchivesHoldTheLaunchersTheJarTheLicencesAndTheGuide() throws Exception {
        List<String> expected = List.of("bin/nianbao", "bin/nianbao.cmd", "lib/nianbao.jar", "licences/LGPL-2.1.txt",
                "licences/LICENSE.txt", "licences/OFL.txt", "licences/THIRD-PARTY.txt", "使用说明.txt");
        try (ZipFile zip = new ZipFile(BASE + ".zip")) {
            assertEquals(expected, zip.stream().filter(e -> !e.isDirectory())
                    .map(e -> e.getName().substring(TOP.length() + 1)).sorted().toList());
        }
        try (Stream<Path> s = Files.walk(Path.of(home))) {
            assertEquals(expected, s.filter(Files::isRegularFile).map(p -> Path.of(home).relativize(p).toString()).sorted().toList());
        }
        assertTrue(Files.isExecutable(Path.of(home, "bin/nianbao")));
        String guide = Files.readString(Path.of(home, "使用说明.txt"));
        assertTrue(guide.startsWith("nianbao " + TOP.substring("nianbao-".length()) + " 使用说明"), guide);
        String third = Files.readString(Path.of(home, "licences/THIRD-PARTY.txt"));
        assertFalse(third.contains("${"), "every version filled in");
        assertTrue(third.contains("JFreeChart 1.5.6") && third.contains("LGPL-2.1") && third.contains("jsoup 1.24.1"), third);
    }

    /** {@code script} run by sh in the temporary folder, with {@code env} added; output read as UTF-8. */
    static Run sh(String script, Map<String, String> env) throws IOException, InterruptedException {
        Path file = Files.writeString(Files.createTempFile(tmp, "run", ".sh"), script + "\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", file.toString()).directory(tmp.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        int code = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
