package com.ascendkit.journeys.model.topology;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.testing.DefinitionBuilder;
import com.ascendkit.journeys.model.testing.JourneyGenerator;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.References.IdentityStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator on journeys far larger than people draw: it must finish (every rule is linear and
 * none recurses, so deep chains cannot overflow the stack) and still find exactly what is wrong.
 * How fast it is, the benchmark measures; nothing here is timed.
 */
class JourneyValidatorScaleTest {
    private static final StaticReferences GENERATED_ENVIRONMENT =
            StaticReferences.empty()
                    .withTemplates(JourneyGenerator.TEMPLATES.toArray(String[]::new))
                    .withSurveys(JourneyGenerator.SURVEYS.toArray(String[]::new))
                    .withIdentity(JourneyGenerator.SENDER, IdentityStatus.VERIFIED);

    private static List<Warning> validate(JourneyDefinition definition) {
        return JourneyValidator.standard()
                .validate(definition, JourneyStatus.ACTIVE, GENERATED_ENVIRONMENT);
    }

    @Test
    void validatesFiveThousandNodesAndTenThousandTransitions() {
        JourneyDefinition big = JourneyGenerator.generate(5_000, 10_000, 42);

        List<Warning> warnings = validate(big);

        Set<String> transitionNames =
                big.transitions().stream().map(Transition::name).collect(Collectors.toSet());
        assertThat(warnings)
                .allSatisfy(
                        w -> {
                            assertThat(w.node() == null || big.nodes().containsKey(w.node()))
                                    .isTrue();
                            assertThat(
                                            w.transition() == null
                                                    || transitionNames.contains(w.transition()))
                                    .isTrue();
                        });
        assertThat(warnings)
                .extracting(Warning::code)
                .doesNotContain(
                        WarningCode.MISSING_ENTRY_NODE,
                        WarningCode.NO_TERMINAL_REACHABLE,
                        WarningCode.UNKNOWN_EVENT,
                        WarningCode.MISSING_TEMPLATE,
                        WarningCode.MISSING_SURVEY,
                        WarningCode.UNVERIFIED_SENDER);
        assertThat(validate(JourneyGenerator.generate(5_000, 10_000, 42))).isEqualTo(warnings);
    }

    @Test
    void findsNothingWrongAlongAFiftyThousandNodeChain() {
        assertThat(validate(JourneyGenerator.chain(50_000))).isEmpty();
    }

    @Test
    void reportsAFiveThousandNodeTimerRingOnce() {
        assertThat(validate(JourneyGenerator.timerRing(5_000)))
                .extracting(Warning::code)
                .containsExactly(WarningCode.NO_TERMINAL_REACHABLE, WarningCode.TIMER_CYCLE);
    }

    @Test
    void checksFiveThousandFilteredEventTransitionsFromOneNode() {
        DefinitionBuilder builder = journey("hub").node("hub").terminal("done");
        builder.on("hub", "done", "app.paid", Map.of("plan", "pro"));
        for (int i = 1; i < 5_000; i++) {
            builder.on(
                    "hub",
                    "done",
                    "app.paid",
                    Map.of("seats", i, "plan", i % 2 == 0 ? "pro" : "free"));
        }

        List<Warning> warnings = validate(builder.build());

        assertThat(warnings)
                .hasSize(2_499)
                .allMatch(w -> w.code() == WarningCode.SHADOWED_TRANSITION);
    }
}
