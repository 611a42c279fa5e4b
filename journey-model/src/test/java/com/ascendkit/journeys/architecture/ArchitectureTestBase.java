package com.ascendkit.journeys.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every module checks. Subclass it once per module, in that module's test
 * sources, naming what to import:
 *
 * <pre>{@code
 * @AnalyzeClasses(
 *         packages = "com.ascendkit.journeys",
 *         importOptions = ImportOption.DoNotIncludeTests.class)
 * class EngineArchitectureTest extends ArchitectureTestBase {}
 * }</pre>
 *
 * ArchUnit's JUnit 5 engine runs the {@code @ArchTest} fields a test class inherits, so the
 * subclass needs no body; add module-specific rules as further {@code @ArchTest} fields. The module
 * needs {@code archunit-junit5} as a test dependency besides this test jar.
 */
public abstract class ArchitectureTestBase {
    @ArchTest
    static final ArchRule MODEL_HAS_NO_INFRASTRUCTURE =
            ArchitectureRules.MODEL_HAS_NO_INFRASTRUCTURE;

    @ArchTest
    static final ArchRule MODEL_DEPENDS_ON_NO_OTHER_MODULE =
            ArchitectureRules.MODEL_DEPENDS_ON_NO_OTHER_MODULE;

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_CLI =
            ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI;

    @ArchTest static final ArchRule NO_GENERIC_EXCEPTIONS = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest static final ArchRule NO_JAVA_UTIL_LOGGING = ArchitectureRules.NO_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule LOCAL_CONFIG_HAS_NO_INFRASTRUCTURE =
            ArchitectureRules.LOCAL_CONFIG_HAS_NO_INFRASTRUCTURE;
}
