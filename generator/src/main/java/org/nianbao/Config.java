package org.nianbao;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build: checked when built, immutable afterwards, safe to share between threads.
 *
 * <pre>{@code
 * Config config = Config.builder(Path.of("site-src")).outputDirectory(Path.of("target/column")).build();
 * BuildResult result = Nianbao.build(config);
 * }</pre>
 */
public final class Config {
    /** No real report is near this; larger files are refused before they are read. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final String theme;
    private final ClassLoader themeClassLoader;
    private final boolean allowRawHtml;
    private final long maxFileBytes;

    private Config(Builder b) {
        this.sourceDirectory = b.sourceDirectory.toAbsolutePath().normalize();
        this.outputDirectory = (b.outputDirectory != null ? b.outputDirectory
                : b.sourceDirectory.resolve("target").resolve("column")).toAbsolutePath().normalize();
        this.theme = b.theme;
        this.themeClassLoader = b.themeClassLoader;
        this.allowRawHtml = b.allowRawHtml;
        this.maxFileBytes = b.maxFileBytes;
        if (outputDirectory.equals(sourceDirectory) || sourceDirectory.startsWith(outputDirectory)) {
            throw new IllegalArgumentException("输出文件夹不能是源文件夹或其上级：" + outputDirectory);
        }
    }

    public static Builder builder(Path sourceDirectory) {
        return new Builder(sourceDirectory);
    }

    /** The column project: {@code site.yaml}, {@code reports/}, optional {@code templates/} and {@code static/}. */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /** The column folder that is replaced as a whole by each successful build. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    public String theme() {
        return theme;
    }

    public ClassLoader themeClassLoader() {
        return themeClassLoader;
    }

    /** Keep raw HTML in narratives (the site may also opt in with 允许原始HTML in site.yaml). */
    public boolean allowRawHtml() {
        return allowRawHtml;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public static final class Builder {
        private final Path sourceDirectory;
        private Path outputDirectory;
        private String theme = "default";
        private ClassLoader themeClassLoader = Config.class.getClassLoader();
        private boolean allowRawHtml;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

        private Builder(Path sourceDirectory) {
            this.sourceDirectory = Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        }

        /** Default: {@code <source>/target/column}. */
        public Builder outputDirectory(Path dir) {
            this.outputDirectory = Objects.requireNonNull(dir, "outputDirectory");
            return this;
        }

        /** A theme on the class path under {@code org/nianbao/theme/<name>/}; default {@code default}. */
        public Builder theme(String name, ClassLoader classLoader) {
            this.theme = Objects.requireNonNull(name, "theme");
            this.themeClassLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        public Builder allowRawHtml(boolean allow) {
            this.allowRawHtml = allow;
            return this;
        }

        public Builder maxFileBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxFileBytes must be positive");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        public Config build() {
            return new Config(this);
        }
    }
}
