package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.importer.WorkbookForFilling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {"写出一个年度的 .xlsx 工作簿，供各网站填写后用 nianbao import 导入",
        "每行一个网站：已有的报表带其数据，尚未提交报表的网站只填好代号、年度和网站名称。"
                + "第 1 行为表头，第 2 行为单位；标识码、备案号等列设为文本格式，开头的 0 不会丢失。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n")
final class ExportCommand implements Callable<Integer> {
    @Option(names = {"-s", "--source"}, paramLabel = "<dir>", defaultValue = ".",
            description = "栏目源文件夹，其中有 site.yaml 和 reports/（默认：当前文件夹）")
    Path source;

    @Option(names = "--year", paramLabel = "<year>", required = true, description = "年度，如 2024")
    int year;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "要写出的工作簿（默认：当前文件夹下的 nianbao-<年度>.xlsx）")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Main.requireFolder(source);
        Path base = source.toAbsolutePath().normalize();
        Path target = output != null ? output : Path.of("nianbao-" + year + ".xlsx");
        WorkbookForFilling.Result result = WorkbookForFilling.write(base, year, target);
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.toString(base));
        }
        if (result.errors() > 0) {
            err.println("报表有 " + result.errors() + " 个错误，未写出工作簿；请先改正（nianbao check）");
            return Main.PROBLEMS;
        }
        out.println("已写出 " + target + "：" + result.rows() + " 个网站（其中 " + result.reports() + " 个已有报表数据）");
        out.println("填写后运行 nianbao import " + target.getFileName() + " 导入；已有的报表需加 --overwrite");
        return Main.OK;
    }
}
