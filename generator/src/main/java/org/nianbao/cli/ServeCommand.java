package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nianbao.BuildResult;
import org.nianbao.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"在本机预览栏目，修改后自动刷新",
        "在 http://127.0.0.1:<port>/ 提供栏目；修改源文件后自动重新生成，已打开的页面自动刷新。按 Ctrl+C 停止。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ColumnOptions options;

    @Option(names = {"-p", "--port"}, paramLabel = "<port>", defaultValue = "8080",
            description = "本机端口；0 表示任选一个空闲端口（默认：${DEFAULT-VALUE}）")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer.Listener listener = new PreviewServer.Listener() {
            @Override
            public void built(BuildResult result, long millis) {
                options.print(result, err);
                if (result.written()) {
                    out.println(result.builtLine(millis * 1_000_000));
                } else {
                    options.failed(result, "栏目未更新，预览显示的是上次成功生成的内容", err);
                }
            }

            @Override
            public void failed(Exception e) {
                err.println("生成失败，预览显示的是上次成功生成的内容：" + e.getMessage());
            }
        };
        try (PreviewServer server = PreviewServer.start(options.config(err), port, listener)) {
            out.println("预览地址：" + server.address() + "（修改源文件后自动刷新；按 Ctrl+C 停止）");
            out.println("填报页面：" + server.fillAddress() + "（在浏览器中填写报表，按生成时的规则即时检查）");
            server.awaitStop();
        }
        return Main.OK;
    }
}
