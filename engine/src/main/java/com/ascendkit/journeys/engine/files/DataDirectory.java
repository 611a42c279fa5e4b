package com.ascendkit.journeys.engine.files;

import com.ascendkit.journeys.localconfig.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engine's data directory kept owner-only: it holds users' emails and names, rendered emails
 * and templates. {@link #prepare} creates it {@code 0700} or, when it exists and someone else may
 * read it or a file in it, tightens it and says so (the caller logs each line as a warning); {@link
 * #tightenQuietly} makes the files a library just created there ({@code journeys.mv.db}, H2's trace
 * file) {@code 0600}. Files of another owner cannot be changed: they are reported. Stateless.
 */
public final class DataDirectory {
    private DataDirectory() {}

    /**
     * Creates {@code dir} owner-only, or tightens an existing one and its content; returns one line
     * per thing that was open to others (empty when none was).
     */
    public static List<String> prepare(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                OwnerOnly.createDirectory(dir);
                return List.of();
            }
            return tighten(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }

    /** Tightens {@code dir} and what is in it without a word (what this process just created). */
    public static List<String> tightenQuietly(Path dir) {
        try {
            return tighten(dir).stream().filter(line -> line.startsWith("cannot")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the data directory " + dir, e);
        }
    }

    private static List<String> tighten(Path given) throws IOException {
        // --data may name a link to the real directory: that directory is the one to check.
        Path dir = given.toRealPath();
        List<String> lines = new ArrayList<>();
        tightenOne(dir, "the data directory " + dir.toAbsolutePath(), lines);
        List<Path> wider = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                if (!p.equals(dir)
                        && !Files.isSymbolicLink(p)
                        && Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                        && OwnerOnly.isWider(p)) {
                    wider.add(p);
                }
            }
        }
        int tightened = 0;
        for (Path p : wider) {
            if (tightenOne(p, p.toString(), lines)
                    && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                tightened++;
            }
        }
        if (tightened > 0) {
            lines.add(
                    tightened
                            + " file(s) in "
                            + dir.toAbsolutePath()
                            + " could be read by other users: made them readable by their owner"
                            + " only");
        }
        return lines;
    }

    /** Restricts one path; adds a line for the directory itself, or for a failure. */
    private static boolean tightenOne(Path p, String name, List<String> lines) throws IOException {
        if (!OwnerOnly.isWider(p)) {
            return false;
        }
        String before = OwnerOnly.describe(p);
        try {
            OwnerOnly.restrict(p);
        } catch (IOException e) {
            lines.add(
                    "cannot restrict "
                            + name
                            + " ("
                            + before
                            + ") to its owner: "
                            + e.getMessage()
                            + "; other users may read it");
            return false;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            lines.add(
                    name
                            + " was open to other users ("
                            + before
                            + "): made it owner-only ("
                            + OwnerOnly.describe(p)
                            + ")");
        }
        return true;
    }
}
