package org.nianbao.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.BuildResult;
import org.nianbao.serve.PreviewServer;

/**
 * 在本机预览栏目（http://127.0.0.1:8080/）：修改报表、site.yaml、模板后自动重新生成，已打开的页面自动刷新。
 * 按 Ctrl+C 停止。只能在命令行上运行：mvn nianbao:serve。
 */
@Mojo(name = "serve", requiresDirectInvocation = true, threadSafe = true)
public class ServeMojo extends AbstractNianbaoMojo {

    /** 预览使用的本机端口；0 表示任选一个空闲端口。 */
    @Parameter(property = "nianbao.port", defaultValue = "8080")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding.warnOnce(getLog());
        PreviewServer.Listener listener = new PreviewServer.Listener() {
            @Override
            public void built(BuildResult result, long millis) {
                log(result);
                if (result.written()) {
                    getLog().info(result.builtLine(millis * 1_000_000));
                } else {
                    getLog().error(failure(result, "栏目未更新，预览显示的是上次成功生成的内容"));
                }
            }

            @Override
            public void failed(Exception e) {
                getLog().error("生成失败，预览显示的是上次成功生成的内容：" + e.getMessage());
                getLog().debug(e);
            }
        };
        try (PreviewServer server = PreviewServer.start(config(), port, listener)) {
            getLog().info("预览地址：" + server.address() + "（修改源文件后自动刷新；按 Ctrl+C 停止）");
            getLog().info("填报页面：" + server.fillAddress() + "（在浏览器中填写报表，按生成时的规则即时检查）");
            server.awaitStop();
        } catch (IOException e) {
            throw new MojoExecutionException("无法启动预览：" + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
