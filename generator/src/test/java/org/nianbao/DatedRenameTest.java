package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site renames a row from a year on: that year's reports use the new label, earlier ones keep theirs. */
class DatedRenameTest {
    @TempDir
    Path tmp;
    Path src;

    @BeforeEach
    void renamedFrom2023() throws IOException {
        src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("forms/work.yaml"), "rename:\n  basic.uv: { label: 独立访客数, from: 2023 }\n");
        try (Stream<Path> s = Files.list(src.resolve("reports/2023"))) {
            for (Path p : s.filter(p -> !p.endsWith("_supervision.md")).toList()) {
                Fixtures.write(p, Fixtures.read(p).replace("  独立用户访问总量:", "  独立访客数:"));
            }
        }
    }

    private List<String> problems() {
        return Nianbao.check(Config.builder(src).build()).diagnostics().stream().map(Object::toString).toList();
    }

    @Test
    void earlierYearsKeepTheirLabels() throws IOException {
        assertEquals(List.of(), problems());
        Fixtures.build(src, tmp.resolve("column"));
        List<String> labels2023 = Jsoup.parse(Fixtures.read(tmp.resolve("column/2023/jiaoyuju/index.html")))
                .select("table.form-table th[scope=row]").eachText();
        List<String> labels2022 = Jsoup.parse(Fixtures.read(tmp.resolve("column/2022/jiaoyuju/index.html")))
                .select("table.form-table th[scope=row]").eachText();
        assertTrue(labels2023.contains("独立访客数（个）"), labels2023.toString());
        assertTrue(labels2022.contains("独立用户访问总量（个）"), labels2022.toString());
        assertTrue(Fixtures.read(tmp.resolve("column/2022/jiaoyuju/report.json")).contains("\"独立用户访问总量\""));
        assertTrue(Fixtures.read(tmp.resolve("column/data/all-2023.csv")).contains("独立访客数"));
    }

    @Test
    void aReportOfTheRenamedYearMustUseTheNewLabel() throws IOException {
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        Fixtures.write(report, Fixtures.read(report).replace("  独立访客数:", "  独立用户访问总量:"));
        List<String> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("reports/2023/jiaoyuju.md:11:3: 网站基本信息: "
                + "未知的项目“独立用户访问总量”，自 2023 年度起应为“独立访客数”（forms/work.yaml 的 rename）。此处可填写：")),
                problems.toString());
    }

    @Test
    void aReportOfAnEarlierYearMustKeepTheFormerLabel() throws IOException {
        Path report = src.resolve("reports/2022/jiaoyuju.md");
        Fixtures.write(report, Fixtures.read(report).replace("  独立用户访问总量:", "  独立访客数:"));
        assertTrue(problems().stream().anyMatch(p -> p.contains("reports/2022/jiaoyuju.md:11:3: 网站基本信息: "
                + "未知的项目“独立访客数”，2023 年度以前应为“独立用户访问总量”（forms/work.yaml 的 rename）。")),
                problems().toString());
    }

    @Test
    void aRenameWithoutAYearAppliesToEveryYear() throws IOException {
        Fixtures.write(src.resolve("forms/work.yaml"), "rename:\n  basic.uv: 独立访客数\n");
        assertTrue(problems().stream().anyMatch(p -> p.startsWith("reports/2022/jiaoyuju.md:")
                && p.contains("未知的项目“独立用户访问总量”，已改名为“独立访客数”（forms/work.yaml 的 rename）。")),
                problems().toString());
    }

    @Test
    void aDatedRenameNeedsItsLabelAndYear() throws IOException {
        Fixtures.write(src.resolve("forms/work.yaml"), "rename:\n  basic.uv: { label: 独立访客数, from: 二〇二三 }\n");
        assertEquals(List.of("forms/work.yaml:2:13: rename 的“basic.uv”应为“项目编号: 新名称”，如 basic.uv: 独立访客数；只从某年度起改名时写"
                + " basic.uv: { label: 独立访客数, from: 2024 }，此前年度的报表仍用原名称"), problems());
    }
}
