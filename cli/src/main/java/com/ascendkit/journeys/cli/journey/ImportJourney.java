package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey import}: a new draft journey from an exported document. */
@Command(
        name = "import",
        description =
                "Create a new draft journey from a file written by journey export ('-' reads"
                        + " standard input). Prints the new id on the first line.")
public final class ImportJourney extends EngineCommand {
    @Parameters(paramLabel = "<file>", description = "The exported journey (journey/1 JSON).")
    String file;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        throw notWired();
    }
}
