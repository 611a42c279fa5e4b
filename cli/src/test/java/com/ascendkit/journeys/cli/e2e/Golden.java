package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. A mismatch fails and writes the actual text
 * to {@code target/golden/} for review; {@code -Dgolden.update=true} rewrites the golden file
 * instead (review the diff before committing it).
 */
final class Golden {
    private static final Path SOURCE = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden");

    private Golden() {}

    static void assertMatches(String name, String actual) {
        try {
            Path golden = SOURCE.resolve(name);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(SOURCE);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            Files.createDirectories(ACTUAL);
            Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
            assertThat(golden).as("golden file " + golden).exists();
            assertThat(actual)
                    .as(
                            "output differs from "
                                    + golden
                                    + " (actual in "
                                    + ACTUAL.resolve(name)
                                    + ")")
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
