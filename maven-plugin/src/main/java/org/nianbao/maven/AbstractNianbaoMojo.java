package org.nianbao.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.diagnostic.Diagnostic;

/** Parameters shared by the goals, mapped onto the generator's {@link Config}; no logic of its own. */
abstract class AbstractNianbaoMojo extends AbstractMojo {

    /** The column project: site.yaml, reports/, optional templates/ and static/. */
    @Parameter(property = "nianbao.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** Where the column is written; replaced as a whole by each successful build. */
    @Parameter(property = "nianbao.outputDirectory", defaultValue = "${project.build.directory}/column", required = true)
    File outputDirectory;

    /** Keep raw HTML in narratives instead of escaping it (templates are trusted, report sources are not). */
    @Parameter(property = "nianbao.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /** Skip this goal. */
    @Parameter(property = "nianbao.skip", defaultValue = "false")
    boolean skip;

    Config config() {
        return Config.builder(sourceDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .allowRawHtml(allowRawHtml)
                .build();
    }

    /** One line per problem: errors as errors, warnings as warnings. */
    void log(BuildResult result) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.toString());
            } else {
                getLog().warn(d.toString());
            }
        }
    }
}
