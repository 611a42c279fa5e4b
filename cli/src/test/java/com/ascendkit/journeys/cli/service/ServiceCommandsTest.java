package com.ascendkit.journeys.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code engine service} commands as the user runs them, with a {@code systemctl} of the test's
 * own on the {@code PATH} (a script that records its arguments), or none.
 */
@EnabledOnOs(OS.LINUX)
class ServiceCommandsTest {
    @TempDir Path home;
    @TempDir Path bin;

    private CliContext context() {
        return new CliContext(
                Map.of("HOME", home.toString(), "PATH", bin.toString()),
                Terminal.none(),
                new ByteArrayInputStream(new byte[0]));
    }

    private Path fakeSystemctl(String script) throws Exception {
        Path log = home.resolve("systemctl.log");
        Path systemctl = bin.resolve("systemctl");
        Files.writeString(systemctl, "#!/bin/sh\necho \"$*\" >> '" + log + "'\n" + script + "\n");
        Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwxr-xr-x"));
        return log;
    }

    @Test
    void installEnablesTheUnitThroughSystemctl() throws Exception {
        Path log = fakeSystemctl("exit 0");

        Result result = CliTesting.run(context(), "engine", "service", "install", "--port", "9100");

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(log))
                .isEqualTo("--user daemon-reload\n--user enable --now journey-engine.service\n");
        assertThat(Files.readString(home.resolve(".config/systemd/user/journey-engine.service")))
                .contains("com.ascendkit.journeys.cli.Main engine start --port 9100\n");
        assertThat(result.out()).contains("The engine runs in the background now");
    }

    @Test
    void installWithoutSystemctlWritesTheUnitAndExitsOne() {
        Result result = CliTesting.run(context(), "engine", "service", "install");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(home.resolve(".config/systemd/user/journey-engine.service")).exists();
        assertThat(result.err())
                .startsWith("error: Wrote systemd user unit journey-engine.service: ")
                .contains("systemctl --user daemon-reload failed (systemctl: command not found)");
    }

    @Test
    void statusAnswersOnStdoutWithExitOneWhenNotInstalled() throws Exception {
        fakeSystemctl("echo inactive; exit 3");

        Result result = CliTesting.run(context(), "engine", "service", "status");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .isEqualTo(
                        "systemd user unit journey-engine.service: not installed\n"
                                + "state: inactive\n");
    }

    @Test
    void uninstallStopsAndRemovesTheUnit() throws Exception {
        Path log = fakeSystemctl("exit 0");
        CliTesting.run(context(), "engine", "service", "install");
        Files.delete(log);

        Result result = CliTesting.run(context(), "engine", "service", "uninstall");

        assertThat(result.exitCode()).isZero();
        assertThat(home.resolve(".config/systemd/user/journey-engine.service")).doesNotExist();
        assertThat(Files.readString(log))
                .isEqualTo("--user disable --now journey-engine.service\n--user daemon-reload\n");
    }
}
