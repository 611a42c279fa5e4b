package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.Terminal;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.local.LocalEngine;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code env create} and {@code --env}: the local engine's environments, through the credentials
 * file it writes (no {@code ASCENDKIT_URL} here: the file is the only configuration).
 */
class EnvCreateEndToEndTest {
    @TempDir Path dir;

    private CliContext context() {
        return new CliContext(
                Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString()),
                Terminal.none(),
                new ByteArrayInputStream(new byte[0]));
    }

    private Result run(String... args) {
        return CliTesting.run(context(), args);
    }

    @Test
    void createdEnvironmentIsSelectedWithEnv() {
        Path data = dir.resolve("data");
        Path credentials = dir.resolve("config/ascendkit/credentials.json");

        Result created = run("env", "create", "staging", "--data", data.toString());

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out())
                .isEqualTo(
                        "Created environment staging; its keys are in "
                                + credentials
                                + " (use it with --env staging)\n");
        Engine engine =
                LocalEngine.start(
                        Engine.builder().database(DatabaseConfig.embedded(data)).port(0),
                        credentials);
        try {
            assertThat(run("environment", "show", "--env", "staging").out())
                    .startsWith("Environment staging\n");
            assertThat(run("environment", "show").out()).startsWith("Environment development\n");
            assertThat(run("--env", "staging", "journey", "list").out())
                    .isEqualTo("No journeys.\n");
        } finally {
            engine.stop();
        }
    }

    @Test
    void duplicateEnvironmentIsRefused() {
        Path data = dir.resolve("data");
        run("env", "create", "staging", "--data", data.toString());

        Result r = run("env", "create", "staging", "--data", data.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).isEqualTo("error: environment 'staging' already exists\n");
    }
}
