package com.ascendkit.journeys.engine;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.ascendkit.journeys.architecture.ArchitectureTestBase;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The project's rules (from {@link ArchitectureTestBase}) plus the engine's own. */
@AnalyzeClasses(
        packages = "com.ascendkit.journeys",
        importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest extends ArchitectureTestBase {
    private static final String ENGINE = ArchitectureRules.PROJECT + ".engine..";

    @ArchTest
    static final ArchRule ENGINE_DOES_NOT_DEPEND_ON_CLIENTS =
            noClasses()
                    .that()
                    .resideInAPackage(ENGINE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            ArchitectureRules.PROJECT + ".client..",
                            ArchitectureRules.CLI,
                            ArchitectureRules.PROJECT + ".studio..")
                    .because(
                            "the layers are model <- engine and model <- client <- cli/editor:"
                                    + " the engine knows none of its callers");

    /** The domain packages throw domain exceptions; only {@code api} knows HTTP statuses. */
    @ArchTest
    static final ArchRule DOMAIN_SPEAKS_NO_HTTP =
            EngineRules.domainSpeaksNoHttp(
                    ArchitectureRules.PRODUCTION_CODE.and(resideInAnyPackage(EngineRules.DOMAIN)));

    /** Time comes from the injected clock; only the composition roots choose a system clock. */
    @ArchTest
    static final ArchRule ENGINE_READS_NO_WALL_CLOCK =
            ArchitectureRules.noWallClockReads(
                    ArchitectureRules.PRODUCTION_CODE.and(resideInAPackage(ENGINE)));

    /**
     * No cycles between the engine's features ({@code engine.journeys}, {@code engine.email}, …).
     * Scoped to the engine's own packages, as the client does: the model is imported too.
     */
    @ArchTest
    static final ArchRule ENGINE_FEATURES_FREE_OF_CYCLES =
            ArchitectureRules.featuresFreeOfCycles(
                    ArchitectureRules.PRODUCTION_CODE.and(resideInAPackage(ENGINE)));
}
