package org.nianbao.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;

/** 检查报表并生成栏目（写入 outputDirectory）。默认在 package 阶段运行。 */
// Bound to package: the column is the project's product, as a jar is for a library.
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractNianbaoMojo {

    /** 跳过此目标。 */
    @Parameter(property = "nianbao.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding.warnOnce(getLog());
        if (skip) {
            getLog().info("已跳过生成栏目（nianbao.skip）");
            return;
        }
        Config config = config();
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = Nianbao.build(config);
        } catch (IOException e) {
            throw new MojoExecutionException("无法写入栏目文件夹 " + outputDirectory + "：" + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        log(result);
        if (!result.ok(failOnWarning)) {
            throw new MojoFailureException(failure(result, "栏目未生成（上次生成的栏目保持不变）"));
        }
        getLog().info(result.builtLine(System.nanoTime() - start) + " → " + config.outputDirectory());
    }
}
