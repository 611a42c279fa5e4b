package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real engine for the editor's tests: the engine's HTTP API on a random loopback port over an H2
 * file, with the run-time's hooks attached so users really are in nodes (enrolled through its event
 * processor, as {@code POST /v1/events/system} does). Each test takes a fresh environment ({@link
 * #newEnvironment()}), so tests sharing one engine see only their own journeys. The only test class
 * that touches the engine's types: the rest of the editor sees HTTP through engine-client.
 */
public final class TestEngine implements AutoCloseable {
    private static final AtomicInteger ENVIRONMENTS = new AtomicInteger();
    private static TestEngine shared;

    private final Path dataDir;
    private final boolean ownsDir;
    private int port;
    private Database database;
    private JourneyRuntime runtime;
    private Engine engine;

    /** An environment of this engine, with its secret key. */
    public record Environment(String id, String name, String secretKey) {
        @Override
        public String toString() {
            return "Environment[" + name + ", key hidden]";
        }
    }

    private TestEngine(Path dataDir, boolean ownsDir) {
        this.dataDir = dataDir;
        this.ownsDir = ownsDir;
        open(0);
    }

    /** An engine of its own on {@code dataDir}, on a free port. */
    public static TestEngine start(Path dataDir) {
        return new TestEngine(dataDir, false);
    }

    /** One engine for the whole test JVM (view-model tests); stopped when the JVM exits. */
    public static synchronized TestEngine shared() {
        if (shared == null) {
            try {
                shared = new TestEngine(Files.createTempDirectory("studio-engine"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestEngine engine = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "test-engine-stop"));
        }
        return shared;
    }

    private void open(int onPort) {
        database = Database.open(DatabaseConfig.embedded(dataDir));
        // the engine's own run-time: its analytics notifications reach the journey streams
        engine =
                Engine.builder()
                        .database(database)
                        .runtime(settings -> {})
                        .host("127.0.0.1")
                        .port(onPort)
                        .build()
                        .start();
        runtime = engine.runtime();
        port = engine.port();
    }

    /** A new environment: its own journeys, templates and identities. */
    public synchronized Environment newEnvironment() {
        IssuedKeys keys = engine.environments().create("test-" + ENVIRONMENTS.incrementAndGet());
        return new Environment(keys.environmentId(), keys.environmentName(), keys.secretKey());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A client as the CLI has one, for {@code environment}. */
    public EngineClient client(Environment environment) {
        return EngineClient.builder().baseUrl(url()).apiKey(environment.secretKey()).build();
    }

    /** The editor's gateway, over HTTP, for {@code environment} (no client-side retries). */
    public JourneyGateway gateway(Environment environment) {
        return new EngineClientGateway(
                EngineClient.builder()
                        .baseUrl(url())
                        .apiKey(environment.secretKey())
                        .maxRetries(0)
                        .build());
    }

    /**
     * A connection to this engine for {@code environment}, as the editor has when it joins a
     * running engine (closing it leaves the engine running): for tests that start the whole
     * application.
     */
    public EngineConnection connection(Environment environment) {
        return new EngineConnection(
                EngineConnection.Kind.JOINED,
                url(),
                environment.name(),
                gateway(environment),
                null);
    }

    /** Sends the built-in {@code event} for {@code userId}: enrolls them in active journeys. */
    public synchronized void systemEvent(Environment environment, String userId, String event) {
        runtime.events().system(environment.id(), userId, event, Map.of());
    }

    /** Stops serving and closes the database (the port and the H2 file are free again). */
    public synchronized void stop() {
        if (engine != null) {
            engine.stop(); // stops the run-time too
            database.close();
            engine = null;
        }
    }

    /** Starts again on the same port and data. */
    public synchronized void restart() {
        stop();
        open(port);
    }

    @Override
    public synchronized void close() {
        stop();
        if (ownsDir) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
