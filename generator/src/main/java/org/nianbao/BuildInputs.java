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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.jfree.chart.JFreeChart;
import org.nianbao.source.ColumnSources;
import org.nianbao.source.Sha256;
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
    /**
     * The code that decides the output, each as a class it holds and the folder of class files that are
     * its own. Only those files count, never the jar they came in: the plugin loads nianbao, the theme
     * and the libraries from their own jars, the command line from one shaded jar, and both must give
     * one key, so that switching between them renders nothing again.
     */
    private static final List<Code> CODE = List.of(
            new Code(Nianbao.class, "org/nianbao/", "org/nianbao/theme/"),
            new Code(io.pebbletemplates.pebble.PebbleEngine.class, "io/pebbletemplates/", null),
            new Code(Parser.class, "org/commonmark/", "org/commonmark/ext/"),
            new Code(TablesExtension.class, "org/commonmark/ext/gfm/tables/", null),
            new Code(HeadingAnchorExtension.class, "org/commonmark/ext/heading/anchor/", null),
            new Code(JFreeChart.class, "org/jfree/", null),
            new Code(Yaml.class, "org/yaml/snakeyaml/", null));

    /** {@link #hash} of a jar's files, by the jar's path, size and time and the part hashed. */
    private static final java.util.Map<String, String> JARS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Files under {@code prefix} but not under {@code except} (null: none) where {@code anchor} comes from. */
    private record Code(Class<?> anchor, String prefix, String except) {
    }

    private BuildInputs() {
    }

    /** The code's and the theme's part of the key: taken before the theme is loaded. */
    static String code(Config config) {
        StringBuilder b = new StringBuilder();
        CODE.forEach(c -> b.append("code ").append(c.prefix()).append(' ').append(code(c)).append('\n'));
        b.append("theme ").append(config.theme()).append(' ').append(themeCode(config, config.theme())).append('\n');
        return b.toString();
    }

    /**
     * @param code    {@link #code(Config)}, taken before the build read anything
     * @param sources what the build read: the hashes of site.yaml, forms/ and templates/ are taken
     */
    static String key(Config config, String code, SourceFiles sources, String chartFontSha256) {
        StringBuilder b = new StringBuilder(code);
        for (String part : List.of(ColumnSources.SITE_FILE, "forms", "templates")) {
            sources.hashes(part).forEach((path, sha) -> b.append(path).append(' ').append(sha).append('\n'));
        }
        b.append("chart font ").append(chartFontSha256).append('\n');
        b.append("base ").append(config.baseUrl().orElse("")).append('\n');
        b.append("raw html ").append(config.allowRawHtml()).append('\n');
        b.append("charts ").append(config.charts()).append('\n');
        if (config.chartPng1x()) { // only when on: the default's key, and so its cache, stays as it was
            b.append("chart png 1x\n");
        }
        return Sha256.of(b.toString());
    }

    /** What decides the output besides the sources: the code, the theme and every option that shapes the column. */
    static String options(Config config, String code) {
        return Sha256.of(code + "base " + config.baseUrl().orElse("") + "\nraw html " + config.allowRawHtml()
                + "\ncharts " + config.charts() + " 1x " + config.chartPng1x() + "\ntimestamp "
                + config.outputTimestamp().map(Object::toString).orElse("") + "\nfail on warning " + config.failOnWarning()
                + "\nmax bytes " + config.maxFileBytes());
    }

    /**
     * The entries of the source folders a column is read from (site.yaml, forms, reports, templates,
     * static), files, folders and links alike: a file added or removed changes it.
     */
    static String listing(Path sourceDirectory) {
        StringBuilder b = new StringBuilder();
        for (String part : List.of(ColumnSources.SITE_FILE, "forms", ColumnSources.REPORTS, "templates", "static")) {
            Path p = sourceDirectory.resolve(part);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> s = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? Files.walk(p)
                    : Stream.of(p)) {
                s.map(e -> sourceDirectory.relativize(e).toString().replace('\\', '/')
                        + (Files.isSymbolicLink(e) ? " link" : Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) ? "/" : ""))
                        .sorted().forEach(e -> b.append(e).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                b.append(part).append(" unreadable ").append(System.nanoTime()).append('\n'); // never matches
            }
        }
        return Sha256.of(b.toString());
    }

    /** The hash of a code's files; where its jar is no file (a jar inside another), the jar's address. */
    private static String code(Code c) {
        CodeSource source = c.anchor().getProtectionDomain().getCodeSource();
        if (source == null) {
            return c.anchor().getName();
        }
        try {
            return hash(Path.of(source.getLocation().toURI()), c.prefix(), c.except());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return source.getLocation().toString();
        }
    }

    /** The hash of the theme's files, from its jar or, in tests, from the class folder that holds them. */
    private static String themeCode(Config config, String themeName) {
        String folder = "org/nianbao/theme/" + themeName + "/";
        String resource = folder + "theme.yaml";
        URL url = config.themeClassLoader().getResource(resource);
        if (url == null) {
            return "-";
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                return hash(Path.of(jar.getJarFileURL().toURI()), folder, null);
            }
            Path root = Path.of(url.toURI());
            for (int i = 0; i < resource.split("/").length; i++) {
                root = root.getParent();
            }
            return hash(root, folder, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return url.toString();
        }
    }

    /**
     * A hash of the names, sizes and CRC-32s of the files under {@code prefix} (but not {@code except})
     * in a jar or a class folder; "-" when there is none. A jar's CRC-32s are read from its directory,
     * without inflating a file, and a folder's file gives the same line as that file in a jar, so the
     * hash depends on the files alone: not on the jar's other files, order, dates or compression.
     */
    static String hash(Path path, String prefix, String except) {
        if (Files.isRegularFile(path)) {
            // a jar's directory is read once per JVM for a jar of that size and time: serve builds again and again
            try {
                String jar = path.toAbsolutePath() + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis()
                        + " " + prefix + " " + except;
                return JARS.computeIfAbsent(jar, k -> hashFiles(path, prefix, except));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hashFiles(path, prefix, except);
    }

    private static String hashFiles(Path path, String prefix, String except) {
        TreeMap<String, String> files = new TreeMap<>();
        try {
            if (Files.isRegularFile(path)) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    for (ZipEntry e : Collections.list(zip.entries())) {
                        if (!e.isDirectory() && counts(e.getName(), prefix, except)) {
                            files.put(e.getName(), e.getSize() + " " + Long.toHexString(e.getCrc()));
                        }
                    }
                }
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> all = new ArrayList<>();
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile).forEach(all::add);
                }
                for (Path f : all) {
                    String name = path.relativize(f).toString().replace('\\', '/');
                    if (counts(name, prefix, except)) {
                        byte[] bytes = Files.readAllBytes(f);
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        files.put(name, bytes.length + " " + Long.toHexString(crc.getValue()));
                    }
                }
            } else {
                return "-";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder b = new StringBuilder();
        files.forEach((name, sum) -> b.append(name).append(' ').append(sum).append('\n'));
        return Sha256.of(b.toString());
    }

    private static boolean counts(String name, String prefix, String except) {
        return name.startsWith(prefix) && (except == null || !name.startsWith(except));
    }
}
