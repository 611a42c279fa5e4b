package com.ascendkit.journeys.cli.e2e;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.Terminal;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real engine for end-to-end tests: an H2 file in a temporary directory, HTTP on a random port,
 * the run-time attached on a simulated clock (nothing moves by itself; no SMTP, so emails stay in
 * the outbox), one environment with its keys. The CLI reaches it through {@code ASCENDKIT_URL} and
 * {@code ASCENDKIT_SECRET_KEY}, as a user would; setup steps use the typed client.
 */
final class RunningEngine implements AutoCloseable {
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final SimulatedClock clock;
    private final Engine engine;
    private final IssuedKeys keys;
    private final Path home;

    private RunningEngine(SimulatedClock clock, Engine engine, IssuedKeys keys, Path home) {
        this.clock = clock;
        this.engine = engine;
        this.keys = keys;
        this.home = home;
    }

    static RunningEngine start(Path dir) {
        SimulatedClock clock = new SimulatedClock(START);
        Engine engine =
                Engine.builder()
                        .database(DatabaseConfig.embedded(dir.resolve("data")))
                        .clock(clock)
                        .runtime(settings -> {})
                        .port(0)
                        .build()
                        .start();
        return new RunningEngine(clock, engine, engine.environments().create("test"), dir);
    }

    /**
     * Moves the clock a minute on without firing timers, so that what happens next is later (lists
     * sorted by time come out in a stable order).
     */
    void tick() {
        clock.moveTo(clock.instant().plusSeconds(60));
    }

    /**
     * A user signs up: their profile (with an email address, so send_email nodes can send), then
     * {@code user.created}, which enrolls them in the matching active journeys.
     */
    void userCreated(String userId) {
        EngineClient client = client();
        client.users()
                .put(
                        userId,
                        UpsertUserRequest.email(userId + "@example.com")
                                .withProvider("credentials"));
        client.events().system(SystemEvent.of(userId, "user.created"));
    }

    /** The CLI's context: the engine by environment variables, no terminal, the engine's clock. */
    CliContext context() {
        return new CliContext(
                Map.of(
                        "ASCENDKIT_URL",
                        engine.url(),
                        "ASCENDKIT_SECRET_KEY",
                        keys.secretKey(),
                        "HOME",
                        home.toString(),
                        "XDG_CONFIG_HOME",
                        home.resolve("config").toString()),
                Terminal.none(),
                new ByteArrayInputStream(new byte[0]),
                clock);
    }

    EngineClient client() {
        return EngineClient.builder().baseUrl(engine.url()).apiKey(keys.secretKey()).build();
    }

    CliTesting.Result run(String... args) {
        return CliTesting.run(context(), args);
    }

    CliTesting.Result run(List<String> args) {
        return CliTesting.run(context(), args);
    }

    String url() {
        return engine.url();
    }

    @Override
    public void close() {
        engine.stop();
    }
}
