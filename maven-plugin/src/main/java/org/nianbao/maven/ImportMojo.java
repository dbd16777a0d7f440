package org.nianbao.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.importer.CsvImport;

/**
 * 由 .xlsx 工作簿或 CSV 表格导入各网站的工作年度报表数据。每行一个网站，第 1 行为表头：代号、年度、发布日期和
 * 表中各项的完整名称（如“信息发布/总数”）；每行写成 reports/年度/代号.md。任何单元格有错误时不写入任何文件。
 * 表头为政府信息公开工作年度报告各栏时，每行一个机关，写成 reports/年度/代号.xxgk.md。
 * 只能在命令行上运行：mvn nianbao:import -Dnianbao.csv=报表.xlsx（或 报表.csv）。
 */
@Mojo(name = "import", requiresDirectInvocation = true, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /** 栏目源文件夹：其中有 site.yaml 和 reports/。 */
    @Parameter(property = "nianbao.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** 要导入的 .xlsx 工作簿（如 mvn nianbao:export 写出的）或 CSV 文件。 */
    @Parameter(property = "nianbao.csv", required = true)
    File csv;

    /** CSV 文件的编码，如 UTF-8 或 GB18030；不填则自动识别 UTF-8（有无 BOM 均可）和 GB18030。 */
    // Not nianbao.encoding: that one is the sources' encoding, which must be UTF-8.
    @Parameter(property = "nianbao.csvEncoding")
    String csvEncoding;

    /** 要导入的工作表名称（只用于 .xlsx 工作簿）；不填则为第一个工作表。 */
    @Parameter(property = "nianbao.sheet")
    String sheet;

    /** 已有的报表文件：替换其中的报表数据，保留正文。不设置时，遇到已有的报表文件即报错，不写入任何文件。 */
    @Parameter(property = "nianbao.overwrite", defaultValue = "false")
    boolean overwrite;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding.warnOnce(getLog());
        Path base = sourceDirectory.toPath().toAbsolutePath().normalize();
        CsvImport.Result result;
        try {
            result = CsvImport.runFile(base, csv.toPath(), charset(), sheet == null || sheet.isBlank() ? null : sheet, overwrite);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("无法写入报表文件：" + e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(result.describe(d, base));
            } else {
                getLog().warn(result.describe(d, base));
            }
        }
        if (!result.ok()) {
            throw new MojoFailureException((result.workbook() != null ? "工作簿" : "CSV ") + "有 " + result.errors() + " 个错误，未写入任何文件；详见上方各行");
        }
        getLog().info((result.workbook() != null ? "已读取 " + csv + " 的工作表“" + result.workbook().sheet() + "”"
                : "已按 " + result.encoding().name() + " 编码读取 " + csv) + "，写入 " + result.written().size() + " 份报表"
                + (result.warnings() > 0 ? "（" + result.warnings() + " 个警告）" : ""));
        result.written().forEach(f -> getLog().info("  " + f));
    }

    private Charset charset() throws MojoFailureException {
        if (csvEncoding == null || csvEncoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(csvEncoding.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("不支持的编码“" + csvEncoding + "”，可填写 UTF-8 或 GB18030，或不填以自动识别");
        }
    }
}
