package com.ascendkit.journeys.model;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.ascendkit.journeys.architecture.ArchitectureTestBase;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shared architecture rules, on the model; the model also never reads the wall clock, and its
 * packages have no cycles (only the model is on this module's class path, so the project-wide rule
 * sees the model alone).
 */
@AnalyzeClasses(
        packages = "com.ascendkit.journeys",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest extends ArchitectureTestBase {
    @ArchTest static final ArchRule NO_WALL_CLOCK_READS = ArchitectureRules.NO_WALL_CLOCK_READS;

    @ArchTest
    static final ArchRule FEATURES_FREE_OF_CYCLES = ArchitectureRules.FEATURES_FREE_OF_CYCLES;
}
