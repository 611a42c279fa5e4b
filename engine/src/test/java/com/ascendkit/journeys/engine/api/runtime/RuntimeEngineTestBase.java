package com.ascendkit.journeys.engine.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.runtime.RuntimeSettings;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real engine with its real run-time on a simulated clock, on a random port over a real database,
 * shared by the tests of a class; each test works in its own environment, so counts never mix.
 * Subclassed per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RuntimeEngineTestBase {
    protected static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    protected final SimulatedClock clock = new SimulatedClock(START);
    protected Engine engine;
    protected IssuedKeys keys;
    protected ApiClient api;

    protected abstract DatabaseConfig database(Path tempDir);

    /** Run-time settings of this class's engine (SMTP for the email tests). */
    protected void configure(RuntimeSettings.Builder settings) {
        settings.outboxPollInterval(Duration.ofMillis(100));
    }

    /** The heartbeat of journey streams. */
    protected Duration streamHeartbeat() {
        return Duration.ofMillis(300);
    }

    @BeforeAll
    void startEngine(@TempDir Path dir) {
        engine =
                Engine.builder()
                        .database(database(dir))
                        .clock(clock)
                        .port(0)
                        .runtime(this::configure)
                        .streamHeartbeat(streamHeartbeat())
                        .build()
                        .start();
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.stop();
        }
    }

    /** A fresh environment for one test: sets {@link #keys} and {@link #api}. */
    protected void newEnvironment() {
        keys = engine.environments().create("env-" + UUID.randomUUID().toString().substring(0, 8));
        api = new ApiClient(engine.url(), keys.secretKey());
    }

    protected static ApiClient.Response ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }

    /**
     * The product document's onboarding journey, active: welcome_email sends welcome-email, after
     * 2d nudge_1 sends login-nudge, user.login from either goes to done (terminal).
     */
    protected String onboardingJourney() {
        ok(
                api.put(
                        "/v1/email/templates/welcome-email",
                        "{\"subject\": \"Welcome, {{name}}!\", \"text\": \"Hi {{name}},"
                                + " welcome to {{environment}}.\"}"));
        ok(
                api.put(
                        "/v1/email/templates/login-nudge",
                        "{\"subject\": \"We miss you, {{name}}\", \"text\": \"Come back,"
                                + " {{name}}.\"}"));
        String id =
                ok(api.post(
                                "/v1/journeys",
                                "{\"name\": \"Onboarding Flow\", \"entryEvent\": \"user.created\","
                                        + " \"entryNode\": \"welcome_email\"}"))
                        .journey()
                        .get("id")
                        .asText();
        String nodes = "/v1/journeys/" + id + "/nodes";
        String transitions = "/v1/journeys/" + id + "/transitions";
        ok(
                api.post(
                        nodes,
                        "{\"name\": \"welcome_email\", \"action\": {\"type\": \"send_email\","
                                + " \"templateSlug\": \"welcome-email\"}}"));
        ok(
                api.post(
                        nodes,
                        "{\"name\": \"nudge_1\", \"action\": {\"type\": \"send_email\","
                                + " \"templateSlug\": \"login-nudge\"}}"));
        ok(api.post(nodes, "{\"name\": \"done\", \"terminal\": true}"));
        ok(
                api.post(
                        transitions,
                        "{\"from\": \"welcome_email\", \"to\": \"nudge_1\", \"trigger\":"
                                + " {\"type\": \"timer\", \"delay\": \"2d\"}}"));
        ok(
                api.post(
                        transitions,
                        "{\"from\": \"nudge_1\", \"to\": \"done\", \"trigger\": {\"type\":"
                                + " \"event\", \"event\": \"user.login\"}}"));
        ok(
                api.post(
                        transitions,
                        "{\"from\": \"welcome_email\", \"to\": \"done\", \"trigger\": {\"type\":"
                                + " \"event\", \"event\": \"user.login\"}}"));
        ok(api.post("/v1/journeys/" + id + "/activate", ""));
        return id;
    }

    protected ApiClient.Response system(String userId, String event) {
        return api.post(
                "/v1/events/system",
                "{\"userId\": \"" + userId + "\", \"event\": \"" + event + "\"}");
    }

    /** A user with an address (a send_email node fails a user without one) who signs up. */
    protected void signUp(String userId) {
        ok(
                api.put(
                        "/v1/users/" + userId,
                        "{\"email\": \""
                                + userId
                                + "@example.com\", \"name\": \""
                                + userId
                                + "\"}"));
        ok(system(userId, "user.created"));
    }

    protected ApiClient.Response advance(String delay) {
        return ok(api.post("/v1/dev/clock", "{\"advance\": \"" + delay + "\"}"));
    }

    protected JsonNode analytics(String journeyId) {
        return ok(api.get("/v1/journeys/" + journeyId + "/analytics")).json();
    }

    protected JsonNode user(String userId) {
        return ok(api.get("/v1/users/" + userId)).json();
    }
}
