package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Config;
import org.nianbao.Nianbao;
import org.nianbao.scaffold.NewProject;
import org.nianbao.scaffold.NextYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", description = {"新建栏目项目，或由上一年度的报表准备新年度的报表文件",
        "不加 --year：新建项目（pom.xml、site.yaml 和一份示例报表）。",
        "加 --year：由上一年度的报表生成该年度的报表文件，保留网站名称、网址、标识码、备案号和填报人员，清空各项数据。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n",
        descriptionHeading = "%n")
final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<dir>", defaultValue = ".", arity = "0..1",
            description = "新建项目的文件夹，或已有栏目的源文件夹（默认：当前文件夹）")
    Path dir;

    @Option(names = "--year", paramLabel = "<year>", description = "要准备的年度，如 2024；不填则新建项目")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path target = dir.toAbsolutePath().normalize();
        if (year == null) {
            List<String> files = NewProject.create(target, Nianbao.version());
            out.println("已新建栏目项目 " + target + "：" + String.join("、", files));
            out.println("下一步：修改 site.yaml 和示例报表，然后运行 nianbao build（或 mvn package）生成栏目");
        } else {
            NextYear.Result r = NextYear.create(target, year, Config.DEFAULT_MAX_FILE_BYTES);
            out.println("已由 " + (year - 1) + " 年度的报表生成 " + r.created().size() + " 个 " + year
                    + " 年度的报表文件（各项数据已清空，请逐项填写）");
            r.kept().forEach(k -> out.println("已存在，未改动：" + k));
            out.println("运行 nianbao check 可列出尚未填写的各项");
        }
        return Main.OK;
    }
}
