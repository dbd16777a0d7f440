package org.nianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.jfree.chart.JFreeChart;
import org.nianbao.output.Sha256;
import org.yaml.snakeyaml.Yaml;

/**
 * The key of what every file of a column depends on besides its own sources: the code that builds it
 * (nianbao and the libraries that shape its output), the theme, the site's templates and forms,
 * site.yaml, the chart font and the options. Any change here renders the whole column again.
 */
final class BuildInputs {
    /** Classes whose jar (or class folder) decides the output: a new version of any is a new key. */
    private static final List<Class<?>> CODE = List.of(Nianbao.class, io.pebbletemplates.pebble.PebbleEngine.class,
            Parser.class, JFreeChart.class, Yaml.class);

    private BuildInputs() {
    }

    static String key(Config config, String themeName, String chartFontSha256) {
        StringBuilder b = new StringBuilder();
        Set<Path> code = new LinkedHashSet<>();
        CODE.forEach(c -> code.add(location(c)));
        code.forEach(p -> b.append("code ").append(hash(p)).append('\n'));
        b.append("theme ").append(themeName).append(' ').append(hash(themeLocation(config, themeName))).append('\n');
        Path src = config.sourceDirectory();
        for (String part : List.of("site.yaml", "templates", "forms")) {
            b.append(part).append(' ').append(hash(src.resolve(part))).append('\n');
        }
        b.append("chart font ").append(chartFontSha256).append('\n');
        b.append("base ").append(config.baseUrl().orElse("")).append('\n');
        b.append("raw html ").append(config.allowRawHtml()).append('\n');
        b.append("charts ").append(config.charts()).append('\n');
        return Sha256.of(b.toString());
    }

    /** The jar or class folder a class comes from. */
    private static Path location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        try {
            return source == null ? Path.of("") : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The theme's jar, or its folder when the theme's files are on the class path as files (in tests). */
    private static Path themeLocation(Config config, String themeName) {
        String base = "org/nianbao/theme/" + themeName + "/";
        URL url = config.themeClassLoader().getResource(base + "theme.yaml");
        try {
            if (url != null && url.openConnection() instanceof JarURLConnection jar) {
                return Path.of(jar.getJarFileURL().toURI());
            }
            return url == null ? Path.of("") : Path.of(url.toURI()).getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hash of a file, or of a folder's file names and contents; "-" when there is none. */
    private static String hash(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return Sha256.of(Files.readAllBytes(path));
            }
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return "-";
            }
            StringBuilder b = new StringBuilder();
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                b.append(path.relativize(f).toString().replace('\\', '/')).append(' ')
                        .append(Sha256.of(Files.readAllBytes(f))).append('\n');
            }
            return Sha256.of(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
