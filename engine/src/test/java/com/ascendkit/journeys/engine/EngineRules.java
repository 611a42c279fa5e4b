package com.ascendkit.journeys.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ascendkit.journeys.architecture.ArchitectureRules;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's own architecture rules, in the style of the shared {@link ArchitectureRules}: a
 * factory taking the scope, so the rule can be tested against a deliberate violation, and a {@code
 * .because(...)} each. {@link EngineArchitectureTest} runs them on the production code.
 */
public final class EngineRules {
    public static final String ENGINE = ArchitectureRules.PROJECT + ".engine";

    /** The HTTP API: routes, handlers, request reading, and the mapping of errors to statuses. */
    public static final String API = ENGINE + ".api..";

    /** The engine's domain: what it does, whichever way it is asked to. */
    public static final String[] DOMAIN = {
        ENGINE + ".journeys..",
        ENGINE + ".runtime..",
        ENGINE + ".store..",
        ENGINE + ".analytics..",
        ENGINE + ".email..",
        ENGINE + ".environments..",
        ENGINE + ".surveys..",
        ENGINE + ".errors.."
    };

    private EngineRules() {}

    public static ArchRule domainSpeaksNoHttp(DescribedPredicate<? super JavaClass> domain) {
        return noClasses()
                .that(domain)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(API)
                .because(
                        "the domain refuses in its own terms (engine.errors, the model's"
                                + " InvalidInputException) and api maps them to HTTP in one place;"
                                + " only the composition root (Engine, local.LocalEngine) wires"
                                + " the two together");
    }
}
