package com.ascendkit.journeys.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may use of the world outside its arguments: environment variables ({@code
 * ASCENDKIT_URL}, {@code ASCENDKIT_SECRET_KEY}, and {@code HOME}/{@code XDG_CONFIG_HOME}, which
 * locate the credentials file), the terminal, standard input and the clock (for "time in step":
 * tests pass the engine's simulated one). Tests pass their own.
 */
public record CliContext(
        Map<String, String> environment, Terminal terminal, InputStream stdin, Clock clock) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
    }

    /** A context on the system's clock. */
    public CliContext(Map<String, String> environment, Terminal terminal, InputStream stdin) {
        this(environment, terminal, stdin, Clock.systemUTC());
    }

    /** The running process's environment, console and standard input. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Terminal.system(), System.in);
    }

    public CliContext withEnvironment(Map<String, String> newEnvironment) {
        return new CliContext(newEnvironment, terminal, stdin, clock);
    }

    public CliContext withTerminal(Terminal newTerminal) {
        return new CliContext(environment, newTerminal, stdin, clock);
    }

    public CliContext withStdin(InputStream newStdin) {
        return new CliContext(environment, terminal, newStdin, clock);
    }

    public CliContext withClock(Clock newClock) {
        return new CliContext(environment, terminal, stdin, newClock);
    }
}
