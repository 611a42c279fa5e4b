package com.ascendkit.journeys.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start-up warning says, on real files (the umask here is 0022). */
class DataDirectoryTest {
    @TempDir Path dir;

    private static void chmod(Path p, String mode) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }

    @Test
    void saysNothingWhenItCreatesTheDirectory() {
        Path data = dir.resolve("a").resolve("data");

        assertThat(DataDirectory.prepare(data)).isEmpty();
        assertThat(Files.isDirectory(data)).isTrue();
    }

    @Test
    void saysNothingWhenTheDirectoryIsAlreadyOwnerOnly() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        chmod(data, "rwx------");

        assertThat(DataDirectory.prepare(data)).isEmpty();
    }

    @Test
    void warnsAndTightensWhenTheDirectoryAndItsFilesAreOpenToOthers() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        chmod(data, "rwxr-x---");
        chmod(Files.writeString(data.resolve("journeys.mv.db"), "x"), "rw-r--r--");
        chmod(Files.writeString(data.resolve("journeys.trace.db"), "x"), "rw-rw-rw-");

        assertThat(DataDirectory.prepare(data))
                .containsExactly(
                        "the data directory "
                                + data
                                + " was open to other users (rwxr-x---): made it owner-only"
                                + " (rwx------)",
                        "2 file(s) in "
                                + data
                                + " could be read by other users: made them readable by their"
                                + " owner only");
        assertThat(Files.getPosixFilePermissions(data.resolve("journeys.trace.db")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void leavesSymbolicLinkTargetsAlone() throws IOException {
        Path outside = Files.writeString(dir.resolve("elsewhere.txt"), "not ours");
        chmod(outside, "rw-r--r--");
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("link"), outside);

        DataDirectory.prepare(data);

        assertThat(Files.getPosixFilePermissions(outside))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }
}
