package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Options;
import org.nianbao.diagnostic.Diagnostic;
import picocli.CommandLine.Option;

/** The options of build, check and serve: the same as the Maven plugin's parameters. */
final class ColumnOptions {
    @Option(names = {"-s", "--source"}, paramLabel = "<dir>", defaultValue = ".",
            description = "栏目源文件夹，其中有 site.yaml 和 reports/（默认：当前文件夹）")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "栏目输出文件夹，每次生成成功后整体替换（默认：源文件夹下的 target/column）")
    Path output;

    @Option(names = "--theme", paramLabel = "<name>", defaultValue = "default",
            description = "主题名称（默认：${DEFAULT-VALUE}）；其他主题的 jar 需放在类路径上")
    String theme;

    @Option(names = "--base-url", paramLabel = "<url>", description = "栏目的完整网址，如 https://www.gov.cn/nb/")
    String baseUrl;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "源文件编码，必须是 UTF-8（默认：${DEFAULT-VALUE}）")
    String encoding;

    @Option(names = "--output-timestamp", paramLabel = "<time>", defaultValue = "${env:SOURCE_DATE_EPOCH}",
            description = "栏目所标的时间：ISO 8601（如 2024-01-31T00:00:00Z）或自 1970 年起的秒数（默认：环境变量 SOURCE_DATE_EPOCH）")
    String outputTimestamp;

    @Option(names = "--fail-on-warning", description = "有警告时也判为失败")
    boolean failOnWarning;

    @Option(names = "--allow-raw-html", description = "保留报表正文中的原始 HTML（只留表格、图片、安全链接和基本排版，其余删除并警告）")
    boolean allowRawHtml;

    @Option(names = "--zip", description = "同时在栏目文件夹旁生成 column.zip，便于上传到网站内容管理系统")
    boolean zip;

    @Option(names = "--no-charts", negatable = false, description = "不生成图表，页面只有表格（用于快速预览）")
    boolean noCharts;

    @Option(names = "--chart-png-1x", description = "图表除 2 倍清晰度的 PNG 外，另生成 1 倍的 PNG")
    boolean chartPng1x;

    /** The options as the generator's one options layer takes them. */
    Options options(PrintWriter err) {
        return Options.forCommandLine(source)
                .output(output)
                .theme(theme, ColumnOptions.class.getClassLoader())
                .baseUrl(baseUrl)
                .encoding(encoding)
                .outputTimestamp(outputTimestamp)
                .failOnWarning(failOnWarning)
                .allowRawHtml(allowRawHtml)
                .zip(zip)
                .charts(!noCharts)
                .chartPng1x(chartPng1x)
                .progress(err::println);
    }

    Config config(PrintWriter err) {
        Options options = options(err);
        options.warnings().forEach(w -> err.println("警告：" + w));
        return options.config();
    }

    /** One line per problem, with the full path so that terminals and IDEs link it. */
    void print(BuildResult result, PrintWriter err) {
        Path base = source.toAbsolutePath().normalize();
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.toString(base));
        }
    }

    /** Exit code and closing line for a failed build or check. */
    int failed(BuildResult result, String what, PrintWriter err) {
        err.println(options(err).failure(result, what));
        return Main.PROBLEMS;
    }
}
