package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.TestClock;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real engine on a random port over a real database, shared by the tests of a class (each test
 * makes its own journeys). Subclassed per database, db-scheduler style.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EngineTestBase {
    protected final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    protected final RecordingHooks hooks = new RecordingHooks();
    protected Engine engine;
    protected IssuedKeys keys;
    protected ApiClient api;

    /** The database this run of the contract uses. */
    protected abstract DatabaseConfig database(Path tempDir);

    @BeforeAll
    void startEngine(@TempDir Path dir) {
        engine =
                Engine.builder()
                        .database(database(dir))
                        .clock(clock)
                        .port(0)
                        .runtimeHooks(hooks)
                        .build()
                        .start();
        keys = engine.environments().create("development");
        api = new ApiClient(engine.url(), keys.secretKey());
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.stop();
        }
    }

    /** Another environment with its own keys. */
    protected IssuedKeys newEnvironment() {
        return engine.environments().create("env-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Creates a draft journey with entry node {@code entryNode}; returns its id. */
    protected String createJourney(String entryNode) {
        ApiClient.Response r =
                api.post(
                        "/v1/journeys",
                        "{\"name\": \"Onboarding Flow\", \"entryEvent\": \"user.created\","
                                + " \"entryNode\": \""
                                + entryNode
                                + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.journey().get("id").asText();
    }

    /** A journey welcome → (2d) nudge, welcome → (user.login) done, done terminal. */
    protected String createWiredJourney() {
        String id = createJourney("welcome");
        ok(
                api.post(
                        nodes(id),
                        "{\"name\": \"welcome\", \"action\": {\"type\": \"send_email\", \"templateSlug\": \"welcome-email\"}}"));
        ok(
                api.post(
                        nodes(id),
                        "{\"name\": \"nudge\", \"action\": {\"type\": \"send_email\", \"templateSlug\": \"login-nudge\"}}"));
        ok(api.post(nodes(id), "{\"name\": \"done\", \"terminal\": true}"));
        ok(
                api.post(
                        transitions(id),
                        "{\"from\": \"welcome\", \"to\": \"nudge\", \"trigger\": {\"type\": \"timer\", \"delay\": \"2d\"}}"));
        ok(
                api.post(
                        transitions(id),
                        "{\"from\": \"welcome\", \"to\": \"done\", \"trigger\": {\"type\": \"event\", \"event\": \"user.login\"}}"));
        return id;
    }

    /** The journey as stored now (GET), for "unchanged after" comparisons. */
    protected JsonNode stored(String id) {
        ApiClient.Response r = api.get("/v1/journeys/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.journey();
    }

    protected static ApiClient.Response ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }

    protected static String journey(String id) {
        return "/v1/journeys/" + id;
    }

    protected static String nodes(String id) {
        return "/v1/journeys/" + id + "/nodes";
    }

    protected static String transitions(String id) {
        return "/v1/journeys/" + id + "/transitions";
    }
}
