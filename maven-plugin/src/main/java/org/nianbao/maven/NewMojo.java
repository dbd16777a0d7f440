package org.nianbao.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.Config;
import org.nianbao.scaffold.NewProject;
import org.nianbao.scaffold.NextYear;

/**
 * 新建栏目项目（pom.xml、site.yaml 和一份示例报表）；或指定年度（-Dnianbao.year=2024），
 * 由上一年度的报表生成该年度的报表文件：保留网站名称、网址、标识码、备案号和填报人员，清空各项数据。
 * 只能在命令行上运行，无需已有项目：mvn org.nianbao:nianbao-maven-plugin:版本:new。
 */
@Mojo(name = "new", requiresProject = false, requiresDirectInvocation = true, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** 新建项目的文件夹（默认为当前文件夹），或已有栏目的源文件夹。 */
    // ${basedir}, not ${project.basedir}: without a pom only the former is the current folder.
    @Parameter(property = "nianbao.sourceDirectory", defaultValue = "${basedir}", required = true)
    File sourceDirectory;

    /** 要准备的年度：由上一年度的报表生成该年度的报表文件。不填则新建项目。 */
    @Parameter(property = "nianbao.year")
    Integer year;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding.warnOnce(getLog());
        try {
            if (year == null) {
                List<String> files = NewProject.create(sourceDirectory.toPath(), plugin.getVersion());
                getLog().info("已新建栏目项目 " + sourceDirectory + "：" + String.join("、", files));
                getLog().info("下一步：修改 site.yaml 和示例报表，然后运行 mvn package 生成栏目，或 mvn nianbao:serve 预览");
            } else {
                NextYear.Result r = NextYear.create(sourceDirectory.toPath(), year, Config.DEFAULT_MAX_FILE_BYTES);
                getLog().info("已由 " + (year - 1) + " 年度的报表生成 " + r.created().size() + " 个 " + year
                        + " 年度的报表文件（各项数据已清空，请逐项填写）");
                for (String kept : r.kept()) {
                    getLog().info("已存在，未改动：" + kept);
                }
                getLog().info("运行 mvn nianbao:check 可列出尚未填写的各项");
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("无法写入 " + sourceDirectory + "：" + e.getMessage(), e);
        }
    }
}
