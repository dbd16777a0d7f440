package org.nianbao.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.BuildResult;
import org.nianbao.Nianbao;
import org.nianbao.serve.PreviewServer;

/** 只检查报表，不生成栏目。默认在 verify 阶段运行。 */
// Bound to verify, where Maven's checks run (checkstyle:check, spotless:check).
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractNianbaoMojo {

    /** 跳过此目标。 */
    @Parameter(property = "nianbao.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding.warnOnce(getLog());
        if (skip) {
            getLog().info("已跳过检查报表（nianbao.skip）");
            return;
        }
        long start = System.nanoTime();
        org.nianbao.Config config = config();
        BuildResult result = Nianbao.check(config);
        log(result);
        try {
            PreviewServer.drafts(config.sourceDirectory()).forEach(d -> getLog().info(PreviewServer.draftNotice(d)));
        } catch (java.io.IOException e) {
            getLog().warn("无法列出草稿：" + e.getMessage());
        }
        if (!result.ok(failOnWarning)) {
            throw new MojoFailureException(failure(result, "请改正后再生成栏目"));
        }
        getLog().info(result.checkedLine(System.nanoTime() - start));
    }
}
