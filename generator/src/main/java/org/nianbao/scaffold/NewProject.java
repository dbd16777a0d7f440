package org.nianbao.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a new column project: a {@code pom.xml} that holds only the plugin, a {@code site.yaml}
 * and one example report, which builds as it is.
 */
public final class NewProject {
    private static final String TEMPLATES = "/org/nianbao/scaffold/";

    private NewProject() {
    }

    /** Creates the project with an example report of the last full year, as {@link #create(Path, String, int)}. */
    public static List<String> create(Path dir, String pluginVersion) throws IOException {
        return create(dir, pluginVersion, reportingYear(Clock.systemUTC()));
    }

    /** The year whose reports are due now: the one before today's, in China. */
    static int reportingYear(Clock clock) {
        return Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getValue() - 1;
    }

    /**
     * Creates the project in {@code dir} (made if missing), never overwriting a file.
     *
     * @param pluginVersion the nianbao-maven-plugin version the pom names
     * @param year          the year of the example report
     * @return the files written, relative to {@code dir}, with forward slashes
     * @throws IllegalArgumentException when {@code dir} already holds a column project
     */
    public static List<String> create(Path dir, String pluginVersion, int year) throws IOException {
        String report = "reports/" + year + "/menhu.md";
        for (String existing : List.of("pom.xml", "site.yaml", "reports")) {
            if (Files.exists(dir.resolve(existing))) {
                throw new IllegalArgumentException("文件夹 " + dir + " 中已有 " + existing + "，未创建新项目；"
                        + "要为新年度准备报表，请指定年度（如 " + (year + 1) + "）");
            }
        }
        Files.createDirectories(dir.resolve("reports").resolve(String.valueOf(year)));
        List<String> written = new ArrayList<>();
        write(dir, "pom.xml", template("pom.xml")
                .replace("@ARTIFACT@", artifactId(dir))
                .replace("@VERSION@", pluginVersion), written);
        write(dir, "site.yaml", template("site.yaml"), written);
        write(dir, report, template("report.md")
                .replace("@YEAR@", String.valueOf(year))
                .replace("@NEXT@", String.valueOf(year + 1)), written);
        return written;
    }

    /** The folder's name when Maven accepts it as an artifactId, else a neutral one. */
    static String artifactId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return text.matches("[a-z][a-z0-9._-]*") ? text : "nianbao-column";
    }

    private static void write(Path dir, String file, String text, List<String> written) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        written.add(file);
    }

    private static String template(String name) {
        try (InputStream in = NewProject.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("scaffold template missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
