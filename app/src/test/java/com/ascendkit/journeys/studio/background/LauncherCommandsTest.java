package com.ascendkit.journeys.studio.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real process: a shell script standing in for the installed {@code ascendkit} launcher. */
@DisabledOnOs(OS.WINDOWS)
class LauncherCommandsTest {
    @TempDir Path dir;

    private Path script(String body) throws IOException {
        Path file = dir.resolve("ascendkit");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void runsEngineServiceWithTheVerbAndKeepsBothStreamsAndTheExitCode() throws Exception {
        Path launcher = script("echo \"args: $*\"\necho 'error: no bus ✗' >&2\nexit 1");

        EngineServiceCommands.Outcome outcome =
                new LauncherCommands(launcher, Duration.ofSeconds(30), System.getenv())
                        .run("status");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output()).isEqualTo("args: engine service status\nerror: no bus ✗\n");
        assertThat(outcome.text()).isEqualTo("args: engine service status\nerror: no bus ✗");
    }

    @Test
    void theLauncherGetsTheEditorsEnvironmentButNotJpackagesSecondPassMarker() throws Exception {
        Path launcher = script("echo \"$JOURNEYS_DATA_DIR ${_JPACKAGE_LAUNCHER-unset}\"");
        Map<String, String> editors = new HashMap<>(System.getenv());
        editors.put("JOURNEYS_DATA_DIR", "/data/journeys");
        editors.put(LauncherCommands.JPACKAGE_PASS, "1"); // as the editor's own launcher sets it

        EngineServiceCommands.Outcome outcome =
                new LauncherCommands(launcher, Duration.ofSeconds(30), editors).run("status");

        assertThat(outcome.output()).isEqualTo("/data/journeys unset\n");
    }

    @Test
    void aCommandThatDoesNotFinishInTimeIsStoppedAndSaysSo() throws Exception {
        Path launcher = script("exec sleep 30");

        assertThatThrownBy(
                        () ->
                                new LauncherCommands(
                                                launcher, Duration.ofMillis(300), System.getenv())
                                        .run("install"))
                .isInstanceOf(IOException.class)
                .hasMessage("ascendkit engine service install did not finish in 300 ms");
    }
}
