package com.ascendkit.journeys.studio.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.Credentials;
import com.ascendkit.journeys.localconfig.Platform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote, joined or embedded: the editor finds its engine as a user's machine would offer it. */
class EngineConnectorTest {
    @TempDir Path home;

    private Map<String, String> localEnv() {
        return Map.of(
                "HOME",
                home.toString(),
                AppDirs.DATA_DIR_VARIABLE,
                home.resolve("data").toString());
    }

    private EngineConnector connector(Map<String, String> env) {
        return new EngineConnector(
                env, Platform.LINUX, AppDirs.of("Linux", env), Clock.systemUTC(), Duration.ZERO);
    }

    private Path credentialsFile() {
        return AppDirs.of("Linux", localEnv()).credentialsFile();
    }

    @Test
    void startsAnEmbeddedEngineAndWritesTheCredentialsFileForTheCli() {
        try (EngineConnection c = connector(localEnv()).connect()) {
            assertThat(c.kind()).isEqualTo(EngineConnection.Kind.EMBEDDED);
            assertThat(c.environment()).isEqualTo("development");
            assertThat(c.url()).startsWith("http://127.0.0.1:");
            assertThat(Credentials.read(credentialsFile()))
                    .hasValueSatisfying(f -> assertThat(f.url()).isEqualTo(c.url()));
            assertThat(c.describe()).isEqualTo("embedded engine " + c.url() + " · development");
            assertThat(c.gateway().listJourneys(null)).isEmpty();
        }
    }

    @Test
    void joinsTheEngineAlreadyRunningForTheDataDirectory() {
        try (EngineConnection first = connector(localEnv()).connect();
                EngineConnection second = connector(localEnv()).connect()) {
            second.gateway().createJourney("Onboarding", "user.created", null);

            assertThat(second.kind()).isEqualTo(EngineConnection.Kind.JOINED);
            assertThat(second.url()).isEqualTo(first.url());
            assertThat(second.embedded()).isEmpty();
            assertThat(first.gateway().listJourneys(null))
                    .extracting(s -> s.name())
                    .containsExactly("Onboarding");
        }
    }

    @Test
    void saysSoWhenAnotherProcessHoldsTheDataDirectoryWithoutAnsweringItsUrl() throws Exception {
        // another engine process on the same data, whose URL this credentials file does not know
        Path otherCredentials = home.resolve("other-credentials.json");
        Process other =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "com.ascendkit.journeys.engine.EngineMain",
                                "--port",
                                "0",
                                "--data",
                                home.resolve("data").toString(),
                                "--credentials",
                                otherCredentials.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(home.resolve("other.log").toFile())
                        .start();
        try {
            Instant deadline = Instant.now().plusSeconds(60);
            while (Credentials.read(otherCredentials).isEmpty()
                    && Instant.now().isBefore(deadline)) {
                assertThat(other.isAlive()).as("other engine alive").isTrue();
                Thread.sleep(200); // polling another process's start, with a deadline
            }

            assertThatThrownBy(() -> connector(localEnv()).connect())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("an engine is already running on " + home.resolve("data"))
                    .hasMessageContaining("does not answer");
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void usesTheRemoteEngineOfJourneysEngineUrl() {
        TestEngine engine = TestEngine.shared();
        TestEngine.Environment env = engine.newEnvironment();

        try (EngineConnection c =
                connector(
                                Map.of(
                                        "HOME",
                                        home.toString(),
                                        EngineConnector.URL_VARIABLE,
                                        engine.url(),
                                        EngineConnector.KEY_VARIABLE,
                                        env.secretKey()))
                        .connect()) {
            assertThat(c.kind()).isEqualTo(EngineConnection.Kind.REMOTE);
            assertThat(c.describe())
                    .isEqualTo("remote engine " + engine.url() + " · " + env.name());
            assertThat(c.embedded()).isEmpty();
        }
    }

    @Test
    void aRemoteEngineWithoutAKeyIsExplained() {
        assertThatThrownBy(
                        () ->
                                connector(
                                                Map.of(
                                                        "HOME",
                                                        home.toString(),
                                                        EngineConnector.URL_VARIABLE,
                                                        "http://127.0.0.1:1"))
                                        .connect())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set JOURNEYS_API_KEY");
    }
}
