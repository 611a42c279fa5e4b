package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.CliJson;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    protected void execute() throws IOException {
        String json = CliJson.pretty(client().journeys().export(journeyId));
        if (output == null) {
            out().println(json);
        } else {
            Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
            err().println("Exported journey " + journeyId + " to " + output);
        }
    }
}
