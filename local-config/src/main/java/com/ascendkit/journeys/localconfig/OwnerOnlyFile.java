package com.ascendkit.journeys.localconfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a whole file readable by its owner only, so that a crash never leaves half a file and the
 * content is never readable by others, not even for a moment: it goes to a new owner-only temp file
 * beside the target (in an owner-only directory made when missing), which then replaces the target
 * atomically where the file system can. Stateless.
 */
public final class OwnerOnlyFile {
    private OwnerOnlyFile() {}

    /** Replaces {@code file}'s content with {@code text} (UTF-8). */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code file}'s content with {@code bytes}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        OwnerOnly.createDirectory(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        Files.write(tmp, bytes);
        try {
            Files.move(
                    tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
