package org.nianbao.cli;

import org.nianbao.Nianbao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: its options reach every subcommand. */
@Command(name = "nianbao",
        versionProvider = NianbaoCommand.Version.class,
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        description = {"把政府网站工作年度报表（Markdown 文件及其中的 YAML 数据）生成为可独立部署的静态专栏。",
                "运行 nianbao <命令> -h 查看各命令的选项。"},
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        footerHeading = "%n",
        footer = {"退出码：0 成功；1 报表有错误；2 用法错误或内部错误。"},
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class,
                ExportCommand.class})
final class NianbaoCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "显示帮助并退出")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    @Option(names = {"-X", "--debug"}, scope = ScopeType.INHERIT, description = "出现内部错误时显示详细信息")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a command: show the help, and fail as for any other usage error. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "请指定命令：build、check、serve、new、import 或 export");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nianbao " + Nianbao.version()};
        }
    }
}
