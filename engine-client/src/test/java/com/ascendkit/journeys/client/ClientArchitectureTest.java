package com.ascendkit.journeys.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.ascendkit.journeys.architecture.ArchitectureTestBase;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The project's rules (from {@link ArchitectureTestBase}) plus the client's own. The engine is on
 * this module's test class path (the end-to-end tests start one), so its classes are imported too:
 * the client rules are scoped to the client's package.
 */
@AnalyzeClasses(
        packages = "com.ascendkit.journeys",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest extends ArchitectureTestBase {
    private static final String CLIENT = ArchitectureRules.PROJECT + ".client..";

    @ArchTest
    static final ArchRule CLIENT_DOES_NOT_DEPEND_ON_THE_ENGINE =
            noClasses()
                    .that()
                    .resideInAPackage(CLIENT)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ArchitectureRules.PROJECT + ".engine..")
                    .because("the CLI and the editor reach an engine only over HTTP");

    @ArchTest
    static final ArchRule ONLY_THE_TRANSPORT_HANDLES_RESPONSES =
            noClasses()
                    .that()
                    .resideInAPackage(CLIENT)
                    .and()
                    .resideOutsideOfPackage(ArchitectureRules.PROJECT + ".client.internal..")
                    .should()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName("okhttp3.Response")
                    .orShould()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName("okhttp3.Call")
                    .because("responses are opened and closed (try-with-resources) in one place");

    @ArchTest
    static final ArchRule CLIENT_READS_NO_WALL_CLOCK =
            ArchitectureRules.noWallClockReads(
                    ArchitectureRules.PRODUCTION_CODE.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    CLIENT)));

    /** The client's own packages only: the engine's are imported too (see above). */
    @ArchTest
    static final ArchRule CLIENT_FEATURES_FREE_OF_CYCLES =
            ArchitectureRules.featuresFreeOfCycles(
                    ArchitectureRules.PRODUCTION_CODE.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    CLIENT)));
}
