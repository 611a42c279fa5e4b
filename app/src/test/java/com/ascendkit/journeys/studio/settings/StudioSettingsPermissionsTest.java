package com.ascendkit.journeys.studio.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file and the directory it makes are the user's only (issue 13, item 4). */
class StudioSettingsPermissionsTest {
    @TempDir Path dir;

    @Test
    void writesTheSettingsOwnerOnlyWhenItCreatesThem() throws IOException {
        Path file = dir.resolve("conf").resolve("settings.json");

        StudioSettings.at(file).themeProperty().set(Theme.DARK);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }
}
