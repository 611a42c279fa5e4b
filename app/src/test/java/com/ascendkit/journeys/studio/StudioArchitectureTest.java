package com.ascendkit.journeys.studio;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.ascendkit.journeys.architecture.ArchitectureTestBase;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The project's rules (from {@link ArchitectureTestBase}) plus the editor's own. */
@AnalyzeClasses(
        packages = "com.ascendkit.journeys",
        importOptions = ImportOption.DoNotIncludeTests.class)
class StudioArchitectureTest extends ArchitectureTestBase {
    private static final String STUDIO = ArchitectureRules.PROJECT + ".studio..";

    /** The editor embeds an engine only in {@code studio.connection}; everything else uses HTTP. */
    @ArchTest
    static final ArchRule EDITOR_DOES_NOT_DEPEND_ON_THE_ENGINE =
            noClasses()
                    .that()
                    .resideInAPackage(STUDIO)
                    .and()
                    .resideOutsideOfPackage("..studio.connection..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ArchitectureRules.PROJECT + ".engine..")
                    .because(
                            "the editor reaches an engine through engine-client over HTTP; only"
                                    + " studio.connection may ever embed one");

    @ArchTest
    static final ArchRule VIEW_MODELS_DO_NOT_DEPEND_ON_THE_SCENE_GRAPH =
            noClasses()
                    .that()
                    .resideInAPackage(STUDIO)
                    .and()
                    .haveSimpleNameEndingWith("ViewModel")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("javafx.scene..")
                    .because(
                            "view models hold state and logic that tests drive without a window;"
                                    + " nodes, controls and events belong to the views");

    /**
     * The editor's own packages only: the engine it can embed is imported too. The types the panels
     * share (selection, trigger draft, badges) live in {@code studio.editing}.
     */
    @ArchTest
    static final ArchRule EDITOR_FEATURES_FREE_OF_CYCLES =
            ArchitectureRules.featuresFreeOfCycles(
                    ArchitectureRules.PRODUCTION_CODE.and(resideInAPackage(STUDIO)));
}
