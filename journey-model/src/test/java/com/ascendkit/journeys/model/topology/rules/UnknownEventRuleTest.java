package com.ascendkit.journeys.model.topology.rules;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownEventRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new UnknownEventRule().check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsAboutAnUnknownEntryEvent() {
        List<Warning> warnings =
                check(journey("a").entryEvent("user.signup").terminal("a").build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.UNKNOWN_EVENT);
                            assertThat(w.transition()).isNull();
                            assertThat(w.message())
                                    .isEqualTo(
                                            "the entry event 'user.signup' is neither a built-in"
                                                    + " event (user.created, user.login,"
                                                    + " user.signout, user.waitlisted,"
                                                    + " user.waitlist_approved) nor an app event"
                                                    + " ('app.*'): no user will ever enroll");
                        });
    }

    @Test
    void warnsAboutATransitionWaitingForAnUnknownEvent() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .terminal("done")
                                .on("a", "done", "completed_onboarding")
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.transition()).isEqualTo("a-to-done");
                            assertThat(w.message())
                                    .startsWith(
                                            "transition 'a-to-done' waits for event"
                                                    + " 'completed_onboarding', which is neither");
                        });
    }

    @Test
    void acceptsBuiltInAndAppEvents() {
        assertThat(
                        check(
                                journey("a")
                                        .entryEvent("user.waitlist_approved")
                                        .node("a")
                                        .terminal("done")
                                        .on("a", "done", "user.login")
                                        .on("a", "done", "app.completed_onboarding")
                                        .timer("a", "done", "1d")
                                        .build()))
                .isEmpty();
    }
}
