package org.nianbao;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.nianbao.source.SourceText;

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
    public static final long DEFAULT_MAX_FILE_BYTES = SourceText.DEFAULT_MAX_BYTES;

    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final String theme;
    private final ClassLoader themeClassLoader;
    private final boolean allowRawHtml;
    private final long maxFileBytes;
    private final String baseUrl;
    private final Instant outputTimestamp;
    private final boolean failOnWarning;
    private final Progress progress;
    private final boolean zip;
    private final boolean charts;
    private final boolean chartPng1x;

    private Config(Builder b) {
        this.sourceDirectory = b.sourceDirectory.toAbsolutePath().normalize();
        this.outputDirectory = (b.outputDirectory != null ? b.outputDirectory
                : b.sourceDirectory.resolve("target").resolve("column")).toAbsolutePath().normalize();
        this.theme = b.theme;
        this.themeClassLoader = b.themeClassLoader;
        this.allowRawHtml = b.allowRawHtml;
        this.maxFileBytes = b.maxFileBytes;
        this.baseUrl = b.baseUrl;
        this.outputTimestamp = b.outputTimestamp;
        this.failOnWarning = b.failOnWarning;
        this.progress = b.progress;
        this.zip = b.zip;
        this.charts = b.charts;
        this.chartPng1x = b.chartPng1x;
        if (outputDirectory.equals(sourceDirectory) || sourceDirectory.startsWith(outputDirectory)) {
            throw new IllegalArgumentException(Options.outputOverSource(outputDirectory, Options.Front.MAVEN));
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

    /** The column's public address, ending in {@code /}, when the site gave one. */
    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /**
     * The moment the output stands for, for dates the output shows that the sources do not give
     * (never the build time, so that two builds give the same bytes).
     */
    public Optional<Instant> outputTimestamp() {
        return Optional.ofNullable(outputTimestamp);
    }

    /** Whether warnings fail the build as errors do (and so leave the last good column in place). */
    public boolean failOnWarning() {
        return failOnWarning;
    }

    /** Whether to write {@code <output>.zip} beside the column, for upload into a CMS. */
    public boolean zip() {
        return zip;
    }

    /** Told how far a build has got; the library itself never logs. */
    public Progress progress() {
        return progress;
    }

    /** Whether to draw the charts; without them pages show only the tables (faster, for drafts). */
    public boolean charts() {
        return charts;
    }

    /**
     * Whether each chart also gets its 1x PNG ({@code <chart>.png}, 800 × 450) beside the 2x one (the site
     * may also ask with 图表一倍图 in site.yaml).
     */
    public boolean chartPng1x() {
        return chartPng1x;
    }

    public static final class Builder {
        private final Path sourceDirectory;
        private Path outputDirectory;
        private String theme = "default";
        private ClassLoader themeClassLoader = Config.class.getClassLoader();
        private boolean allowRawHtml;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private String baseUrl;
        private Instant outputTimestamp;
        private boolean zip;
        private boolean charts = true;
        private boolean chartPng1x;
        private boolean failOnWarning;
        private Progress progress = Progress.NONE;

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

        /**
         * The column's public address, such as {@code https://www.example.gov.cn/zfwzndbb/}: an
         * absolute http or https URL without query or fragment. Blank or {@code null} means none.
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Options.baseUrl(url, Options.Front.MAVEN);
            return this;
        }

        /**
         * The output timestamp as Maven writes {@code project.build.outputTimestamp}: an ISO 8601 date
         * and time with offset ({@code 2024-01-31T00:00:00Z}) or seconds since 1970. Blank,
         * {@code null} or a single character (Maven's "disabled") means none.
         */
        public Builder outputTimestamp(String text) {
            this.outputTimestamp = Options.outputTimestamp(text, Options.Front.MAVEN);
            return this;
        }

        /**
         * The encoding the project declares for its sources. Sources are always read as UTF-8; any
         * other declared encoding is refused here, so that a project set to GBK fails with a clear
         * message instead of showing garbled text. {@code null} means not declared.
         */
        public Builder sourceEncoding(String encoding) {
            if (encoding == null) {
                return this;
            }
            Options.sourceEncoding(encoding, Options.Front.MAVEN);
            return this;
        }

        public Builder failOnWarning(boolean fail) {
            this.failOnWarning = fail;
            return this;
        }

        /** Also write the column as a deterministic zip beside it ({@code column.zip}). */
        public Builder zip(boolean zip) {
            this.zip = zip;
            return this;
        }

        /** Default {@code true}; {@code false} leaves the charts, their gallery and the chart cache out. */
        public Builder charts(boolean charts) {
            this.charts = charts;
            return this;
        }

        /** Default {@code false}: each chart's PNG is the 2x one only. */
        public Builder chartPng1x(boolean png1x) {
            this.chartPng1x = png1x;
            return this;
        }

        /**
         * Told as reports are read and pages written, on the building thread. A listener that keeps
         * state, such as {@link Progress#throttled}, belongs to one build at a time.
         */
        public Builder progress(Progress listener) {
            this.progress = Objects.requireNonNull(listener, "progress");
            return this;
        }

        public Config build() {
            return new Config(this);
        }
    }
}
