package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsToPort8765OnLoopback() {
        LaunchOptions o = LaunchOptions.parse();
        assertThat(o.port()).isEqualTo(8765);
        assertThat(o.host()).isEqualTo("127.0.0.1");
        assertThat(o.simulatedClock()).isFalse();
    }

    @Test
    void readsEveryOption() {
        LaunchOptions o =
                LaunchOptions.parse(
                        "create-environment",
                        "staging",
                        "--port",
                        "0",
                        "--data",
                        "/tmp/j",
                        "--clock",
                        "simulated");
        assertThat(o.createEnvironment()).isEqualTo("staging");
        assertThat(o.port()).isZero();
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/j"));
        assertThat(o.simulatedClock()).isTrue();
    }

    @Test
    void rejectsABadPortNamingIt() {
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "http"))
                .hasMessageContaining("'http'");
    }

    @Test
    void rejectsDataTogetherWithADatabaseUrl() {
        assertThatThrownBy(
                        () ->
                                LaunchOptions.parse(
                                        "--data",
                                        "/tmp/j",
                                        "--database-url",
                                        "jdbc:postgresql://x/y"))
                .hasMessageContaining("not both");
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThatThrownBy(() -> LaunchOptions.parse("--verbose"))
                .hasMessageContaining("'--verbose'");
    }
}
