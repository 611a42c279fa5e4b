package com.ascendkit.journeys.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchdAgentTest {
    private final LaunchdAgent agent =
            (LaunchdAgent) ServiceManager.forPlatform("Mac OS X", Map.of("HOME", "/Users/ada"));

    @Test
    void liesInTheUsersLaunchAgents() {
        assertThat(agent.definitionFile())
                .isEqualTo(
                        Path.of(
                                "/Users/ada/Library/LaunchAgents/com.ascendkit.journeys.engine.plist"));
    }

    @Test
    void runsEachWordOfTheLaunchAtLoginAndKeepsItAlive() {
        String plist =
                agent.definition(
                        EngineLaunch.of(
                                List.of(
                                        "/Applications/Journey Studio.app/Contents/MacOS/ascendkit"),
                                8765,
                                Path.of("/Users/ada/R&D")));

        assertThat(plist)
                .contains("<key>Label</key>\n  <string>com.ascendkit.journeys.engine</string>")
                .contains(
                        "  <array>\n"
                                + "    <string>/Applications/Journey"
                                + " Studio.app/Contents/MacOS/ascendkit</string>\n"
                                + "    <string>engine</string>\n"
                                + "    <string>start</string>\n"
                                + "    <string>--port</string>\n"
                                + "    <string>8765</string>\n"
                                + "    <string>--data</string>\n"
                                + "    <string>/Users/ada/R&amp;D</string>\n"
                                + "  </array>")
                .contains("<key>RunAtLoad</key>\n  <true/>")
                .contains("<key>SuccessfulExit</key>\n    <false/>")
                .contains(
                        "<key>StandardErrorPath</key>\n"
                                + "  <string>/Users/ada/Library/Logs/Journey"
                                + " Studio/engine.log</string>");
    }

    @Test
    void loadsWithLaunchctlAndReadsItsPid() {
        assertThat(agent.activate())
                .containsExactly(
                        List.of(
                                "launchctl",
                                "load",
                                "-w",
                                "/Users/ada/Library/LaunchAgents/com.ascendkit.journeys.engine.plist"));
        assertThat(agent.state(new CommandRunner.Outcome(0, "{\n\t\"PID\" = 4242;\n};")))
                .isEqualTo("running");
        assertThat(agent.state(new CommandRunner.Outcome(0, "{\n\t\"LastExitStatus\" = 256;\n};")))
                .isEqualTo("loaded, not running");
        assertThat(agent.state(new CommandRunner.Outcome(113, "Could not find service")))
                .isEqualTo("not loaded");
    }
}
