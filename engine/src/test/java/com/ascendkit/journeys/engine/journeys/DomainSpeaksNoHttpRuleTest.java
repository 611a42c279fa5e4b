package com.ascendkit.journeys.engine.journeys;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.EngineRules;
import com.ascendkit.journeys.engine.api.ApiCalls;
import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * {@link EngineRules#domainSpeaksNoHttp} against a deliberate violation: the fixtures below live in
 * a domain package ({@code journeys}, as test code, which the real rule skips), one throwing the
 * API's exception, one a domain exception.
 */
class DomainSpeaksNoHttpRuleTest {
    private static final ArchRule RULE =
            EngineRules.domainSpeaksNoHttp(resideInAnyPackage(EngineRules.DOMAIN));

    private static boolean violated(Class<?>... classes) {
        return RULE.evaluate(new ClassFileImporter().importClasses(classes)).hasViolation();
    }

    @Test
    void flagsADomainClassThatThrowsTheApisException() {
        assertThat(violated(ThrowsApiException.class)).isTrue();
    }

    @Test
    void passesADomainClassThatThrowsADomainException() {
        assertThat(violated(ThrowsDomainException.class)).isFalse();
    }

    @Test
    void passesTheServiceAndTheApiItself() {
        assertThat(violated(JourneyService.class, JourneyDraft.class, ApiCalls.class)).isFalse();
    }

    @Test
    void explainsItself() {
        assertThat(RULE.getDescription()).contains(", because ");
    }

    static final class ThrowsApiException {
        void run() {
            throw ApiException.notFound("deliberate violation");
        }
    }

    static final class ThrowsDomainException {
        void run() {
            throw new NotFoundException("no journey 'x'");
        }
    }
}
