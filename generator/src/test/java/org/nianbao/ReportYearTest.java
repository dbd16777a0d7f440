package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report can only be for a year that has ended by the build's date: its output timestamp, else today. */
class ReportYearTest {
    @TempDir
    Path tmp;

    /** The demo's 2023 report of 教育局, moved to {@code year} and published in January after it. */
    private Path columnWithReportFor(int year) throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src-" + year));
        String report = Fixtures.read(src.resolve("reports/2023/jiaoyuju.md"))
                .replace("年度: 2023", "年度: " + year)
                .replace("发布日期: 2024-01-12", "发布日期: " + (year + 1) + "-01-12");
        Fixtures.write(src.resolve("reports/" + year + "/jiaoyuju.md"), report);
        return src;
    }

    private static List<String> errors(Config config) {
        return Nianbao.check(config).diagnostics().stream().filter(d -> d.isError()).map(Object::toString).toList();
    }

    @Test
    void aYearNotEndedByTheOutputTimestampIsRefusedAtItsYear() throws IOException {
        Path src = columnWithReportFor(2024);
        assertEquals(List.of("reports/2024/jiaoyuju.md:2:5: 年度: 填写为 2024，但 2024 年度到构建日期 2024-12-31 尚未结束："
                + "年度报表只能报已结束的年度（构建日期取自 outputTimestamp，未设置时为当天）"),
                errors(Config.builder(src).outputTimestamp("2024-12-31T12:00:00Z").build()));
        assertEquals(List.of(), errors(Config.builder(src).outputTimestamp("2025-01-31T00:00:00Z").build()));
    }

    @Test
    void withoutAnOutputTimestampTheYearMustHaveEndedByToday() throws IOException {
        Path src = columnWithReportFor(2099);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertEquals(List.of("reports/2099/jiaoyuju.md:2:5: 年度: 填写为 2099，但 2099 年度到构建日期 " + today + " 尚未结束："
                + "年度报表只能报已结束的年度（构建日期取自 outputTimestamp，未设置时为当天）"),
                errors(Config.builder(src).build()));
    }

    @Test
    void theDemoBuildsAtItsOwnOutputTimestamp() {
        assertEquals(List.of(), errors(Config.builder(Fixtures.DEMO).outputTimestamp("2024-01-31T00:00:00Z").build()));
    }
}
