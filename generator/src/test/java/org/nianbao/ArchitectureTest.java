package org.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The package rules of docs/architecture.md, on the generator's main classes: the phases in pipeline
 * order, each importing only earlier ones; the shared packages importing none; the drivers on top.
 */
@AnalyzeClasses(packages = "org.nianbao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The pipeline, in order: a phase may use the ones before it, never one after. */
    static final List<String> PHASES =
            List.of("source", "form", "rules", "model", "check", "plan", "chart", "render", "output");
    /** Used by every phase and driver; they use no other nianbao package. */
    static final List<String> SHARED = List.of("diagnostic", "xml", "concurrent");
    /** Run the phases for a command; no phase uses them. The root package is {@code Nianbao.build}. */
    static final List<String> DRIVERS = List.of("importer", "scaffold", "serve", "cli");

    /**
     * What the command line and the Maven plugin may use of the generator (nested classes included):
     * the rest may change without notice. The plugin's own test holds it to the same list.
     */
    public static final List<String> PUBLIC_API = List.of("org.nianbao.Nianbao", "org.nianbao.Config",
            "org.nianbao.Options", "org.nianbao.BuildResult", "org.nianbao.Progress", "org.nianbao.diagnostic.Diagnostic",
            "org.nianbao.diagnostic.Severity", "org.nianbao.importer.CsvImport", "org.nianbao.importer.WorkbookForFilling",
            "org.nianbao.scaffold.NewProject", "org.nianbao.scaffold.NextYear", "org.nianbao.serve.PreviewServer");

    /** A generator class outside {@link #PUBLIC_API} and outside {@code ownPackage}. */
    public static DescribedPredicate<JavaClass> internalTo(String ownPackage) {
        return DescribedPredicate.describe("generator classes outside the public API",
                c -> c.getPackageName().startsWith("org.nianbao") && !c.getPackageName().startsWith(ownPackage)
                        && PUBLIC_API.stream().noneMatch(api -> c.getName().equals(api) || c.getName().startsWith(api + "$")));
    }

    @ArchTest
    static final ArchRule the_command_line_uses_the_public_api_only = noClasses().that().resideInAPackage("org.nianbao.cli..")
            .should().dependOnClassesThat(internalTo("org.nianbao.cli"))
            .because("the command line is one of the generator's users, as the Maven plugin is");

    @ArchTest
    static final ArchRule no_cycles_between_packages = slices().matching("org.nianbao.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule source_uses_no_later_phase = phase("source");
    @ArchTest
    static final ArchRule form_uses_no_later_phase = phase("form");
    @ArchTest
    static final ArchRule rules_use_no_later_phase = phase("rules");
    @ArchTest
    static final ArchRule model_uses_no_later_phase = phase("model");
    @ArchTest
    static final ArchRule check_uses_no_later_phase = phase("check");
    @ArchTest
    static final ArchRule plan_uses_no_later_phase = phase("plan");
    @ArchTest
    static final ArchRule chart_uses_no_later_phase = phase("chart");
    @ArchTest
    static final ArchRule render_uses_no_later_phase = phase("render");
    @ArchTest
    static final ArchRule output_uses_no_driver = phase("output");

    @ArchTest
    static final ArchRule shared_packages_use_no_other = noClasses().that().resideInAnyPackage(packages(SHARED))
            .should().dependOnClassesThat().resideInAnyPackage(
                    packages(Stream.concat(PHASES.stream(), DRIVERS.stream()).toList(), "org.nianbao"))
            .because("diagnostics, XML and the thread pool are used by every phase");

    @ArchTest
    static final ArchRule build_uses_no_command = noClasses().that().resideInAPackage("org.nianbao")
            .should().dependOnClassesThat().resideInAnyPackage(packages(DRIVERS))
            .because("Nianbao.build runs the phases; the commands call it, not the other way round");

    @ArchTest
    static final ArchRule importer_and_scaffold_use_phases_only = noClasses()
            .that().resideInAnyPackage("org.nianbao.importer..", "org.nianbao.scaffold..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(List.of("serve", "cli"), "org.nianbao"))
            .because("import, export and new take plain arguments, not the build's Config");

    @ArchTest
    static final ArchRule importer_and_scaffold_are_independent = noClasses()
            .that().resideInAPackage("org.nianbao.importer..")
            .should().dependOnClassesThat().resideInAPackage("org.nianbao.scaffold..")
            .orShould().dependOnClassesThat().resideInAPackage("org.nianbao.serve..");

    @ArchTest
    static final ArchRule serve_uses_no_other_command = noClasses().that().resideInAPackage("org.nianbao.serve..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(List.of("importer", "scaffold", "cli")));

    @ArchTest
    static final ArchRule only_the_command_line_uses_picocli = noClasses().that().resideOutsideOfPackage("org.nianbao.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("picocli is an optional dependency: the Maven plugin does not have it");

    /** Classes of {@code phase} use no later phase and no driver. */
    private static ArchRule phase(String phase) {
        List<String> later = PHASES.subList(PHASES.indexOf(phase) + 1, PHASES.size());
        return noClasses().that().resideInAPackage("org.nianbao." + phase + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        packages(Stream.concat(later.stream(), DRIVERS.stream()).toList(), "org.nianbao"))
                .because("the pipeline runs " + String.join(" → ", PHASES) + "; a phase only uses what came before");
    }

    private static String[] packages(List<String> names, String... exact) {
        return Stream.concat(names.stream().map(n -> "org.nianbao." + n + ".."), Arrays.stream(exact))
                .toArray(String[]::new);
    }
}
