package com.ascendkit.journeys.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged launcher, {@code target/ascendkit}, as a user runs it: a regular executable that
 * prints UTF-8 whatever the locale.
 */
class LauncherIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path LAUNCHER = TARGET.resolve("ascendkit");

    /** What a process printed and returned. */
    record Run(int exitCode, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Run run(Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().putAll(env);
        Path err = Files.createTempFile("ascendkit", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String errText = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, errText);
    }

    static List<String> launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void launcherIsAnExecutableFile() {
        assertThat(Files.isRegularFile(LAUNCHER)).isTrue();
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    }

    @Test
    void printsTheVersion() throws Exception {
        Run run = run(Map.of(), launcher("--version"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.text()).startsWith("ascendkit 0.1.0-SNAPSHOT\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsUtf8UnderTheCLocale() throws Exception {
        Run run = run(Map.of("LANG", "C"), launcher("journey", "show", "--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.text()).contains("The journey (jrn_…).");
    }

    @Test
    void jarPrintsUtf8EvenWhenJavaIsToldAscii() throws Exception {
        Path jar;
        try (var files = Files.list(TARGET)) {
            jar =
                    files.filter(f -> f.toString().matches(".*/cli-.*\\.jar"))
                            .findFirst()
                            .orElseThrow();
        }
        Run run =
                run(
                        Map.of("LANG", "C", "LC_ALL", "C"),
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dfile.encoding=US-ASCII",
                                "-jar",
                                jar.toString(),
                                "journey",
                                "show",
                                "--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.text()).contains("The journey (jrn_…).");
    }
}
