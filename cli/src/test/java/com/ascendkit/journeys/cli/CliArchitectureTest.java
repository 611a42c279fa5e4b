package com.ascendkit.journeys.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.ascendkit.journeys.architecture.ArchitectureTestBase;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared architecture rules, plus the CLI's own: it reaches the engine through HTTP only. */
@AnalyzeClasses(
        packages = "com.ascendkit.journeys",
        importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest extends ArchitectureTestBase {

    @ArchTest
    static final ArchRule ONLY_ENGINE_START_TOUCHES_THE_ENGINE =
            noClasses()
                    .that()
                    .resideInAPackage("com.ascendkit.journeys.cli..")
                    .and()
                    .resideOutsideOfPackage("com.ascendkit.journeys.cli.engine..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.ascendkit.journeys.engine..")
                    .because(
                            "the CLI is a client of the engine's HTTP API like any other; it may"
                                    + " use the engine only to start one (ascendkit engine start)");

    @ArchTest
    static final ArchRule COMMANDS_PRINT_THROUGH_PICOCLI =
            noClasses()
                    .that()
                    .resideInAPackage("com.ascendkit.journeys.cli..")
                    .and()
                    .doNotHaveFullyQualifiedName("com.ascendkit.journeys.cli.output.Console")
                    .should()
                    .accessField(System.class, "out")
                    .orShould()
                    .accessField(System.class, "err")
                    .because(
                            "commands print through picocli's writers so that tests capture them and"
                                    + " output is UTF-8 whatever the locale");

    /**
     * No cycles between the CLI's features ({@code cli.engine}, {@code cli.internal}, …). Scoped to
     * the CLI's own packages: the engine, client and model are on the class path and imported too.
     */
    @ArchTest
    static final ArchRule CLI_FEATURES_FREE_OF_CYCLES =
            ArchitectureRules.featuresFreeOfCycles(
                    ArchitectureRules.PRODUCTION_CODE.and(
                            JavaClass.Predicates.resideInAPackage(ArchitectureRules.CLI)));
}
