package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey export}: the journey/1 document, to stdout or a file. */
@Command(
        name = "export",
        description =
                "Write a journey's definition as JSON ({\"format\": \"journey/1\", \"journey\":"
                        + " {…}}), for journey import.")
public final class ExportJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "<file>",
            description = "Write to this file instead of standard output.")
    Path output;

    @Override
    protected void execute() {
        throw notWired();
    }
}
