package com.ascendkit.journeys.engine.api.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.api.EngineTestBase;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.engine.store.TestDatabases;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.api.MinimalJourneyResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code Prefer: return=minimal} on the edits of a journey, over HTTP. */
class MinimalAnswerTest extends EngineTestBase {
    private static final String[] MINIMAL = {"Prefer", "return=minimal"};

    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }

    @Test
    void answersOnlyTheChangeTheVersionAndTheWarningsWhenMinimalIsPreferred() {
        String id = createWiredJourney();
        long version = stored(id).get("version").asLong();

        ApiClient.Response r =
                api.patch(
                        nodes(id) + "/welcome",
                        "{\"position\": {\"x\": 300, \"y\": 120}}",
                        MINIMAL);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Preference-Applied")).contains("return=minimal");
        assertThat(r.header("ETag")).contains("\"" + (version + 1) + "\"");
        assertThat(r.journey().get("version").asLong()).isEqualTo(version + 1);
        assertThat(r.journey().has("nodes")).isFalse();
        assertThat(r.json().get("change").get("nodes").fieldNames())
                .toIterable()
                .containsExactly("welcome");
        assertThat(
                        r.json()
                                .get("change")
                                .get("nodes")
                                .get("welcome")
                                .get("position")
                                .get("x")
                                .asInt())
                .isEqualTo(300);
        assertThat(r.json().has("warnings")).isTrue();
        assertThat(r.json().has("warningsSuppressed")).isTrue();
    }

    @Test
    void answersTheWholeJourneyWhenMinimalIsNotPreferred() {
        String id = createWiredJourney();

        ApiClient.Response r =
                api.patch(nodes(id) + "/welcome", "{\"position\": {\"x\": 1, \"y\": 2}}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Preference-Applied")).isEmpty();
        assertThat(r.journey().get("nodes").size()).isEqualTo(3);
        assertThat(r.json().has("change")).isFalse();
    }

    @Test
    void answersCreatedWithTheAddedNodeWhenANodeIsAdded() {
        String id = createWiredJourney();

        ApiClient.Response r =
                api.post(nodes(id), "{\"name\": \"extra\", \"terminal\": true}", MINIMAL);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("change").get("nodes").fieldNames())
                .toIterable()
                .containsExactly("extra");
    }

    @Test
    void namesTheRemovedNodeAndItsTransitionsWhenANodeIsRemoved() {
        String id = createWiredJourney();

        ApiClient.Response r = api.delete(nodes(id) + "/nudge", MINIMAL);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode change = r.json().get("change");
        assertThat(change.get("removedNodes").toString()).isEqualTo("[\"nudge\"]");
        assertThat(change.get("removedTransitions").size()).isEqualTo(1);
    }

    @Test
    void saysTheNewStatusWhenAJourneyIsActivated() {
        String id = createWiredJourney();

        ApiClient.Response r = api.post(journey(id) + "/activate", "", MINIMAL);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.journey().get("status").asText()).isEqualTo("active");
        assertThat(r.json().get("change").has("nodes")).isFalse();
    }

    @Test
    void replaysTheFirstMinimalBodyWithoutPreferenceAppliedWhenAKeyIsUsedAgain() {
        String id = createWiredJourney();
        String body = "{\"name\": \"again\", \"terminal\": true}";

        ApiClient.Response first =
                api.post(nodes(id), body, "Prefer", "return=minimal", "Idempotency-Key", "k-" + id);
        ApiClient.Response replay =
                api.post(nodes(id), body, "Prefer", "return=minimal", "Idempotency-Key", "k-" + id);

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.header("Preference-Applied")).isEmpty();
        assertThat(replay.text()).isEqualTo(first.text());
        assertThat(replay.json().has("change")).isTrue();
    }

    @Test
    void answersTheUsualErrorWithoutPreferenceAppliedWhenAnEditIsRefused() {
        String id = createWiredJourney();

        ApiClient.Response r = api.patch(nodes(id) + "/nowhere", "{\"terminal\": true}", MINIMAL);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
        assertThat(r.header("Preference-Applied")).isEmpty();
    }

    @Test
    void rebuildsTheEnginesJourneyExactlyWhenTheChangesAreApplied() throws Exception {
        String id = createWiredJourney();
        Journey local = read(api.get(journey(id))).journey();
        String[][] edits = {
            {"PATCH", nodes(id) + "/welcome", "{\"name\": \"hello\"}"},
            {"PATCH", transitions(id) + "/welcome-to-done", "{\"name\": \"finish\"}"},
            {"POST", nodes(id), "{\"name\": \"later\", \"terminal\": true}"},
            {"PATCH", journey(id), "{\"nodes\": {\"nudge\": null}, \"name\": \"Renamed\"}"},
            {
                "POST",
                transitions(id),
                "{\"from\": \"hello\", \"to\": \"later\", \"trigger\":"
                        + " {\"type\": \"timer\", \"delay\": \"1d\"}}"
            },
        };
        for (String[] e : edits) {
            ApiClient.Response r = api.send(e[0], e[1], e[2], MINIMAL);
            assertThat(r.status()).as(r.toString()).isBetween(200, 201);
            MinimalJourneyResponse minimal =
                    EngineJson.mapper().treeToValue(r.json(), MinimalJourneyResponse.class);
            local = minimal.applyTo(local).journey();
        }

        Journey engine = read(api.get(journey(id))).journey();
        assertThat(local.definition()).isEqualTo(engine.definition());
        assertThat(local.version()).isEqualTo(engine.version());
        assertThat(local.nodes().keySet()).containsExactlyElementsOf(engine.nodes().keySet());
    }

    private static JourneyResponse read(ApiClient.Response r) throws Exception {
        return EngineJson.mapper().treeToValue(r.json(), JourneyResponse.class);
    }
}
