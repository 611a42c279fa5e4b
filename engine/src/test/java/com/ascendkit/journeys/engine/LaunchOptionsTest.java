package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void readsSmtpFromFlagsAndTheEnvironmentFlagsWinning() {
        LaunchOptions o =
                LaunchOptions.parse(
                        Map.of(
                                "JOURNEYS_SMTP_HOST", "env.example",
                                "JOURNEYS_SMTP_USER", "mailer",
                                "JOURNEYS_SMTP_PASSWORD", "s3cret",
                                "JOURNEYS_SMTP_STARTTLS", "true"),
                        "--smtp-host",
                        "smtp.example",
                        "--default-sender",
                        "Acme <hi@acme.example>");
        assertThat(o.smtp().host()).isEqualTo("smtp.example");
        assertThat(o.smtp().port()).isEqualTo(587);
        assertThat(o.smtp().startTls()).isTrue();
        assertThat(o.smtp().username()).isEqualTo("mailer");
        assertThat(o.smtp().password()).isEqualTo("s3cret");
        assertThat(o.smtp().toString()).doesNotContain("s3cret");
        assertThat(o.toString()).doesNotContain("s3cret");
        assertThat(o.defaultSender().email()).isEqualTo("hi@acme.example");
        assertThat(o.defaultSender().name()).isEqualTo("Acme");
    }

    @Test
    void readsTheSmtpPasswordFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("smtp-password");
        Files.writeString(file, "from-file\n");
        LaunchOptions o =
                LaunchOptions.parse(
                        "--smtp-host",
                        "smtp.example",
                        "--smtp-ssl",
                        "--smtp-user",
                        "u",
                        "--smtp-password-file",
                        file.toString());
        assertThat(o.smtp().password()).isEqualTo("from-file");
        assertThat(o.smtp().port()).isEqualTo(465);
        assertThat(o.smtp().ssl()).isTrue();
    }

    @Test
    void refusesAnSmtpPasswordOnTheCommandLine() {
        assertThatThrownBy(() -> LaunchOptions.parse("--smtp-password", "hunter2"))
                .hasMessageContaining("JOURNEYS_SMTP_PASSWORD")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void refusesSmtpOptionsWithoutAHost() {
        assertThatThrownBy(() -> LaunchOptions.parse("--smtp-starttls"))
                .hasMessageContaining("--smtp-host");
    }

    @Test
    void refusesABadDefaultSenderNamingIt() {
        assertThatThrownBy(() -> LaunchOptions.parse("--default-sender", "not an address"))
                .hasMessageContaining("'not an address'")
                .hasMessageContaining("--default-sender");
    }

    @Test
    void refusesABadBooleanInTheEnvironmentNamingTheVariable() {
        assertThatThrownBy(
                        () ->
                                LaunchOptions.parse(
                                        Map.of(
                                                "JOURNEYS_SMTP_HOST", "h",
                                                "JOURNEYS_SMTP_SSL", "yes")))
                .hasMessageContaining("JOURNEYS_SMTP_SSL")
                .hasMessageContaining("'yes'");
    }
}
