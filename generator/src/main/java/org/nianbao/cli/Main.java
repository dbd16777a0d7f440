package org.nianbao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * {@code java -jar nianbao.jar build|check|serve|new|import}: parses options and calls the same entry points
 * as the Maven goals. Exit codes: 0 ok, 1 problems in the reports, 2 wrong usage or an internal error.
 */
public final class Main {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        Charset console = consoleCharset();
        String garbled = garbledArguments(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (garbled != null) {
            new PrintWriter(new OutputStreamWriter(System.err, console), true).println(garbled);
            System.exit(ERROR);
        }
        // A writer on the stream itself: PrintWriter(OutputStream) would encode in the default charset,
        // which is ASCII under LANG=C.
        int code = run(args, new PrintWriter(new OutputStreamWriter(System.out, console), true),
                new PrintWriter(new OutputStreamWriter(System.err, console), true));
        System.exit(code);
    }

    /** Runs one command line; never exits the JVM, so that tests can call it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        NianbaoCommand root = new NianbaoCommand();
        CommandLine cli = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> {
                    err.println("参数错误：" + e.getMessage());
                    e.getCommandLine().usage(err);
                    return ERROR;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof IllegalArgumentException) {
                        err.println("错误：" + e.getMessage());
                    } else {
                        err.println("内部错误：" + e);
                        if (root.debug) {
                            e.printStackTrace(err);
                        } else {
                            err.println("（加 -X 查看详细信息）");
                        }
                    }
                    return ERROR;
                });
        cli.getCommandSpec().usageMessage().synopsisSubcommandLabel("[命令]");
        return cli.execute(args);
    }

    /** A source folder that is not there is a usage error (exit 2), not a problem in the reports (1). */
    static void requireFolder(java.nio.file.Path source) {
        org.nianbao.Options.sourceFolder(source, org.nianbao.Options.Front.COMMAND_LINE);
    }

    /**
     * Why the arguments cannot be read, or {@code null}: under a locale without Chinese (LANG=C) the
     * JVM turns each Chinese character of a path into U+FFFD before nianbao sees it.
     */
    static String garbledArguments(String[] args, String jnuEncoding) {
        boolean chinese;
        try {
            chinese = Charset.forName(jnuEncoding).newEncoder().canEncode("年报");
        } catch (IllegalArgumentException e) {
            chinese = false;
        }
        if (chinese || java.util.Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
            return null;
        }
        return "参数错误：当前的区域设置（编码 " + jnuEncoding + "）不能表示参数中的中文，Java 无法读取这样的路径。"
                + "请先设置 LANG=C.UTF-8（如 export LANG=C.UTF-8 LC_ALL=C.UTF-8），或用发行包中的 bin/nianbao 启动";
    }

    /**
     * The console's encoding when it can show Chinese, else UTF-8: a POSIX locale would otherwise
     * turn every message into question marks.
     */
    static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding",
                System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8")));
        try {
            Charset charset = Charset.forName(name);
            if (charset.newEncoder().canEncode("年报")) {
                return charset;
            }
        } catch (IllegalArgumentException e) {
            // an unknown name: fall through
        }
        return StandardCharsets.UTF_8;
    }
}
