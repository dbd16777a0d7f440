package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Fixtures;

/** The command line in a real JVM under a console that cannot show Chinese (LANG=C, as on servers and in CI). */
class ConsoleEncodingTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** {@code Main} in a new JVM with LANG and LC_ALL set to {@code locale}; its output read as UTF-8. */
    static Run main(String locale, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return run(locale, command);
    }

    /** {@code command} with LANG and LC_ALL set to {@code locale}; its output read as UTF-8. */
    static Run run(String locale, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", locale);
        pb.environment().put("LC_ALL", locale);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void underLangCMessagesAndErrorsAreUtf8NotQuestionMarks() throws Exception {
        for (String locale : List.of("C", "POSIX")) {
            Run check = main(locale, "check", "--source", Fixtures.DEMO.toString(), "--no-charts");
            assertEquals(0, check.code(), check.err());
            assertTrue(check.out().startsWith("已检查 "), check.out());

            Run usage = main(locale, "check", "--source", tmp.resolve("none").toString());
            assertEquals(2, usage.code());
            assertTrue(usage.err().startsWith("错误：找不到栏目源文件夹 "), usage.err());
            assertTrue(!usage.err().contains("?"), usage.err());
        }
    }

    @Test
    void underLangCAChinesePathIsToldToSetAUtf8Locale() throws Exception {
        // the path's UTF-8 bytes reach the JVM through the shell, whatever the locale of this test's JVM
        Path arg = Files.writeString(tmp.resolve("arg"), tmp.resolve("示例 专栏").toString(), StandardCharsets.UTF_8);
        Run r = run("C", List.of("/bin/sh", "-c", "exec \"$0\" -cp \"$1\" " + Main.class.getName() + " check --source \"$(cat \"$2\")\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"),
                arg.toString()));

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("参数错误：当前的区域设置（编码 ANSI_X3.4-1968）不能表示参数中的中文"), r.err());
        assertTrue(r.err().contains("LANG=C.UTF-8"), r.err());
    }

    @Test
    void argumentsAreGarbledOnlyWhenTheLocaleCannotHoldChinese() {
        assertNull(Main.garbledArguments(new String[] {"/tmp/示例"}, "UTF-8"));
        assertNull(Main.garbledArguments(new String[] {"/tmp/a"}, "ANSI_X3.4-1968"));
        assertTrue(Main.garbledArguments(new String[] {"/tmp/\uFFFD\uFFFD"}, "ANSI_X3.4-1968").contains("LANG=C.UTF-8"));
    }
}
