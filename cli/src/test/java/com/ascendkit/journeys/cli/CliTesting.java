package com.ascendkit.journeys.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process through its testable entry point and captures what it prints. */
public final class CliTesting {
    private CliTesting() {}

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {}

    /**
     * A context with no engine configured: a closed port, no terminal, a home without a credentials
     * file.
     */
    public static CliContext offline() {
        return new CliContext(
                Map.of(
                        "ASCENDKIT_URL",
                        "http://127.0.0.1:9",
                        "ASCENDKIT_SECRET_KEY",
                        "sk_none",
                        "HOME",
                        "/nonexistent-home"),
                Terminal.none(),
                new ByteArrayInputStream(new byte[0]));
    }

    public static Result run(CliContext context, List<String> args) {
        return run(context, args.toArray(String[]::new));
    }

    public static Result run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
