package com.ascendkit.journeys.cli.options;

import picocli.CommandLine.Option;

/** {@code --quiet} on every change: do not print the engine's warnings about the journey. */
public final class Quiet {
    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print warnings (useful while wiring a journey step by step).")
    boolean quiet;

    public boolean enabled() {
        return quiet;
    }
}
