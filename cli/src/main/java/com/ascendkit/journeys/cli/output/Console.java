package com.ascendkit.journeys.cli.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output and error as UTF-8 writers. Java encodes {@code System.out} by the
 * locale, which under {@code LANG=C} turns {@code →} into {@code ?}; the CLI writes UTF-8 always.
 */
public final class Console {
    private Console() {}

    public static PrintWriter stdout() {
        return utf8(new FileOutputStream(FileDescriptor.out));
    }

    public static PrintWriter stderr() {
        return utf8(new FileOutputStream(FileDescriptor.err));
    }

    /** A UTF-8 writer on {@code stream} that flushes at each line. */
    public static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
