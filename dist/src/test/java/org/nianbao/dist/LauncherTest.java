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

    /**
     * The class-data archives in {@code cache}/nianbao, and the parts of one, by name (not the copy of
     * the jar that the launcher runs there when the jar's path has spaces or Chinese).
     */
    static List<String> archives(Path cache) throws IOException {
        Path folder = cache.resolve("nianbao");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".jar")).sorted().toList();
        }
    }

    /** The lines of {@code out} that Java itself wrote: its log's warnings and errors, a VM warning, a crash. */
    static List<String> fromJava(String out) {
        return out.lines().filter(l -> l.matches("^\\[[^]]*\\]\\[(warning|error)\\].*") || l.contains("VM warning")
                || l.contains("fatal error") || l.contains("SIGBUS") || l.contains("SIGSEGV")).toList();
    }

    /** What Java's class+load log says of the launcher's own class nianbao.cli.Main: where it came from. */
    static String mainClassSource(String out) {
        return out.lines().filter(l -> l.contains(" org.nianbao.cli.Main source: ")).findFirst().orElse("(not loaded)");
    }

    /**
     * The first build writes a class-data archive of nianbao's classes (named by the jar, the Java and
     * its own size), saying nothing; the next runs load nianbao's classes from it.
     */
    @Test
    void theFirstBuildWritesAClassDataArchiveTheNextRunsLoadFrom() throws Exception {
        Path cache = tmp.resolve("cds-cache"); // on Java 17 only a path without spaces and Chinese takes an archive
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Run check = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", env);
        assertEquals(0, check.code(), check.err());
        assertEquals(List.of(), archives(cache), "only a build writes the archive");

        Run first = sh("'" + home + "/bin/nianbao' build -s '示例 专栏' -o 'cds 输出' --no-charts", env);
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of(), fromJava(first.out() + first.err()));
        List<String> written = archives(cache);
        assertEquals(1, written.size(), written.toString());
        String name = written.get(0);
        assertTrue(name.matches("nianbao-\\d+-\\d+-java[0-9A-Za-z._+]+-\\d+-\\d+\\.jsa"), name);
        long size = Files.size(cache.resolve("nianbao").resolve(name));
        assertTrue(name.endsWith("-" + size + ".jsa") && size > 1_000_000, name + ": " + size + " bytes");

        Run next = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", Map.of("XDG_CACHE_HOME", cache.toString(),
                "NIANBAO_JAVA_OPTS", "-Xlog:class+load=info"));
        assertEquals(0, next.code(), next.err());
        assertEquals("", next.err());
        assertTrue(mainClassSource(next.out()).endsWith("source: shared objects file (top)"), mainClassSource(next.out()));

        Run off = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", Map.of("XDG_CACHE_HOME", cache.toString(),
                "NIANBAO_JAVA_OPTS", "-Xlog:class+load=info", "NIANBAO_CDS", "off"));
        assertEquals(0, off.code(), off.err());
        assertTrue(mainClassSource(off.out()).contains("source: file:"), mainClassSource(off.out()));
    }

    /**
     * An archive cut short (Java 17 would crash on it), or one Java does not take (here: not an
     * archive at all), in the archive's place: the run goes on without it and says nothing more.
     */
    @Test
    void aDamagedArchiveIsPassedOverSilently() throws Exception {
        Path cache = tmp.resolve("damaged");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Run first = sh("'" + home + "/bin/nianbao' build -s '示例 专栏' -o 'damaged 输出' --no-charts", env);
        assertEquals(0, first.code(), first.err());
        Path archive = cache.resolve("nianbao").resolve(archives(cache).get(0));
        byte[] whole = Files.readAllBytes(archive);

        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));
        Run cut = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", env);
        assertEquals(0, cut.code(), cut.out() + cut.err());
        assertEquals("", cut.err());
        assertEquals(List.of(), fromJava(cut.out()));
        assertTrue(cut.out().startsWith("已检查 "), cut.out());

        byte[] junk = new byte[whole.length];
        java.util.Arrays.fill(junk, (byte) 7);
        Files.write(archive, junk);
        Run foreign = sh("'" + home + "/bin/nianbao' check -s '示例 专栏' --no-charts", env);
        assertEquals(0, foreign.code(), foreign.out() + foreign.err());
        assertEquals("", foreign.err());
        assertEquals(List.of(), fromJava(foreign.out()));
        assertTrue(foreign.out().startsWith("已检查 "), foreign.out());
    }

    /** A build that fails writes no archive and ends with the build's exit code. */
    @Test
    void aFailedFirstBuildKeepsNoArchiveAndItsExitCode() throws Exception {
        Path cache = tmp.resolve("failed");
        Run r = sh("'" + home + "/bin/nianbao' build -s '没有 此文件夹'", Map.of("XDG_CACHE_HOME", cache.toString()));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("错误：找不到栏目源文件夹 "), r.err());
        assertEquals(List.of(), archives(cache), "neither an archive nor a part of one left");
    }

    /** Where the cache cannot be made (its parent is a file), the build runs without an archive, silently. */
    @Test
    void aCacheFolderThatCannotBeWrittenMeansNoArchive() throws Exception {
        Path file = Files.writeString(tmp.resolve("not a folder"), "");
        Run r = sh("'" + home + "/bin/nianbao' build -s '示例 专栏' -o 'no cache 输出' --no-charts",
                Map.of("XDG_CACHE_HOME", file + "/cache"));
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), fromJava(r.out() + r.err()));
        assertTrue(Files.isRegularFile(tmp.resolve("no cache 输出").resolve("index.html")), r.out());
        assertTrue(Files.isRegularFile(file));

        // a folder without write permission (root writes anyway: then it is only run)
        Path readOnly = Files.createDirectories(tmp.resolve("read-only/nianbao"));
        assertTrue(readOnly.toFile().setWritable(false, false));
        Run ro = sh("'" + home + "/bin/nianbao' build -s '示例 专栏' -o 'read-only 输出' --no-charts",
                Map.of("XDG_CACHE_HOME", tmp.resolve("read-only").toString()));
        assertEquals(0, ro.code(), ro.err());
        assertEquals(List.of(), fromJava(ro.out() + ro.err()));
        if (!"root".equals(System.getProperty("user.name"))) {
            assertEquals(List.of(), archives(tmp.resolve("read-only")));
        }
        assertTrue(readOnly.toFile().setWritable(true, false));
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
        assertTrue(cmd.contains("\r\n\"%JAVA_EXE%\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:MaxNewSize=32m %NIANBAO_JAVA_OPTS% -jar \"%NIANBAO_HOME%\\lib\\nianbao.jar\" %*\r\nexit /b %ERRORLEVEL%\r\n"), cmd);
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
        // the launcher's class-data archives go to this test's folder, never to the user's ~/.cache
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().remove("NIANBAO_JAVA_OPTS");
        pb.environment().remove("NIANBAO_CDS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        int code = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
