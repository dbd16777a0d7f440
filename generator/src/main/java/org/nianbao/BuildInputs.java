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
import org.nianbao.source.Sha256;
import org.nianbao.source.SiteReader;
import org.nianbao.source.SourceFiles;
import org.yaml.snakeyaml.Yaml;

/**
 * The key of what every file of a column depends on besides its own sources: the code that builds it
 * (nianbao and the libraries that shape its output), the theme, the site's templates and forms,
 * site.yaml, the chart font and the options. Any change here renders the whole column again.
 *
 * <p>The sources' part is the hashes of the very bytes the build read ({@link SourceFiles}), never
 * of the files read again: a source edited during a build must give the next build another key. The
 * code and the theme are hashed before the build reads them, for the same reason.
 */
final class BuildInputs {
    /** Classes whose jar (or class folder) decides the output: a new version of any is a new key. */
    private static final List<Class<?>> CODE = List.of(Nianbao.class, io.pebbletemplates.pebble.PebbleEngine.class,
            Parser.class, JFreeChart.class, Yaml.class);

    private BuildInputs() {
    }

    /** The code's and the theme's part of the key: taken before the theme is loaded. */
    static String code(Config config) {
        StringBuilder b = new StringBuilder();
        Set<String> code = new LinkedHashSet<>();
        CODE.forEach(c -> code.add(code(c)));
        code.forEach(c -> b.append("code ").append(c).append('\n'));
        b.append("theme ").append(config.theme()).append(' ').append(themeCode(config, config.theme())).append('\n');
        return b.toString();
    }

    /**
     * @param code    {@link #code(Config)}, taken before the build read anything
     * @param sources what the build read: the hashes of site.yaml, forms/ and templates/ are taken
     */
    static String key(Config config, String code, SourceFiles sources, String chartFontSha256) {
        StringBuilder b = new StringBuilder(code);
        for (String part : List.of(SiteReader.FILE, "forms", "templates")) {
            sources.hashes(part).forEach((path, sha) -> b.append(path).append(' ').append(sha).append('\n'));
        }
        b.append("chart font ").append(chartFontSha256).append('\n');
        b.append("base ").append(config.baseUrl().orElse("")).append('\n');
        b.append("raw html ").append(config.allowRawHtml()).append('\n');
        b.append("charts ").append(config.charts()).append('\n');
        return Sha256.of(b.toString());
    }

    /**
     * The hash of the jar or class folder a class comes from; where that is no file (a jar inside
     * another), its address, which names its version.
     */
    private static String code(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null) {
            return c.getName();
        }
        try {
            return hash(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return source.getLocation().toString();
        }
    }

    /** The hash of the theme's jar, or of its folder when its files are on the class path as files (in tests). */
    private static String themeCode(Config config, String themeName) {
        URL url = config.themeClassLoader().getResource("org/nianbao/theme/" + themeName + "/theme.yaml");
        if (url == null) {
            return "-";
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                return hash(Path.of(jar.getJarFileURL().toURI()));
            }
            return hash(Path.of(url.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return url.toString();
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
