package com.ascendkit.journeys.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What a command may use of the world outside its arguments: environment variables ({@code
 * ASCENDKIT_URL}, {@code ASCENDKIT_SECRET_KEY}, and {@code HOME}/{@code XDG_CONFIG_HOME}, which
 * locate the credentials file), the terminal and standard input. Tests pass their own.
 */
public record CliContext(Map<String, String> environment, Terminal terminal, InputStream stdin) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /** The running process's environment, console and standard input. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Terminal.system(), System.in);
    }

    public CliContext withEnvironment(Map<String, String> newEnvironment) {
        return new CliContext(newEnvironment, terminal, stdin);
    }

    public CliContext withTerminal(Terminal newTerminal) {
        return new CliContext(environment, newTerminal, stdin);
    }

    public CliContext withStdin(InputStream newStdin) {
        return new CliContext(environment, terminal, newStdin);
    }
}
