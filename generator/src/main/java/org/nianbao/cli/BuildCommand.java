package org.nianbao.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "检查报表并生成栏目", synopsisHeading = "用法：", optionListHeading = "%n选项：%n",
        descriptionHeading = "%n")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ColumnOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Config config = options.config(err);
        long start = System.nanoTime();
        BuildResult result = Nianbao.build(config);
        options.print(result, err);
        if (!result.ok(config.failOnWarning())) {
            return options.failed(result, "栏目未生成（上次生成的栏目保持不变）", err);
        }
        out.println(result.builtLine(System.nanoTime() - start) + " → " + config.outputDirectory());
        return Main.OK;
    }
}
