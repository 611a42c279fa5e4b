package com.ascendkit.journeys.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemdUserUnitTest {
    private static final EngineLaunch INSTALLED =
            EngineLaunch.of(List.of("/opt/journey-studio/bin/ascendkit"), 8765, null);

    @Test
    void liesInTheUsersSystemdConfiguration() {
        assertThat(SystemdUserUnit.of(Map.of("HOME", "/home/ada")).definitionFile())
                .isEqualTo(Path.of("/home/ada/.config/systemd/user/journey-engine.service"));
        assertThat(
                        SystemdUserUnit.of(Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "/cfg"))
                                .definitionFile())
                .isEqualTo(Path.of("/cfg/systemd/user/journey-engine.service"));
    }

    @Test
    void startsTheInstalledLauncherAndRestartsItOnFailure() {
        String unit = SystemdUserUnit.of(Map.of("HOME", "/home/ada")).definition(INSTALLED);

        assertThat(unit)
                .contains(
                        "[Service]\nType=simple\n"
                                + "ExecStart=/opt/journey-studio/bin/ascendkit engine start --port"
                                + " 8765\nRestart=on-failure\n")
                .contains("[Install]\nWantedBy=default.target\n")
                .startsWith("# Written by: ascendkit engine service install.");
    }

    @Test
    void quotesWordsWithSpacesAndEscapesSpecifiers() {
        EngineLaunch launch =
                EngineLaunch.of(
                        List.of("/opt/Journey Studio/bin/ascendkit"), 9000, Path.of("/data/100%"));

        String unit = SystemdUserUnit.of(Map.of("HOME", "/home/ada")).definition(launch);

        assertThat(unit)
                .contains(
                        "ExecStart=\"/opt/Journey Studio/bin/ascendkit\" engine start --port 9000"
                                + " --data /data/100%%\n");
    }

    @Test
    void enablesAndStartsThroughSystemctlUser() {
        SystemdUserUnit unit = SystemdUserUnit.of(Map.of("HOME", "/home/ada"));

        assertThat(unit.activate())
                .containsExactly(
                        List.of("systemctl", "--user", "daemon-reload"),
                        List.of(
                                "systemctl",
                                "--user",
                                "enable",
                                "--now",
                                "journey-engine.service"));
        assertThat(unit.deactivate())
                .containsExactly(
                        List.of(
                                "systemctl",
                                "--user",
                                "disable",
                                "--now",
                                "journey-engine.service"));
        assertThat(unit.query())
                .containsExactly("systemctl", "--user", "is-active", "journey-engine.service");
    }

    @Test
    void readsTheStateIsActivePrints() {
        SystemdUserUnit unit = SystemdUserUnit.of(Map.of("HOME", "/home/ada"));

        assertThat(unit.state(new CommandRunner.Outcome(0, "active\n"))).isEqualTo("active");
        assertThat(unit.state(new CommandRunner.Outcome(3, "inactive\n"))).isEqualTo("inactive");
        assertThat(unit.state(new CommandRunner.Outcome(1, "Failed to connect to bus: No medium")))
                .isEqualTo("unknown (Failed to connect to bus: No medium)");
    }
}
