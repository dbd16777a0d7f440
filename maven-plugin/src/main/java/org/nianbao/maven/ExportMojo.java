package org.nianbao.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.Options;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.importer.WorkbookForFilling;

/**
 * 写出一个年度的 .xlsx 工作簿，供各网站填写后用 mvn nianbao:import 导入：每行一个网站，已有的报表带其数据，
 * 尚未提交报表的网站只填好代号、年度和网站名称；第 1 行为表头，第 2 行为单位，标识码、备案号等列为文本格式。
 * 只能在命令行上运行：mvn nianbao:export -Dnianbao.year=2024。
 */
@Mojo(name = "export", requiresDirectInvocation = true, threadSafe = true)
public class ExportMojo extends AbstractMojo {

    /** 栏目源文件夹：其中有 site.yaml 和 reports/。 */
    @Parameter(property = "nianbao.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** 年度，如 2024。 */
    @Parameter(property = "nianbao.year", required = true)
    int year;

    /** 要写出的工作簿；不填则为 target/nianbao-年度.xlsx。 */
    @Parameter(property = "nianbao.xlsx")
    File xlsx;

    /** The default output folder. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding.warnOnce(getLog());
        Path base;
        try {
            base = Options.sourceFolder(sourceDirectory.toPath(), Options.Front.MAVEN);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        Path target = (xlsx != null ? xlsx : new File(buildDirectory, "nianbao-" + year + ".xlsx")).toPath();
        WorkbookForFilling.Result result;
        try {
            result = WorkbookForFilling.write(base, year, target);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("无法写出工作簿：" + e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.toString(base));
            } else {
                getLog().warn(d.toString(base));
            }
        }
        if (result.errors() > 0) {
            throw new MojoFailureException("报表有 " + result.errors() + " 个错误，未写出工作簿；详见上方各行");
        }
        getLog().info("已写出 " + target + "：" + result.rows() + " 个网站（其中 " + result.reports() + " 个已有报表数据）");
    }
}
