package com.ascendkit.journeys.model;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.testing.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyDefinitionTest {
    private static final JourneyDefinition ONBOARDING =
            journey("welcome_email")
                    .name("Onboarding")
                    .entryConditions(Map.of("provider", "credentials"))
                    .reEntryPolicy(ReEntryPolicy.RESTART)
                    .node("welcome_email", new Action.SendEmail("welcome-email"))
                    .node("nudge_1", new Action.SendEmail("nudge-email"))
                    .terminal("done")
                    .timer("welcome_email", "nudge_1", "2d")
                    .on("welcome_email", "done", "user.login")
                    .on("nudge_1", "done", "app.upgraded", Map.of("plan", "pro"))
                    .build();

    @Test
    void defaultsToSkipAndEmptyCollections() {
        JourneyDefinition empty =
                new JourneyDefinition("J", "user.created", null, null, null, null, null);

        assertThat(empty.reEntryPolicy()).isEqualTo(ReEntryPolicy.SKIP);
        assertThat(empty.entryConditions()).isEmpty();
        assertThat(empty.nodes()).isEmpty();
        assertThat(empty.transitions()).isEmpty();
    }

    @Test
    void rejectsNestedEntryConditionsNamingTheKey() {
        assertThatThrownBy(
                        () ->
                                new JourneyDefinition(
                                        "J",
                                        "user.created",
                                        Map.of("provider", List.of("google")),
                                        null,
                                        null,
                                        null,
                                        null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("key 'provider' holds a list");
    }

    @Test
    void keepsNodeInsertionOrder() {
        assertThat(ONBOARDING.nodes().keySet()).containsExactly("welcome_email", "nudge_1", "done");
    }

    @Test
    void writesTheContractsShape() {
        String json = TestJson.write(ONBOARDING);

        assertThat(json)
                .startsWith(
                        "{\"name\":\"Onboarding\",\"entryEvent\":\"user.created\","
                                + "\"entryConditions\":{\"provider\":\"credentials\"},"
                                + "\"entryNode\":\"welcome_email\",\"reEntryPolicy\":\"restart\","
                                + "\"nodes\":{\"welcome_email\":{\"action\":{\"type\":\"send_email\","
                                + "\"templateSlug\":\"welcome-email\"},\"terminal\":false},")
                .contains(
                        "{\"name\":\"welcome_email-to-nudge_1\",\"from\":\"welcome_email\","
                                + "\"to\":\"nudge_1\",\"trigger\":{\"type\":\"timer\",\"delay\":\"2d\"}}");
    }

    @Test
    void roundTripsThroughTheExportDocument() {
        String json = TestJson.write(ExportedJourney.of(ONBOARDING));

        ExportedJourney read = TestJson.read(json, ExportedJourney.class);

        assertThat(json).startsWith("{\"format\":\"journey/1\",\"journey\":{");
        assertThat(read.journey()).isEqualTo(ONBOARDING);
        assertThat(read.journey().nodes().keySet())
                .containsExactly("welcome_email", "nudge_1", "done");
    }
}
