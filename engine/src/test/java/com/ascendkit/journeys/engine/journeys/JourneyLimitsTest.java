package com.ascendkit.journeys.engine.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nodes and transitions one journey may have, over HTTP: an engine with small limits (5 nodes,
 * 4 transitions) and, on the same database, one with larger limits that makes journeys beyond them,
 * as a journey stored before a limit was lowered would be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyLimitsTest {
    private Database database;
    private Engine small;
    private Engine large;
    private ApiClient api;
    private ApiClient largeApi;

    @BeforeAll
    void start(@TempDir Path dir) {
        database = Database.open(TestDatabases.h2(dir));
        small =
                Engine.builder()
                        .database(database)
                        .port(0)
                        .journeyLimits(new JourneyLimits(5, 4))
                        .build()
                        .start();
        large = Engine.builder().database(database).port(0).build().start();
        String key = small.environments().create("development").secretKey();
        api = new ApiClient(small.url(), key);
        largeApi = new ApiClient(large.url(), key);
    }

    @AfterAll
    void stop() {
        small.stop();
        large.stop();
        database.close();
    }

    @Test
    void refusesAddingANodeBeyondTheLimitNamingItAndChangesNothing() {
        String id = importJourney(api, 5, 0);
        JsonNode before = journey(id);

        ApiClient.Response r =
                api.post(
                        path(id, "/nodes"), "{\"name\": \"n5\", \"action\": {\"type\": \"none\"}}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("invalid_request");
        assertThat(r.errorField()).isEqualTo("nodes");
        assertThat(r.errorMessage()).contains("at most 5 nodes").contains("maxNodes").contains("6");
        JsonNode error = r.json().get("error");
        assertThat(error.get("limit").asText()).isEqualTo("maxNodes");
        assertThat(error.get("max").asInt()).isEqualTo(5);
        assertThat(error.get("actual").asInt()).isEqualTo(6);
        assertThat(journey(id)).isEqualTo(before);
    }

    @Test
    void refusesAddingATransitionBeyondTheLimitAndChangesNothing() {
        String id = importJourney(api, 3, 4);
        JsonNode before = journey(id);

        ApiClient.Response r =
                api.post(
                        path(id, "/transitions"),
                        "{\"from\": \"n0\", \"to\": \"n2\", \"trigger\": {\"type\": \"timer\","
                                + " \"delay\": \"1d\"}}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("transitions");
        assertThat(r.json().get("error").get("limit").asText()).isEqualTo("maxTransitions");
        assertThat(journey(id)).isEqualTo(before);
    }

    @Test
    void refusesAPatchThatWouldGrowTheJourneyBeyondTheLimit() {
        String id = importJourney(api, 2, 0);
        JsonNode before = journey(id);

        ApiClient.Response r =
                api.patch(path(id, ""), "{\"nodes\": " + BigJourneys.nodes(2, 6) + "}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("nodes");
        assertThat(journey(id)).isEqualTo(before);
    }

    @Test
    void refusesAnImportBeyondTheLimitAndStoresNothing() {
        int journeys = api.get("/v1/journeys").json().get("items").size();

        ApiClient.Response r = api.post("/v1/journeys/import", BigJourneys.importDocument(6, 0));

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("nodes");
        assertThat(api.get("/v1/journeys").json().get("items").size()).isEqualTo(journeys);
    }

    @Test
    void letsAJourneyAlreadyBeyondTheLimitBeTrimmedButNotGrown() {
        String id = importJourney(largeApi, 8, 0);

        ApiClient.Response grow =
                api.post(
                        path(id, "/nodes"), "{\"name\": \"n8\", \"action\": {\"type\": \"none\"}}");
        ApiClient.Response trim = api.delete(path(id, "/nodes/n7"));

        assertThat(grow.status()).as(grow.toString()).isEqualTo(400);
        assertThat(trim.status()).as(trim.toString()).isEqualTo(200);
        assertThat(trim.journey().get("nodes").size()).isEqualTo(7);
    }

    private String importJourney(ApiClient client, int nodes, int transitions) {
        ApiClient.Response r =
                client.post("/v1/journeys/import", BigJourneys.importDocument(nodes, transitions));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.journey().get("id").asText();
    }

    private JsonNode journey(String id) {
        ApiClient.Response r = api.get(path(id, ""));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.journey();
    }

    private static String path(String id, String rest) {
        return "/v1/journeys/" + id + rest;
    }
}
