package com.ascendkit.journeys.client.e2e;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real engine, in-process, on a random port over an H2 file in a temporary directory, with the
 * real run-time attached (so that users can be put into nodes), shared by the tests of a class.
 * Each test makes its own journeys. The client talks to it over HTTP with the keys the engine
 * issued, exactly as the CLI and the editor do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LiveEngineTestBase {
    protected final SimulatedClock clock =
            new SimulatedClock(Instant.parse("2026-03-01T09:00:00Z"));
    protected Database database;
    protected JourneyRuntime runtime;
    protected Engine engine;
    protected IssuedKeys keys;
    protected EngineClient client;

    @BeforeAll
    void startEngine(@TempDir Path dir) {
        database = Database.open(DatabaseConfig.embedded(dir));
        runtime = JourneyRuntime.builder(database).clock(clock).build();
        engine =
                Engine.builder()
                        .database(database)
                        .clock(clock)
                        .port(0)
                        .runtimeHooks(runtime.hooks())
                        .build()
                        .start();
        keys = engine.environments().create("development");
        client = clientWith(keys.secretKey());
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.stop();
        }
        if (runtime != null) {
            runtime.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** A client of this engine with {@code key} (null: none), without retries. */
    protected EngineClient clientWith(String key) {
        return EngineClient.builder().baseUrl(engine.url()).apiKey(key).maxRetries(0).build();
    }

    /** Another environment of this engine, with its own keys. */
    protected IssuedKeys newEnvironment() {
        return engine.environments().create("env-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A new draft journey entered on {@code user.created} at {@code entryNode}. */
    protected JourneyResult createJourney(String entryNode) {
        return client.journeys()
                .create(
                        CreateJourneyRequest.of("Onboarding Flow", "user.created")
                                .withEntryNode(entryNode));
    }

    /**
     * Fires {@code user.created} for a new user (with an address, so that emails to them can be
     * composed) through the run-time: enrolls them in every active journey entered on it.
     */
    protected String enrollNewUser() {
        String userId = "usr_" + UUID.randomUUID().toString().substring(0, 8);
        runtime.users()
                .put(
                        keys.environmentId(),
                        userId,
                        new ProfileFields(userId + "@example.com", null, null, null, null));
        runtime.events().system(keys.environmentId(), userId, "user.created", Map.of());
        return userId;
    }
}
