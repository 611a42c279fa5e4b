package com.ascendkit.journeys.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.slicefixture.alpha.Alpha;
import com.ascendkit.journeys.slicefixture.alpha.internal.AlphaPart;
import com.ascendkit.journeys.slicefixture.beta.Beta;
import com.ascendkit.journeys.slicefixture.gamma.Gamma;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The rules against deliberate violations: the nested classes below break one rule each (they are
 * test code, which the real rules skip, so they never trip a module's architecture test).
 */
class ArchitectureRulesTest {
    private static boolean violated(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        return rule.evaluate(classes).hasViolation();
    }

    @Test
    void flagsWritingToStandardOut() {
        var rule = ArchitectureRules.noStandardStreams(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, PrintsToStdout.class)).isTrue();
        assertThat(violated(rule, PrintsStackTrace.class)).isTrue();
        assertThat(violated(rule, Clean.class)).isFalse();
    }

    @Test
    void flagsGenericExceptionsOnly() {
        var rule = ArchitectureRules.noGenericExceptions(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, ThrowsGeneric.class)).isTrue();
        assertThat(violated(rule, Clean.class)).isFalse();
    }

    @Test
    void flagsJavaUtilLogging() {
        var rule = ArchitectureRules.noJavaUtilLogging(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, UsesJavaUtilLogging.class)).isTrue();
        assertThat(violated(rule, Clean.class)).isFalse();
    }

    @Test
    void flagsJdbcAndJsonMapperInTheModel() {
        var rule = ArchitectureRules.modelHasNoInfrastructure(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, UsesJdbc.class)).isTrue();
        assertThat(violated(rule, UsesJsonMapper.class)).isTrue();
        assertThat(violated(rule, Clean.class)).isFalse();
    }

    @Test
    void flagsJdbcAndTheModelInLocalConfig() {
        var rule =
                ArchitectureRules.localConfigHasNoInfrastructure(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, UsesJdbc.class)).isTrue();
        assertThat(violated(rule, UsesTheModel.class)).isTrue();
        assertThat(violated(rule, Clean.class)).isFalse();
    }

    @Test
    void flagsReadingTheWallClockButNotAnInjectedClock() {
        var rule = ArchitectureRules.noWallClockReads(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, ReadsWallClock.class)).isTrue();
        assertThat(violated(rule, Clean.class)).isFalse();
    }

    @Test
    void flagsACycleBetweenFeaturesAlsoThroughASubpackage() {
        var rule = ArchitectureRules.featuresFreeOfCycles(DescribedPredicate.alwaysTrue());
        JavaClasses classes =
                new ClassFileImporter()
                        .importClasses(Alpha.class, AlphaPart.class, Beta.class, Gamma.class);

        var result = rule.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains("Cycle detected")
                                        .contains("slicefixture.alpha")
                                        .contains("slicefixture.beta"));
    }

    @Test
    void acceptsOneWayFeaturesAndAPackageUsingItsOwnSubpackage() {
        var rule = ArchitectureRules.featuresFreeOfCycles(DescribedPredicate.alwaysTrue());

        assertThat(violated(rule, Gamma.class, Beta.class, AlphaPart.class)).isFalse();
        assertThat(violated(rule, Alpha.class, AlphaPart.class)).isFalse();
    }

    @Test
    void leavesCyclesOutsideTheScopeAlone() {
        var rule =
                ArchitectureRules.featuresFreeOfCycles(
                        resideInAPackage("com.ascendkit.journeys.slicefixture.gamma.."));

        assertThat(violated(rule, Alpha.class, AlphaPart.class, Beta.class, Gamma.class)).isFalse();
    }

    @Test
    void countsMainClassesAsProductionCodeAndTestClassesNot() {
        JavaClasses classes =
                new ClassFileImporter().importClasses(Delay.class, ArchitectureRulesTest.class);

        assertThat(ArchitectureRules.PRODUCTION_CODE.test(classes.get(Delay.class))).isTrue();
        assertThat(ArchitectureRules.PRODUCTION_CODE.test(classes.get(ArchitectureRulesTest.class)))
                .isFalse();
    }

    @Test
    void explainsEveryRule() {
        for (ArchRule rule :
                new ArchRule[] {
                    ArchitectureRules.MODEL_HAS_NO_INFRASTRUCTURE,
                    ArchitectureRules.MODEL_DEPENDS_ON_NO_OTHER_MODULE,
                    ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI,
                    ArchitectureRules.NO_GENERIC_EXCEPTIONS,
                    ArchitectureRules.NO_JAVA_UTIL_LOGGING,
                    ArchitectureRules.NO_WALL_CLOCK_READS,
                    ArchitectureRules.FEATURES_FREE_OF_CYCLES,
                    ArchitectureRules.LOCAL_CONFIG_HAS_NO_INFRASTRUCTURE
                }) {
            assertThat(rule.getDescription()).contains(", because ");
        }
    }

    static final class Clean {
        Instant now(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock is required");
            }
            return Instant.now(clock);
        }
    }

    static final class PrintsToStdout {
        void run() {
            System.out.println("deliberate violation");
        }
    }

    static final class PrintsStackTrace {
        void run(Exception e) {
            e.printStackTrace();
        }
    }

    static final class ThrowsGeneric {
        void run() {
            throw new RuntimeException("deliberate violation");
        }
    }

    static final class UsesJavaUtilLogging {
        void run() {
            Logger.getLogger("deliberate").info("violation");
        }
    }

    static final class UsesJdbc {
        boolean run(Connection connection) throws java.sql.SQLException {
            return connection.isClosed();
        }
    }

    static final class UsesJsonMapper {
        Object run() {
            return new ObjectMapper();
        }
    }

    static final class UsesTheModel {
        Object run(Delay delay) {
            return delay;
        }
    }

    static final class ReadsWallClock {
        Instant run() {
            return Instant.now();
        }
    }
}
