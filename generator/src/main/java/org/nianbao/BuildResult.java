package org.nianbao;

import java.util.List;
import org.nianbao.diagnostic.Diagnostic;

/**
 * What a build or check did.
 *
 * @param diagnostics every problem, in file and position order
 * @param reports     report files read (with or without problems)
 * @param pages       HTML pages written (0 for a check or a failed build)
 * @param written     whether the output folder was replaced
 */
public record BuildResult(List<Diagnostic> diagnostics, int reports, int pages, boolean written) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    public boolean ok() {
        return errors() == 0;
    }

    /** Whether the sources pass: no errors, and no warnings either when warnings fail the build. */
    public boolean ok(boolean failOnWarning) {
        return ok() && !(failOnWarning && warnings() > 0);
    }

    /** What the command line and the plugin say after a good check that took {@code nanos}. */
    public String checkedLine(long nanos) {
        return "已检查 " + reports + " 份报表：没有错误" + (warnings() > 0 ? "，" + warnings() + " 个警告" : "") + "，用时 "
                + seconds(nanos) + " 秒";
    }

    /** What the command line and the plugin say after a good build that took {@code nanos}. */
    public String builtLine(long nanos) {
        return "已生成栏目：" + reports + " 份报表，" + pages + " 个页面，" + (warnings() > 0 ? warnings() + " 个警告，" : "")
                + "用时 " + seconds(nanos) + " 秒";
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** {@code N errors, M warnings in K reports}, in Chinese. */
    public String summary() {
        return errors() + " 个错误，" + warnings() + " 个警告，共 " + reports + " 份报表";
    }
}
