package com.ascendkit.journeys.localconfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What happens to a user's files when a version moves their place ({@link
 * LocalDirs#previousEngineDataDir}, {@link LocalDirs#previousStudioConfigDir}): a database stays
 * where it is ({@link #stayIfOnlyThere}: moving an open H2 file is not safe), small files are
 * copied to the new place ({@link #copyIfMissing}) and the old ones are left for an older version.
 * Stateless.
 */
public final class Relocation {
    private Relocation() {}

    /**
     * {@code preferred}, unless it does not exist and {@code previous} holds {@code marker} (a file
     * only that place would have, the database): then {@code previous}.
     */
    public static Path stayIfOnlyThere(Path preferred, Optional<Path> previous, String marker) {
        if (Files.exists(preferred, LinkOption.NOFOLLOW_LINKS) || previous.isEmpty()) {
            return preferred;
        }
        return Files.exists(previous.get().resolve(marker)) ? previous.get() : preferred;
    }

    /**
     * Copies the regular files of {@code previous} that {@code target} lacks into it, made
     * owner-only, unless {@code target} already holds {@code marker} (the file that says it is in
     * use: the settings); returns the files copied. {@code target} may exist already, holding other
     * things (on macOS the engine's data shares the folder). Files are copied, not moved: an older
     * version still finds its own.
     */
    public static List<Path> copyIfMissing(Optional<Path> previous, Path target, String marker) {
        if (previous.isEmpty()
                || !Files.isDirectory(previous.get())
                || Files.exists(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(previous.get())) {
            List<Path> copied = new ArrayList<>();
            for (Path file : files.toList()) {
                Path copy = target.resolve(file.getFileName());
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                    OwnerOnlyFile.write(copy, Files.readAllBytes(file));
                    copied.add(copy);
                }
            }
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot copy " + previous.get() + " to its new place " + target, e);
        }
    }
}
