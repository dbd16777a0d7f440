package org.nianbao;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The options of build, check and serve as the Maven goals and the command line take them: raw values
 * in, one {@link Config} out. Every message about an option is written here, once, naming the option
 * as the webmaster typed it ({@code baseUrl} in a pom, {@code --base-url} on the command line).
 *
 * <pre>{@code
 * Config config = Options.forCommandLine(Path.of("site-src")).baseUrl(url).charts(false).config();
 * }</pre>
 */
public final class Options {
    private static final long SECOND = 1_000_000_000L;

    /** Who takes the options: decides how a message names them and how it says to fix them. */
    public enum Front {
        MAVEN, COMMAND_LINE
    }

    /** Each option as the plugin's parameter and as the command line's option. */
    enum Name {
        SOURCE("sourceDirectory", "-s"),
        OUTPUT("outputDirectory", "-o"),
        BASE_URL("baseUrl", "--base-url"),
        OUTPUT_TIMESTAMP("outputTimestamp", "--output-timestamp"),
        FAIL_ON_WARNING("failOnWarning", "--fail-on-warning");

        private final String maven;
        private final String commandLine;

        Name(String maven, String commandLine) {
            this.maven = maven;
            this.commandLine = commandLine;
        }

        String in(Front front) {
            return front == Front.MAVEN ? maven : commandLine;
        }
    }

    private final Front front;
    private final Path source;
    private Path output;
    private String theme = "default";
    private ClassLoader themes = Options.class.getClassLoader();
    private String baseUrl;
    private String encoding;
    private String outputTimestamp;
    private boolean failOnWarning;
    private boolean allowRawHtml;
    private boolean zip;
    private boolean charts = true;
    private boolean chartPng1x;
    private Consumer<String> progress;

    private Options(Front front, Path source) {
        this.front = front;
        this.source = Objects.requireNonNull(source, "source");
    }

    public static Options forMaven(Path source) {
        return new Options(Front.MAVEN, source);
    }

    public static Options forCommandLine(Path source) {
        return new Options(Front.COMMAND_LINE, source);
    }

    /** {@code null}: the default, {@code <source>/target/column}. */
    public Options output(Path dir) {
        this.output = dir;
        return this;
    }

    /** A theme's name and the class loader that holds it, under {@code org/nianbao/theme/<name>/}. */
    public Options theme(String name, ClassLoader classLoader) {
        this.theme = name == null || name.isBlank() ? "default" : name.strip();
        this.themes = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    public Options baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    /** The encoding the project declares for its sources; {@code null} or blank: not declared. */
    public Options encoding(String name) {
        this.encoding = name;
        return this;
    }

    /** As Maven writes {@code project.build.outputTimestamp}, or seconds since 1970; blank: none. */
    public Options outputTimestamp(String text) {
        this.outputTimestamp = text;
        return this;
    }

    public Options failOnWarning(boolean fail) {
        this.failOnWarning = fail;
        return this;
    }

    public Options allowRawHtml(boolean allow) {
        this.allowRawHtml = allow;
        return this;
    }

    public Options zip(boolean zip) {
        this.zip = zip;
        return this;
    }

    public Options charts(boolean charts) {
        this.charts = charts;
        return this;
    }

    public Options chartPng1x(boolean png1x) {
        this.chartPng1x = png1x;
        return this;
    }

    /** Where the progress lines go, at most one a second; {@code null}: nowhere. */
    public Options progress(Consumer<String> lines) {
        this.progress = lines;
        return this;
    }

    /** What the webmaster should hear before the build: an undeclared encoding. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (encoding == null || encoding.isBlank()) {
            warnings.add("未设置源文件编码，按 UTF-8 读取；" + (front == Front.MAVEN
                    ? "请在 pom.xml 的 <properties> 中加上 <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"
                    : "可加上 --encoding UTF-8"));
        }
        return warnings;
    }

    /**
     * The configuration, or an {@link IllegalArgumentException} whose message says, in Chinese, which
     * value is wrong and how to fix it.
     */
    public Config config() {
        Path src = sourceFolder(source, front);
        if (themes.getResource("org/nianbao/theme/" + theme + "/theme.yaml") == null) {
            throw new IllegalArgumentException(missingTheme(theme, front));
        }
        Path out = output == null ? null : output.toAbsolutePath().normalize();
        if (out != null && (out.equals(src) || src.startsWith(out))) {
            throw new IllegalArgumentException(outputOverSource(out, front));
        }
        Config.Builder b = Config.builder(src)
                .theme(theme, themes)
                .allowRawHtml(allowRawHtml)
                .failOnWarning(failOnWarning)
                .zip(zip)
                .charts(charts)
                .chartPng1x(chartPng1x);
        // checked here for this front's words; the builder checks them again for library callers
        b.baseUrl(baseUrl(baseUrl, front));
        outputTimestamp(outputTimestamp, front);
        b.outputTimestamp(outputTimestamp);
        b.sourceEncoding(encoding == null || encoding.isBlank() ? null : sourceEncoding(encoding, front));
        if (out != null) {
            b.outputDirectory(out);
        }
        if (progress != null) {
            b.progress(Progress.throttled(progress, SECOND, System::nanoTime));
        }
        return b.build();
    }

    /** The source folder, absolute; refused with a message when it is not there (import and export check it too). */
    public static Path sourceFolder(Path source, Front front) {
        Path src = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            throw new IllegalArgumentException("找不到栏目源文件夹 " + src + "（用 " + Name.SOURCE.in(front)
                    + " 指定其中有 site.yaml 和 reports/ 的文件夹）");
        }
        return src;
    }

    /** The closing line of a build or check that failed on its sources: {@code what} follows from the count. */
    public String failure(BuildResult result, String what) {
        String count = result.ok() ? result.warnings() + " 个警告（已设置 " + Name.FAIL_ON_WARNING.in(front) + "）"
                : result.errors() + " 个错误";
        return "报表有 " + count + "，" + what;
    }

    private static String missingTheme(String theme, Front front) {
        String problem = "找不到主题“" + theme + "”：类路径中没有 org/nianbao/theme/" + theme + "/theme.yaml。";
        return front == Front.MAVEN
                ? problem + "主题应作为插件的依赖加入 pom.xml，如：\n"
                        + "<plugin>\n  <groupId>org.nianbao</groupId>\n  <artifactId>nianbao-maven-plugin</artifactId>\n"
                        + "  <configuration><theme>" + theme + "</theme></configuration>\n"
                        + "  <dependencies>\n    <dependency><groupId>…</groupId><artifactId>…</artifactId><version>…</version></dependency>\n"
                        + "  </dependencies>\n</plugin>"
                : problem + "主题的 jar 应放在类路径上，如 java -cp nianbao.jar:主题.jar org.nianbao.cli.Main build --theme " + theme;
    }

    static String outputOverSource(Path out, Front front) {
        return "输出文件夹（" + Name.OUTPUT.in(front) + "）不能是源文件夹或其上级：" + out;
    }

    /** The column's address ending in {@code /}, or {@code null} for none (blank). */
    static String baseUrl(String url, Front front) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip();
        String problem = Name.BASE_URL.in(front) + " 应为栏目的完整网址，以 http:// 或 https:// 开头，"
                + "如 https://www.example.gov.cn/zfwzndbb/，而不是“" + text + "”";
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(problem);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem);
        }
        return text.endsWith("/") ? text : text + "/";
    }

    /** The instant, or {@code null} for none: blank or a single character (Maven's "disabled"). */
    static Instant outputTimestamp(String text, Front front) {
        if (text == null || text.strip().length() < 2) {
            return null;
        }
        String t = text.strip();
        try {
            return t.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(t))
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(Name.OUTPUT_TIMESTAMP.in(front) + " 应为 ISO 8601 时间（如 2024-01-31T00:00:00Z）"
                    + "或自 1970 年起的秒数，而不是“" + t + "”");
        }
    }

    /** Sources are read as UTF-8 only: any other declared encoding is refused, with how to fix it. */
    static String sourceEncoding(String encoding, Front front) {
        boolean utf8;
        try {
            utf8 = Charset.forName(encoding.strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            utf8 = false;
        }
        if (!utf8) {
            throw new IllegalArgumentException("源文件必须是 UTF-8 编码，不能按“" + encoding + "”读取：请把 site.yaml 和报表文件另存为 UTF-8，"
                    + (front == Front.MAVEN ? "并把 pom.xml 中的 project.build.sourceEncoding 改为 UTF-8"
                            : "并去掉 --encoding 或改为 UTF-8"));
        }
        return encoding.strip();
    }
}
