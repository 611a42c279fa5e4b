package com.ascendkit.journeys.cli.options;

import picocli.CommandLine.Option;

/** {@code --json} on every read command: the API's JSON instead of text, for scripts. */
public final class JsonOutput {
    @Option(names = "--json", description = "Print the API's JSON instead of text.")
    boolean json;

    public boolean enabled() {
        return json;
    }
}
