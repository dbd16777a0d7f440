package org.nianbao.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What checking the sources depends on besides the sources.
 *
 * @param buildDate    the day the build stands for: a report of a year that has not ended by then is refused
 * @param allowRawHtml whether raw HTML in narratives is kept (allow-listed), so what it loses is named
 * @param catalog      site.yaml's 政府信息公开目录 defaults: the 索引号 every report must match, the 分类 …
 */
public record CheckOptions(LocalDate buildDate, boolean allowRawHtml, org.nianbao.model.Catalog.Defaults catalog) {
    public CheckOptions(LocalDate buildDate, boolean allowRawHtml) {
        this(buildDate, allowRawHtml, org.nianbao.model.Catalog.Defaults.NONE);
    }

    /** Reports are Chinese: a year ends at midnight in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** For a build: its day is the output timestamp's (so that a rebuild gives the same result), else today. */
    public static CheckOptions forBuild(Optional<Instant> outputTimestamp, boolean allowRawHtml) {
        return new CheckOptions(outputTimestamp.map(t -> LocalDate.ofInstant(t, CHINA)).orElseGet(() -> LocalDate.now(CHINA)),
                allowRawHtml);
    }

    /** Today, raw HTML escaped: for reading outside a build, such as an import. */
    public static CheckOptions today() {
        return forBuild(Optional.empty(), false);
    }
}
