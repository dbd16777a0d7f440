package org.nianbao.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.nianbao.BuildResult;
import org.nianbao.Nianbao;

/**
 * Checks the reports and writes the column. Bound to {@code package}: the column is the project's
 * product, as a jar is for a library, so {@code mvn package} or {@code mvn install} builds it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractNianbaoMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("已跳过（nianbao.skip）");
            return;
        }
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = Nianbao.build(config());
        } catch (IOException e) {
            throw new MojoExecutionException("无法写入栏目文件夹 " + outputDirectory + "：" + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        log(result);
        if (!result.ok()) {
            throw new MojoFailureException("报表有错误，栏目未生成（上次生成的栏目保持不变）：" + result.summary());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        getLog().info("已生成 " + result.reports() + " 份报表、" + result.pages() + " 个页面，用时 " + ms
                + " 毫秒：" + outputDirectory);
    }
}
