package org.nianbao.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nianbao.source.ColumnSources;
import org.nianbao.diagnostic.Diagnostics;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.form.ReportRollover;
import org.nianbao.source.SourceText;

/**
 * Prepares next year's report files from last year's: each {@code reports/<year-1>/<site>.md}
 * becomes {@code reports/<year>/<site>.md} with the site's facts kept and every figure cleared, so
 * that a build lists exactly what is still to fill in. Existing files are never overwritten.
 */
public final class NextYear {

    /**
     * @param created files written, relative to the source folder
     * @param kept    files that already existed and were left as they were
     */
    public record Result(List<String> created, List<String> kept) {
        public Result {
            created = List.copyOf(created);
            kept = List.copyOf(kept);
        }
    }

    private NextYear() {
    }

    /**
     * @throws IllegalArgumentException when last year has no reports, or one cannot be read; nothing is
     *                                  written then
     */
    public static Result create(Path sourceDir, int year, long maxFileBytes) throws IOException {
        String from = ColumnSources.REPORTS + "/" + (year - 1);
        String to = ColumnSources.REPORTS + "/" + year;
        Path fromDir = sourceDir.resolve(from);
        List<Path> files = Files.isDirectory(fromDir) ? reports(fromDir) : List.of();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("找不到上一年度的报表（" + sourceDir.resolve(from)
                    + "），无法据此准备 " + year + " 年度的报表");
        }
        Map<String, FormDefinition> forms = FormLoader.load(sourceDir);
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String[]> toWrite = new ArrayList<>();
        for (Path file : files) {
            String target = to + "/" + file.getFileName();
            if (Files.exists(sourceDir.resolve(target))) {
                kept.add(target);
                continue;
            }
            Diagnostics d = new Diagnostics(from + "/" + file.getFileName());
            String text = SourceText.read(file, maxFileBytes, d);
            FormDefinition form = forms.get(file.getFileName().toString().equals(ColumnSources.SUPERVISION_FILE)
                    ? FormLoader.SUPERVISION : FormLoader.WORK);
            String next = text == null ? null : ReportRollover.roll(text, year, form, d);
            if (next == null) {
                throw new IllegalArgumentException("无法读取上一年度的报表，未创建任何文件：" + d.list().get(0).toString(sourceDir));
            }
            toWrite.add(new String[] {target, next});
        }
        for (String[] w : toWrite) {
            Path path = sourceDir.resolve(w[0]);
            Files.createDirectories(path.getParent());
            Files.writeString(path, w[1], StandardCharsets.UTF_8);
            created.add(w[0]);
        }
        return new Result(created, kept);
    }

    private static List<Path> reports(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            // 政府信息公开工作年度报告 (.xxgk.md) are not rolled over yet: their matrices need their own clearing
            return s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().endsWith(ColumnSources.XXGK_SUFFIX))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
