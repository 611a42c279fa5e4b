package com.ascendkit.journeys.model.topology.rules;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References.IdentityStatus;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnverifiedSenderRuleTest {
    private static final String SENDER = "hello@yourapp.com";
    private static final JourneyGraph GRAPH =
            JourneyGraph.of(
                    journey("welcome_email")
                            .node(
                                    "welcome_email",
                                    new Action.SendEmail("welcome-email").withSender(SENDER))
                            .node("default_sender", new Action.SendEmail("welcome-email"))
                            .build());

    private static List<Warning> check(IdentityStatus status) {
        return new UnverifiedSenderRule()
                .check(GRAPH, StaticReferences.empty().withIdentity(SENDER, status));
    }

    @Test
    void warnsThatTheIdentityIsMissing() {
        assertThat(check(IdentityStatus.MISSING))
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.UNVERIFIED_SENDER);
                            assertThat(w.node()).isEqualTo("welcome_email");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "node 'welcome_email' sends from 'hello@yourapp.com',"
                                                    + " which is not a sender identity of this"
                                                    + " environment");
                        });
    }

    @Test
    void warnsThatTheIdentityIsNotVerified() {
        assertThat(check(IdentityStatus.UNVERIFIED))
                .singleElement()
                .extracting(Warning::message)
                .isEqualTo(
                        "node 'welcome_email' sends from 'hello@yourapp.com', which is not"
                                + " verified yet");
    }

    @Test
    void isSilentForAVerifiedIdentity() {
        assertThat(check(IdentityStatus.VERIFIED)).isEmpty();
    }
}
