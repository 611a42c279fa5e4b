package com.ascendkit.journeys.localconfig;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The project's rules that apply here. Not an {@code ArchitectureTestBase}: the model is not on
 * this module's class path, so its rules would have nothing to check (and fail for that).
 */
@AnalyzeClasses(
        packages = "com.ascendkit.journeys",
        importOptions = ImportOption.DoNotIncludeTests.class)
class LocalConfigArchitectureTest {
    @ArchTest
    static final ArchRule LOCAL_CONFIG_HAS_NO_INFRASTRUCTURE =
            ArchitectureRules.LOCAL_CONFIG_HAS_NO_INFRASTRUCTURE.allowEmptyShould(false);

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS = ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI;

    @ArchTest static final ArchRule NO_GENERIC_EXCEPTIONS = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest static final ArchRule NO_JAVA_UTIL_LOGGING = ArchitectureRules.NO_JAVA_UTIL_LOGGING;

    @ArchTest static final ArchRule NO_WALL_CLOCK_READS = ArchitectureRules.NO_WALL_CLOCK_READS;
}
