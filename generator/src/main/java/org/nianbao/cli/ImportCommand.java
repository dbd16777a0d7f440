package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.importer.CsvImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"由 .xlsx 工作簿或 CSV 表格导入各网站的工作年度报表数据",
        "每行一个网站，第 1 行为表头：代号、年度、发布日期和表中各项的完整名称（如“信息发布/总数”）；"
                + "nianbao export 写出的工作簿第 2 行为单位。每行写成 reports/<年度>/<代号>.md；任何单元格有错误时不写入任何文件。",
        "表头为政府信息公开工作年度报告各栏（如“三、收到和处理政府信息公开申请情况/一、本年新收政府信息公开申请数量/自然人”）时，"
                + "每行一个机关（网站或 site.yaml 的“机关”），写成 reports/<年度>/<代号>.xxgk.md。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n",
        descriptionHeading = "%n")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<file>", description = "要导入的 .xlsx 工作簿或 CSV 文件")
    Path csv;

    @Option(names = "--sheet", paramLabel = "<name>", description = "要导入的工作表名称（默认：第一个工作表）")
    String sheet;

    @Option(names = {"-s", "--source"}, paramLabel = "<dir>", defaultValue = ".",
            description = "栏目源文件夹，其中有 site.yaml 和 reports/（默认：当前文件夹）")
    Path source;

    @Option(names = "--encoding", paramLabel = "<charset>",
            description = "CSV 文件的编码，如 UTF-8 或 GB18030（默认：自动识别 UTF-8（有无 BOM 均可）和 GB18030）")
    Charset encoding;

    @Option(names = "--overwrite", description = "已有的报表文件：替换其中的报表数据，保留正文（默认：不覆盖，报错）")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Main.requireFolder(source);
        Path base = source.toAbsolutePath().normalize();
        CsvImport.Result result = CsvImport.runFile(base, csv, encoding, sheet, overwrite);
        for (Diagnostic d : result.diagnostics()) {
            err.println(result.describe(d, base));
        }
        String what = result.workbook() != null ? "工作簿" : "CSV ";
        if (!result.ok()) {
            err.println(what + "有 " + result.errors() + " 个错误，未写入任何文件");
            return Main.PROBLEMS;
        }
        String read = result.workbook() != null ? "已读取 " + csv + " 的工作表“" + result.workbook().sheet() + "”"
                : "已按 " + result.encoding().name() + " 编码读取 " + csv;
        out.println(read + "，写入 " + result.written().size() + " 份报表"
                + (result.warnings() > 0 ? "（" + result.warnings() + " 个警告）" : "") + "：");
        result.written().forEach(f -> out.println("  " + f));
        out.println("运行 nianbao build 生成栏目");
        return Main.OK;
    }
}
