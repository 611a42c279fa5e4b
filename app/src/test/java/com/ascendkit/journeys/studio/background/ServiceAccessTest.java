package com.ascendkit.journeys.studio.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ServiceAccessTest {
    @TempDir Path dir;

    private Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        if (!OS.WINDOWS.isCurrentOs()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return file;
    }

    @Test
    void aBuildIsNotAnInstalledAppAndSaysSo() {
        ServiceAccess access = ServiceAccess.detect(null, "Linux");

        assertThat(access.isAvailable()).isFalse();
        assertThat(access.unavailableReason())
                .isEqualTo(
                        "Only the installed Journey Studio can do this: this one was started from a"
                                + " build. From a terminal: ascendkit engine service install");
    }

    @Test
    void findsTheAscendkitLauncherBesideTheEditors() throws Exception {
        Path studio = executable(dir.resolve("bin").resolve("journey-studio"));
        Path ascendkit = executable(dir.resolve("bin").resolve("ascendkit"));

        ServiceAccess access = ServiceAccess.detect(studio.toString(), "Linux");

        assertThat(access.isAvailable()).isTrue();
        assertThat(((LauncherCommands) access.commands().orElseThrow()).launcher())
                .isEqualTo(ascendkit);
    }

    @Test
    void onWindowsTheLauncherIsAscendkitExe() throws Exception {
        Path studio = executable(dir.resolve("Journey Studio.exe"));
        Path ascendkit = executable(dir.resolve("ascendkit.exe"));

        ServiceAccess access = ServiceAccess.detect(studio.toString(), "Windows 11");

        assertThat(((LauncherCommands) access.commands().orElseThrow()).launcher())
                .isEqualTo(ascendkit);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aMissingLauncherIsNamed() throws Exception {
        Path studio = executable(dir.resolve("bin").resolve("journey-studio"));

        ServiceAccess access = ServiceAccess.detect(studio.toString(), "Linux");

        assertThat(access.isAvailable()).isFalse();
        assertThat(access.unavailableReason())
                .isEqualTo(
                        "The ascendkit launcher is not beside Journey Studio ("
                                + dir.resolve("bin").resolve("ascendkit")
                                + "): reinstall Journey Studio.");
    }
}
