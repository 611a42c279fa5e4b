package com.ascendkit.journeys.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may use of the world outside its arguments: environment variables ({@code
 * ASCENDKIT_URL}, {@code ASCENDKIT_SECRET_KEY}), the terminal, the user's home (where the
 * credentials file lives) and standard input. Tests pass their own.
 */
public record CliContext(
        Map<String, String> environment, Terminal terminal, Path home, InputStream stdin) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /** The running process's environment, console, home and standard input. */
    public static CliContext system() {
        return new CliContext(
                System.getenv(),
                Terminal.system(),
                Path.of(System.getProperty("user.home")),
                System.in);
    }

    public CliContext withEnvironment(Map<String, String> newEnvironment) {
        return new CliContext(newEnvironment, terminal, home, stdin);
    }

    public CliContext withTerminal(Terminal newTerminal) {
        return new CliContext(environment, newTerminal, home, stdin);
    }

    public CliContext withStdin(InputStream newStdin) {
        return new CliContext(environment, terminal, home, newStdin);
    }

    /** The variable's value, or null when unset or blank. */
    public String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
