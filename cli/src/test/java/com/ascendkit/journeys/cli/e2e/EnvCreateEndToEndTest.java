package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.Terminal;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.local.Credentials;
import com.ascendkit.journeys.engine.local.LocalEngine;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code env create} and {@code --env}: the local engine's environments, through the credentials
 * file it writes (no {@code ASCENDKIT_URL} here: the file is the only configuration). The engine
 * runs in this process, started as its launcher starts it ({@link LocalEngine}); the CLI's default
 * data directory ({@code XDG_DATA_HOME}) is the engine's unless a test says otherwise.
 */
class EnvCreateEndToEndTest {
    @TempDir Path dir;

    private Path credentials() {
        return dir.resolve("config/ascendkit/credentials.json");
    }

    private String created(String name) {
        return "Created environment "
                + name
                + "; its keys are in "
                + credentials()
                + " (use it with --env "
                + name
                + ")\n";
    }

    private CliContext context(Path dataHome) {
        return new CliContext(
                Map.of(
                        "HOME",
                        dir.toString(),
                        "XDG_CONFIG_HOME",
                        dir.resolve("config").toString(),
                        "XDG_DATA_HOME",
                        dataHome.toString()),
                Terminal.none(),
                new ByteArrayInputStream(new byte[0]));
    }

    private Result run(String... args) {
        return CliTesting.run(context(dir.resolve("share")), args);
    }

    /** The engine on the CLI's default data directory, as the launcher starts it. */
    private Engine startEngine() {
        return startEngine(dir.resolve("share/journey-studio"));
    }

    private Engine startEngine(Path data) {
        return LocalEngine.start(
                Engine.builder().database(DatabaseConfig.embedded(data)).port(0), credentials());
    }

    @Test
    void createdEnvironmentIsSelectedWithEnv() {
        Path data = dir.resolve("data");

        Result created = run("env", "create", "staging", "--data", data.toString());

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).isEqualTo(created("staging"));
        Engine engine = startEngine(data);
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

    @Test
    void createsThroughTheRunningEngineWhoseDataIsElsewhere() throws IOException {
        // The engine's data is not where the CLI would look: only the engine can have created it.
        Path elsewhere = dir.resolve("elsewhere");
        try (Engine engine = startEngine(dir.resolve("engine-data"))) {
            Result journey =
                    run(
                            "journey",
                            "create",
                            "--name",
                            "Onboarding",
                            "--entry-event",
                            "user.created");
            assertThat(journey.exitCode()).as(journey.toString()).isZero();
            Credentials before = Credentials.read(credentials()).orElseThrow();

            Result created = CliTesting.run(context(elsewhere), "env", "create", "staging");

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.out()).isEqualTo(created("staging"));
            assertThat(created.err()).isEmpty();
            assertThat(elsewhere).doesNotExist();
            Credentials after = Credentials.read(credentials()).orElseThrow();
            assertThat(after.environments().get("staging").secretKey()).startsWith("sk_");
            assertThat(after.environments().get("staging").publishableKey()).startsWith("pk_");
            assertThat(after.url()).isEqualTo(before.url()).isEqualTo(engine.url());
            assertThat(after.adminToken()).isEqualTo(before.adminToken());
            assertThat(after.secretKey()).isEqualTo(before.secretKey());
            assertThat(created.out())
                    .doesNotContain(after.environments().get("staging").secretKey());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials())))
                    .isEqualTo("rw-------");
            assertThat(run("--env", "staging", "journey", "list").out())
                    .isEqualTo("No journeys.\n");
            assertThat(run("--env", "staging", "environment", "show").out())
                    .startsWith("Environment staging\n");
            assertThat(run("journey", "list").out()).contains("Onboarding");
        }
    }

    @Test
    void opensTheDataDirectoryWhenTheEngineIsStopped() {
        // The file names the engine's URL and admin token, but nothing answers there any more.
        startEngine().stop();

        Result created = run("env", "create", "staging");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).isEqualTo(created("staging"));
        assertThat(created.err()).isEmpty();
        try (Engine engine = startEngine()) {
            assertThat(engine.environments().exists("staging")).isTrue();
            assertThat(run("--env", "staging", "environment", "show").out())
                    .startsWith("Environment staging\n");
        }
    }

    @Test
    void refusesAnExistingNameThroughTheRunningEngineChangingNothing() throws IOException {
        Engine engine = startEngine();
        try {
            String before = Files.readString(credentials());

            Result r = run("env", "create", "development");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("error: environment 'development' already exists\n");
            assertThat(Files.readString(credentials())).isEqualTo(before);
        } finally {
            engine.stop();
        }
    }

    @Test
    void saysPlainlyWhenTheRunningEngineRefusesTheFilesToken() {
        try (Engine engine = startEngine()) {
            Credentials c = Credentials.read(credentials()).orElseThrow();
            new Credentials(
                            c.url(),
                            c.environment(),
                            c.secretKey(),
                            c.publishableKey(),
                            c.environments(),
                            "adm_" + "0".repeat(32))
                    .write(credentials());

            Result r = run("env", "create", "staging");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
            assertThat(r.err())
                    .isEqualTo(
                            "error: the engine at "
                                    + engine.url()
                                    + " did not take the admin token in "
                                    + credentials()
                                    + ": it was started with another credentials file\n");
            assertThat(engine.environments().exists("staging")).isFalse();
        }
    }

    @Test
    void refusesABadNameBeforeTouchingAnything() {
        Result r = run("env", "create", "Staging Two");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err())
                .isEqualTo(
                        "error: invalid environment name 'Staging Two': use 1-64 lower-case"
                                + " letters, digits, '_' or '-'\n");
        assertThat(dir.resolve("share")).doesNotExist();
        assertThat(credentials()).doesNotExist();
    }
}
