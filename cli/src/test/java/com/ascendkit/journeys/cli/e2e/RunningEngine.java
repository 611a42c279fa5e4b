package com.ascendkit.journeys.cli.e2e;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.Terminal;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real engine for end-to-end tests: an H2 file in a temporary directory, HTTP on a random port,
 * one environment with its keys. The CLI reaches it through {@code ASCENDKIT_URL} and {@code
 * ASCENDKIT_SECRET_KEY}, as a user would; setup steps use the typed client.
 */
final class RunningEngine implements AutoCloseable {
    private final Engine engine;
    private final IssuedKeys keys;
    private final Path home;

    private RunningEngine(Engine engine, IssuedKeys keys, Path home) {
        this.engine = engine;
        this.keys = keys;
        this.home = home;
    }

    static RunningEngine start(Path dir) {
        Engine engine =
                Engine.builder()
                        .database(DatabaseConfig.embedded(dir.resolve("data")))
                        .port(0)
                        .build()
                        .start();
        return new RunningEngine(engine, engine.environments().create("test"), dir);
    }

    /** The CLI's context: the engine by environment variables, no terminal. */
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
                new ByteArrayInputStream(new byte[0]));
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
