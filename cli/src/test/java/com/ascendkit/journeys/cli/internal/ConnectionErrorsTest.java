package com.ascendkit.journeys.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the CLI looks for an engine, and what it says when none answers (exit 3). */
class ConnectionErrorsTest {
    @TempDir Path config;

    private int closedPort;

    @BeforeEach
    void findClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    private Result run(Map<String, String> env, String... args) {
        return CliTesting.run(
                new CliContext(env, Terminal.none(), new ByteArrayInputStream(new byte[0])), args);
    }

    private Map<String, String> xdg() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", config.toString());
        env.put("XDG_CONFIG_HOME", config.toString());
        return env;
    }

    private void credentials(String json) throws IOException {
        Path file = config.resolve("ascendkit/credentials.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    @Test
    void unreachableEngineIsOneLineNamingTheUrlAndExit3() {
        Map<String, String> env = xdg();
        env.put("ASCENDKIT_URL", "http://127.0.0.1:" + closedPort);
        env.put("ASCENDKIT_SECRET_KEY", "sk_test");

        Result result = run(env, "journey", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo(
                        "error: no engine answered at http://127.0.0.1:"
                                + closedPort
                                + " (connection refused); start one with: ascendkit engine"
                                + " start\n");
    }

    @Test
    void noConfigurationAtAllSaysHowToStartAnEngine() {
        Result result = run(xdg(), "journey", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err())
                .startsWith("error: no engine is configured: ASCENDKIT_URL is not set")
                .endsWith("start one with: ascendkit engine start\n")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void credentialsFileGivesTheUrl() throws IOException {
        credentials(
                "{\"url\": \"http://127.0.0.1:"
                        + closedPort
                        + "\", \"environment\": \"development\", \"secretKey\": \"sk_file\"}");

        Result result = run(xdg(), "journey", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err()).contains("no engine answered at http://127.0.0.1:" + closedPort);
    }

    @Test
    void environmentVariableOverridesTheFile() throws IOException {
        credentials(
                "{\"url\": \"http://127.0.0.1:1\", \"environment\": \"development\","
                        + " \"secretKey\": \"sk_file\"}");
        Map<String, String> env = xdg();
        env.put("ASCENDKIT_URL", "http://127.0.0.1:" + closedPort);

        Result result = run(env, "journey", "list");

        assertThat(result.err()).contains("no engine answered at http://127.0.0.1:" + closedPort);
    }

    @Test
    void unknownEnvironmentIsAUsageErrorListingTheKnownOnes() throws IOException {
        credentials(
                "{\"url\": \"http://127.0.0.1:1\", \"environment\": \"development\","
                        + " \"secretKey\": \"sk_file\", \"environments\": {\"staging\":"
                        + " {\"secretKey\": \"sk_staging\"}}}");

        Result result = run(xdg(), "journey", "list", "--env", "prod");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .startsWith("error: unknown environment 'prod'")
                .contains("known: development, staging");
    }
}
