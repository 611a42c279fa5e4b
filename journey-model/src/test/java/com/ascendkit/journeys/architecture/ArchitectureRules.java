package com.ascendkit.journeys.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The project's architecture rules, shared by every module through {@code journey-model}'s test jar
 * (as JabRef's {@code CommonArchitectureTest}). Each rule says why. Run them by subclassing {@link
 * ArchitectureTestBase}; the factories taking a scope exist so the rules themselves can be tested
 * against deliberate violations.
 *
 * <p>Rules look at production code only ({@link #PRODUCTION_CODE}): {@code
 * ImportOption.DoNotIncludeTests} drops a module's own {@code target/test-classes}, but not the
 * test jars of other modules on its class path (this one, the engine's), which are test code too.
 */
public final class ArchitectureRules {
    public static final String PROJECT = "com.ascendkit.journeys";
    public static final String MODEL = PROJECT + ".model..";
    public static final String CLI = PROJECT + ".cli..";
    public static final String LOCAL_CONFIG = PROJECT + ".localconfig..";

    /**
     * HTTP, JDBC and UI: what the model and local-config, which load anywhere, must not use.
     * Declared before the rules, which read it as the class initialises.
     */
    private static final String[] INFRASTRUCTURE = {
        "java.sql..", "javax.sql..", "okhttp3..", "io.javalin..", "org.jdbi..", "javafx.."
    };

    /**
     * A feature: a package right under a module's root ({@code studio.canvas}, {@code
     * engine.journeys}), with its subpackages. The module's root package (its composition root:
     * {@code Studio}, {@code Engine}) wires features together and belongs to none.
     */
    public static final String FEATURE = PROJECT + ".(*).(*)..";

    /** Classes compiled from {@code src/main}: not from test-classes, nor from a test jar. */
    public static final DescribedPredicate<JavaClass> PRODUCTION_CODE =
            DescribedPredicate.describe(
                    "are production code",
                    c -> c.getSource().map(ArchitectureRules::isProductionSource).orElse(true));

    /** (a) The model has no HTTP, JDBC, UI or JSON mapper in it. */
    public static final ArchRule MODEL_HAS_NO_INFRASTRUCTURE =
            modelHasNoInfrastructure(PRODUCTION_CODE.and(resideInAPackage(MODEL)));

    /** (a) The model depends on no other module of the project. */
    public static final ArchRule MODEL_DEPENDS_ON_NO_OTHER_MODULE =
            modelDependsOnNoOtherModule(PRODUCTION_CODE.and(resideInAPackage(MODEL)));

    /** (b) Only the CLI writes to standard out and standard error. */
    public static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_CLI =
            noStandardStreams(PRODUCTION_CODE.and(resideOutsideOfPackage(CLI)));

    /** (c) No {@code throw new RuntimeException(…)} and friends. */
    public static final ArchRule NO_GENERIC_EXCEPTIONS = noGenericExceptions(PRODUCTION_CODE);

    /** (c) Logging goes through slf4j. */
    public static final ArchRule NO_JAVA_UTIL_LOGGING = noJavaUtilLogging(PRODUCTION_CODE);

    /**
     * Time comes from an injected {@link java.time.Clock}. Not in {@link ArchitectureTestBase}:
     * modules add it with one {@code @ArchTest} field when they are ready for it.
     */
    public static final ArchRule NO_WALL_CLOCK_READS = noWallClockReads(PRODUCTION_CODE);

    /**
     * (d) No cycles between the features of any module. Not in {@link ArchitectureTestBase}: a
     * module's test imports the modules it depends on (the editor's and the CLI's import the
     * engine), so each module checks its own packages with {@link #featuresFreeOfCycles}. Run by
     * the model, the client, the engine, the CLI and the editor.
     */
    public static final ArchRule FEATURES_FREE_OF_CYCLES = featuresFreeOfCycles(PRODUCTION_CODE);

    /**
     * (e) The local-config module has no HTTP, JDBC or UI, and uses no other module. Empty where
     * local-config is not on the class path (the model's own test).
     */
    public static final ArchRule LOCAL_CONFIG_HAS_NO_INFRASTRUCTURE =
            localConfigHasNoInfrastructure(PRODUCTION_CODE.and(resideInAPackage(LOCAL_CONFIG)))
                    .allowEmptyShould(true);

    private ArchitectureRules() {}

    private static String[] with(String[] packages, String... more) {
        return java.util.stream.Stream.concat(
                        java.util.Arrays.stream(packages), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    public static ArchRule modelHasNoInfrastructure(DescribedPredicate<? super JavaClass> model) {
        return noClasses()
                .that(model)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(with(INFRASTRUCTURE, "com.fasterxml.jackson.databind.."))
                .because(
                        "the journey model is the language engine, client, CLI and editor share:"
                                + " it must load anywhere, with Jackson annotations at most, and no"
                                + " HTTP, JDBC, UI or JSON mapper");
    }

    public static ArchRule modelDependsOnNoOtherModule(
            DescribedPredicate<? super JavaClass> model) {
        return noClasses()
                .that(model)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        PROJECT + ".engine..",
                        PROJECT + ".client..",
                        CLI,
                        PROJECT + ".studio..",
                        PROJECT + ".app..")
                .because(
                        "the layers are model <- client <- cli/editor and model <- engine: the"
                                + " model is at the bottom and depends on no other module");
    }

    public static ArchRule localConfigHasNoInfrastructure(
            DescribedPredicate<? super JavaClass> localConfig) {
        return noClasses()
                .that(localConfig)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        with(
                                INFRASTRUCTURE,
                                MODEL,
                                PROJECT + ".engine..",
                                PROJECT + ".client..",
                                CLI,
                                PROJECT + ".studio.."))
                .because(
                        "the engine and the client both use the local files' places and format:"
                                + " local-config sits below them, with Jackson and the JDK only");
    }

    public static ArchRule noStandardStreams(DescribedPredicate<? super JavaClass> scope) {
        return noClasses()
                .that(scope)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because(
                        "only the CLI talks to the terminal, through picocli's writers; everything"
                                + " else logs with slf4j (and never calls printStackTrace)");
    }

    public static ArchRule noGenericExceptions(DescribedPredicate<? super JavaClass> scope) {
        return noClasses()
                .that(scope)
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .because(
                        "callers turn specific exceptions into HTTP statuses and exit codes; a bare"
                                + " Exception or RuntimeException tells them nothing");
    }

    /**
     * Stricter than ArchUnit's {@code USE_JAVA_UTIL_LOGGING}, which only sees logger fields: any
     * use of {@code java.util.logging} counts.
     */
    public static ArchRule noJavaUtilLogging(DescribedPredicate<? super JavaClass> scope) {
        return noClasses()
                .that(scope)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.logging..")
                .because("the project logs through slf4j, configured in one place");
    }

    public static ArchRule noWallClockReads(DescribedPredicate<? super JavaClass> scope) {
        return noClasses()
                .that(scope)
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because(
                        "time comes from an injected java.time.Clock, so tests and the simulated"
                                + " clock control it");
    }

    /**
     * Slices by {@link #FEATURE}. Slicing by every package ({@code (**)}) would also count a
     * package and its own subpackage ({@code client} and {@code client.internal}) as a cycle.
     */
    public static ArchRule featuresFreeOfCycles(DescribedPredicate<? super JavaClass> scope) {
        return slices().assignedFrom(features(scope))
                .should()
                .beFreeOfCycles()
                .because(
                        "features depend on each other one way: a cycle makes two features one,"
                                + " which can be neither understood, tested nor moved alone; shared"
                                + " types go into a package both use (as studio.editing)");
    }

    private static SliceAssignment features(DescribedPredicate<? super JavaClass> scope) {
        PackageMatcher feature = PackageMatcher.of(FEATURE);
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!scope.test(c)) {
                    return SliceIdentifier.ignore();
                }
                return feature.match(c.getPackageName())
                        .map(m -> SliceIdentifier.of(m.getGroup(1) + "." + m.getGroup(2)))
                        .orElseGet(SliceIdentifier::ignore);
            }

            @Override
            public String getDescription() {
                return "features (" + FEATURE + ") of classes that " + scope.getDescription();
            }
        };
    }

    private static boolean isProductionSource(Source source) {
        String uri = source.getUri().toString();
        return !uri.contains("/test-classes/")
                && !uri.contains("/out/test/")
                && !uri.contains("/build/classes/java/test/")
                && !uri.contains("-tests.jar!");
    }
}
