package org.nianbao.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Options;
import org.nianbao.diagnostic.Diagnostic;

/**
 * Parameters shared by the goals, mapped onto the generator's {@link Config}; no logic of its own.
 * Parameter descriptions are in Chinese: {@code mvn help:describe} shows them to webmasters.
 */
abstract class AbstractNianbaoMojo extends AbstractMojo {
    /** 栏目源文件夹：其中有 site.yaml、reports/，以及可选的 templates/ 和 static/。 */
    @Parameter(property = "nianbao.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** 栏目输出文件夹；每次生成成功后整体替换，生成失败时保持上次的内容不变。 */
    @Parameter(property = "nianbao.outputDirectory", defaultValue = "${project.build.directory}/column", required = true)
    File outputDirectory;

    /** 主题名称。默认主题随插件提供；其他主题作为插件的依赖（dependency）加入，再在此填写其名称。 */
    @Parameter(property = "nianbao.theme", defaultValue = "default", required = true)
    String theme;

    /** 栏目的完整网址，如 https://www.example.gov.cn/zfwzndbb/；可不填。 */
    @Parameter(property = "nianbao.baseUrl")
    String baseUrl;

    /** 源文件编码，必须是 UTF-8；未设置时按 UTF-8 读取并给出警告。 */
    @Parameter(property = "nianbao.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /**
     * 栏目所标的时间（ISO 8601，如 2024-01-31T00:00:00Z，或自 1970 年起的秒数），用于源文件没有给出的日期；
     * 生成的文件从不写入生成时刻，同样的源文件总是得到同样的栏目。
     */
    @Parameter(property = "nianbao.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** 有警告时也判为失败（栏目不更新）。 */
    @Parameter(property = "nianbao.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** 保留报表正文中的原始 HTML：只留表格、图片、安全链接和基本排版，其余删除并警告（模板是可信的，报表源文件不是）；也可在 site.yaml 中设“允许原始HTML: 是”。 */
    @Parameter(property = "nianbao.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /** 同时在栏目文件夹旁生成 column.zip（文件顺序和时间固定），便于上传到网站内容管理系统。 */
    @Parameter(property = "nianbao.zip", defaultValue = "false")
    boolean zip;

    /** 生成图表（默认）；设为 false 时页面只有表格，生成更快，用于预览草稿（同命令行的 --no-charts）。 */
    @Parameter(property = "nianbao.charts", defaultValue = "true")
    boolean charts;

    /** 图表除 2 倍清晰度的 PNG（1600×900）外，另生成 1 倍的 PNG（800×450）（同命令行的 --chart-png-1x）。 */
    @Parameter(property = "nianbao.chartPng1x", defaultValue = "false")
    boolean chartPng1x;

    /** The parameters as the generator's one options layer takes them. */
    Options options() {
        return Options.forMaven(sourceDirectory.toPath())
                .output(outputDirectory.toPath())
                .theme(theme, getClass().getClassLoader())
                .baseUrl(baseUrl)
                .encoding(encoding)
                .outputTimestamp(outputTimestamp)
                .failOnWarning(failOnWarning)
                .allowRawHtml(allowRawHtml)
                .zip(zip)
                .charts(charts)
                .chartPng1x(chartPng1x)
                .progress(getLog()::info);
    }

    /** The generator's configuration; bad parameter values fail the build with a message, not a stack trace. */
    Config config() throws MojoFailureException {
        Options options = options();
        options.warnings().forEach(getLog()::warn);
        try {
            return options.config();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** One line per problem, with the full path so that IDEs link it: errors as errors, warnings as warnings. */
    void log(BuildResult result) {
        for (Diagnostic d : result.diagnostics()) {
            String line = d.toString(sourceDirectory.toPath().toAbsolutePath());
            if (d.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /** Why the sources fail, and {@code what} follows from it; said after the problems have been logged. */
    String failure(BuildResult result, String what) {
        return options().failure(result, what) + "；详见上方各行";
    }
}
