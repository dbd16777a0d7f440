package org.nianbao.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The Mojos use only the generator's public API, the list the command line is held to too (ArchitectureTest). */
@AnalyzeClasses(packages = "org.nianbao.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginApiTest {
    static final List<String> PUBLIC_API = List.of("org.nianbao.Nianbao", "org.nianbao.Config",
            "org.nianbao.Options", "org.nianbao.BuildResult", "org.nianbao.Progress", "org.nianbao.diagnostic.Diagnostic",
            "org.nianbao.diagnostic.Severity", "org.nianbao.importer.CsvImport", "org.nianbao.importer.WorkbookForFilling",
            "org.nianbao.scaffold.NewProject", "org.nianbao.scaffold.NextYear", "org.nianbao.serve.PreviewServer");

    @ArchTest
    static final ArchRule the_plugin_uses_the_public_api_only = noClasses().that().resideInAPackage("org.nianbao.maven..")
            .should().dependOnClassesThat(DescribedPredicate.describe("generator classes outside the public API",
                    (JavaClass c) -> c.getPackageName().startsWith("org.nianbao") && !c.getPackageName().startsWith("org.nianbao.maven")
                            && PUBLIC_API.stream().noneMatch(api -> c.getName().equals(api) || c.getName().startsWith(api + "$"))));
}
