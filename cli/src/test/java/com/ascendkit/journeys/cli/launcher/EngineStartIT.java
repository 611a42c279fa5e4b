package com.ascendkit.journeys.cli.launcher;

import static com.ascendkit.journeys.cli.launcher.LauncherIT.launcher;
import static com.ascendkit.journeys.cli.launcher.LauncherIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.launcher.LauncherIT.Run;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascendkit engine start} through the launcher: it runs in the foreground, writes the
 * credentials file the other commands then use (env create too, while it holds its database), and
 * stops when interrupted.
 */
class EngineStartIT {
    @TempDir Path dir;

    @Test
    void engineStartServesTheOtherCommandsUntilInterrupted() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> env =
                Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString());
        List<String> command =
                new ArrayList<>(
                        launcher(
                                "engine",
                                "start",
                                "--port",
                                String.valueOf(port),
                                "--data",
                                dir.resolve("data").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("engine.log").toFile());
        Process engine = pb.start();
        try {
            Run list = awaitEngine(env);
            assertThat(list.text()).isEqualTo("No journeys.\n");

            Run created =
                    run(
                            env,
                            launcher(
                                    "journey",
                                    "create",
                                    "--name",
                                    "Café",
                                    "--entry-event",
                                    "user.created",
                                    "--entry-node",
                                    "welcome_email"));
            Matcher id = Pattern.compile("jrn_[A-Za-z0-9]{12}").matcher(created.text());
            assertThat(id.find()).as(created.text() + created.err()).isTrue();
            Map<String, String> cLocale = new java.util.HashMap<>(env);
            cLocale.put("LANG", "C");
            Run show = run(cLocale, launcher("journey", "show", id.group()));

            assertThat(show.text())
                    .contains("Journey " + id.group() + " \"Café\"")
                    .contains("Entry:     user.created → welcome_email");

            // The engine holds its data directory (H2: one process per directory), so env create
            // asks it, with the admin token its launcher wrote to the credentials file.
            Path credentials = dir.resolve("config/ascendkit/credentials.json");
            Run staging =
                    run(
                            env,
                            launcher(
                                    "env",
                                    "create",
                                    "staging",
                                    "--data",
                                    dir.resolve("data").toString()));
            Run qa = run(env, launcher("env", "create", "qa"));

            assertThat(staging.exitCode()).as(staging.err()).isZero();
            assertThat(staging.text())
                    .isEqualTo(
                            "Created environment staging; its keys are in "
                                    + credentials
                                    + " (use it with --env staging)\n");
            assertThat(staging.err()).isEmpty();
            assertThat(qa.exitCode()).as(qa.err()).isZero();
            assertThat(qa.err()).isEmpty();
            assertThat(dir.resolve(".local/share/journey-studio")).doesNotExist();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
            Run stagingList = run(env, launcher("--env", "staging", "journey", "list"));
            assertThat(stagingList.text()).as(stagingList.err()).isEqualTo("No journeys.\n");
            Run qaShow = run(env, launcher("--env", "qa", "environment", "show"));
            assertThat(qaShow.text()).as(qaShow.err()).startsWith("Environment qa\n");
            assertThat(run(env, launcher("journey", "list")).text()).contains("Café");
        } finally {
            engine.destroy();
            assertThat(engine.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        }
        assertThat(Files.readString(dir.resolve("engine.log"))).contains("listening on");
    }

    /** Polls {@code journey list} until the engine answers (it needs a moment to start). */
    private static Run awaitEngine(Map<String, String> env) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Run last;
        do {
            last = run(env, launcher("journey", "list"));
            if (last.exitCode() == 0) {
                return last;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the engine did not answer: " + last.err());
    }
}
