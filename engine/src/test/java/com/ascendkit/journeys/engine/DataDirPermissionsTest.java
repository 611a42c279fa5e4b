package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The launcher's data directory is the user's only (issue 13, item 4): {@code 0700} with {@code
 * 0600} files, with {@code --data} and at the default place, whatever the umask (0022 here).
 */
class DataDirPermissionsTest {
    @TempDir Path dir;

    private Engine start(AppDirs dirs, String... args) {
        return EngineMain.run(
                LaunchOptions.parse(args),
                dirs,
                LoggerFactory.getLogger(DataDirPermissionsTest.class));
    }

    /** Starts, writes a journey over HTTP (so the database file holds data), stops. */
    private void runOnce(AppDirs dirs, String... args) {
        Engine engine = start(dirs, args);
        try {
            Credentials c = Credentials.read(dirs.credentialsFile()).orElseThrow();
            ApiClient.Response r =
                    new ApiClient(engine.url(), c.secretKey())
                            .post(
                                    "/v1/journeys",
                                    "{\"name\": \"Onboarding\", \"entryEvent\": \"user.created\","
                                            + " \"entryNode\": \"welcome\"}");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        } finally {
            engine.stop();
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static List<Path> filesIn(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private void assertOwnerOnly(Path dataDir) throws IOException {
        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThat(filesIn(dataDir))
                .extracting(Path::getFileName)
                .map(Path::toString)
                .contains("journeys.mv.db");
        for (Path f : filesIn(dataDir)) {
            assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void createsTheDataDirectoryOwnerOnlyWhenGivenWithData() throws IOException {
        Path data = dir.resolve("given").resolve("data");
        runOnce(
                new AppDirs(dir.resolve("unused"), dir.resolve("c.json")),
                "--port",
                "0",
                "--data",
                data.toString());

        assertOwnerOnly(data);
        assertThat(mode(dir.resolve("c.json"))).isEqualTo("rw-------");
    }

    @Test
    void createsTheDefaultDataDirectoryOwnerOnlyWhenNoDataIsGiven() throws IOException {
        AppDirs defaults = AppDirs.of("Linux", Map.of("HOME", dir.toString()));
        runOnce(defaults, "--port", "0");

        assertThat(defaults.dataDir()).isEqualTo(dir.resolve(".local/share/journey-studio"));
        assertOwnerOnly(defaults.dataDir());
        assertThat(mode(defaults.credentialsFile())).isEqualTo("rw-------");
        assertThat(mode(defaults.credentialsFile().getParent())).isEqualTo("rwx------");
    }

    @Test
    void tightensAnExistingDataDirectoryWhenItIsOpenToOthers() throws IOException {
        Path data = Files.createDirectories(dir.resolve("old"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path notes = Files.writeString(data.resolve("notes.txt"), "an older engine's file");
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));

        runOnce(new AppDirs(data, dir.resolve("c.json")), "--port", "0");

        assertOwnerOnly(data);
        assertThat(mode(notes)).isEqualTo("rw-------");
    }
}
