package com.ascendkit.journeys.engine.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine with the default limits takes a journey of 10,000 nodes and 20,000 transitions (over 1
 * MiB of JSON) and refuses one node more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultJourneyLimitsTest {
    private Engine engine;
    private ApiClient api;

    @BeforeAll
    void start(@TempDir Path dir) {
        engine = Engine.builder().database(TestDatabases.h2(dir)).port(0).build().start();
        api = new ApiClient(engine.url(), engine.environments().create("dev").secretKey());
    }

    @AfterAll
    void stop() {
        engine.stop();
    }

    @Test
    void importsAJourneyAtTheDefaultLimitsAndRefusesANodeMore() {
        String document = BigJourneys.importDocument(10_000, 20_000);
        assertThat(document.length()).isGreaterThan(1 << 20);

        ApiClient.Response imported = api.post("/v1/journeys/import", document);
        String said = imported.toString();
        assertThat(imported.status())
                .as(said.substring(0, Math.min(300, said.length())))
                .isEqualTo(201);
        String id = imported.journey().get("id").asText();
        ApiClient.Response more =
                api.post(
                        "/v1/journeys/" + id + "/nodes",
                        "{\"name\": \"one_more\", \"action\": {\"type\": \"none\"}}");

        assertThat(imported.journey().get("nodes").size()).isEqualTo(10_000);
        assertThat(imported.journey().get("transitions").size()).isEqualTo(20_000);
        assertThat(more.status()).as(more.toString()).isEqualTo(400);
        assertThat(more.json().get("error").get("max").asInt()).isEqualTo(10_000);
    }
}
