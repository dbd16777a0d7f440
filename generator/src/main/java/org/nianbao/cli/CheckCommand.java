package org.nianbao.cli;

import java.util.concurrent.Callable;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;
import org.nianbao.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "只检查报表，不生成栏目", synopsisHeading = "用法：", optionListHeading = "%n选项：%n",
        descriptionHeading = "%n")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ColumnOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Config config = options.config(err);
        long start = System.nanoTime();
        BuildResult result = Nianbao.check(config);
        options.print(result, err);
        try {
            PreviewServer.drafts(config.sourceDirectory()).forEach(d -> err.println(PreviewServer.draftNotice(d)));
        } catch (java.io.IOException e) {
            err.println("无法列出草稿：" + e.getMessage());
        }
        if (!result.ok(config.failOnWarning())) {
            return options.failed(result, "请改正后再生成栏目", err);
        }
        out.println(result.checkedLine(System.nanoTime() - start));
        return Main.OK;
    }
}
