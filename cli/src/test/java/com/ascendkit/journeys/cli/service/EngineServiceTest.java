package com.ascendkit.journeys.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineServiceTest {
    private static final EngineLaunch LAUNCH =
            EngineLaunch.of(List.of("/opt/journey-studio/bin/ascendkit"), 8765, null);
    private static final List<String> RELOAD = List.of("systemctl", "--user", "daemon-reload");
    private static final List<String> ENABLE =
            List.of("systemctl", "--user", "enable", "--now", "journey-engine.service");
    private static final List<String> DISABLE =
            List.of("systemctl", "--user", "disable", "--now", "journey-engine.service");

    @TempDir Path home;

    private final RecordingRunner runner = new RecordingRunner();

    private EngineService linux() {
        return new EngineService(
                ServiceManager.forPlatform("Linux", Map.of("HOME", home.toString())), runner);
    }

    private Path unitFile() {
        return home.resolve(".config/systemd/user/journey-engine.service");
    }

    @Test
    void installWritesTheUnitThenReloadsAndEnablesIt() throws Exception {
        EngineService.Result result = linux().install(LAUNCH);

        assertThat(result.ok()).isTrue();
        assertThat(Files.readString(unitFile()))
                .contains("ExecStart=/opt/journey-studio/bin/ascendkit engine start --port 8765");
        assertThat(runner.commands).containsExactly(RELOAD, ENABLE);
        assertThat(result.text())
                .contains("Wrote systemd user unit journey-engine.service: " + unitFile());
    }

    @Test
    void installWithoutAUserSessionKeepsTheUnitAndSaysWhy() throws Exception {
        runner.answer(RELOAD, 1, "Failed to connect to bus: No medium found\n");

        EngineService.Result result = linux().install(LAUNCH);

        assertThat(result.ok()).isFalse();
        assertThat(runner.commands).containsExactly(RELOAD);
        assertThat(unitFile()).exists();
        assertThat(result.text())
                .contains(
                        "The service is not running: systemctl --user daemon-reload failed"
                                + " (Failed to connect to bus: No medium found).")
                .contains("run the engine with: ascendkit engine start");
    }

    @Test
    void installAgainReplacesTheUnit() throws Exception {
        linux().install(LAUNCH);

        linux().install(EngineLaunch.of(List.of("/usr/local/bin/ascendkit"), 9000, null));

        assertThat(Files.readString(unitFile()))
                .contains("ExecStart=/usr/local/bin/ascendkit engine start --port 9000")
                .doesNotContain("/opt/journey-studio");
    }

    @Test
    void uninstallDisablesThenDeletesThenReloads() {
        linux().install(LAUNCH);
        runner.commands.clear();

        EngineService.Result result = linux().uninstall();

        assertThat(result.ok()).isTrue();
        assertThat(unitFile()).doesNotExist();
        assertThat(runner.commands).containsExactly(DISABLE, RELOAD);
    }

    @Test
    void uninstallRemovesTheUnitEvenWhenSystemctlIsMissing() {
        linux().install(LAUNCH);
        runner.answer(DISABLE, CommandRunner.Outcome.NOT_FOUND, "systemctl: command not found");
        runner.answer(RELOAD, CommandRunner.Outcome.NOT_FOUND, "systemctl: command not found");

        EngineService.Result result = linux().uninstall();

        assertThat(result.ok()).isTrue();
        assertThat(unitFile()).doesNotExist();
        assertThat(result.text()).contains("systemctl: command not found");
    }

    @Test
    void uninstallOfNothingRunsNothing() {
        EngineService.Result result = linux().uninstall();

        assertThat(result.ok()).isTrue();
        assertThat(result.text())
                .isEqualTo("No systemd user unit journey-engine.service is installed.");
        assertThat(runner.commands).isEmpty();
    }

    @Test
    void statusSaysWhetherInstalledAndTheState() {
        runner.answer(
                List.of("systemctl", "--user", "is-active", "journey-engine.service"),
                0,
                "active\n");
        assertThat(linux().status().ok()).isFalse();

        linux().install(LAUNCH);
        EngineService.Result installed = linux().status();

        assertThat(installed.ok()).isTrue();
        assertThat(installed.lines())
                .containsExactly(
                        "systemd user unit journey-engine.service: installed, " + unitFile(),
                        "state: active");
    }

    @Test
    void launchdInstallMakesTheLogDirectoryAndLoadsTheAgent() {
        EngineService mac =
                new EngineService(
                        ServiceManager.forPlatform("Mac OS X", Map.of("HOME", home.toString())),
                        runner);

        assertThat(mac.install(LAUNCH).ok()).isTrue();

        Path plist = home.resolve("Library/LaunchAgents/com.ascendkit.journeys.engine.plist");
        assertThat(plist).exists();
        assertThat(home.resolve("Library/Logs/Journey Studio")).isDirectory();
        assertThat(runner.commands)
                .containsExactly(List.of("launchctl", "load", "-w", plist.toString()));
    }

    @Test
    void windowsTaskDefinitionIsWrittenInUtf16WithByteOrderMark() throws Exception {
        EngineService windows =
                new EngineService(
                        ServiceManager.forPlatform(
                                "Windows 10",
                                Map.of("APPDATA", home.toString(), "USERNAME", "ada")),
                        runner);

        windows.install(LAUNCH);

        byte[] bytes = Files.readAllBytes(home.resolve("ascendkit/journey-engine-task.xml"));
        assertThat(bytes[0]).isEqualTo((byte) 0xFF);
        assertThat(bytes[1]).isEqualTo((byte) 0xFE);
        assertThat(new String(bytes, StandardCharsets.UTF_16LE)).contains("<UserId>ada</UserId>");
        assertThat(runner.commands.get(0)).startsWith("schtasks", "/Create");
    }
}
