package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.CliJson;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    protected void execute() throws IOException {
        ExportedJourney document = read();
        JourneyResult result = client().journeys().importJourney(document);
        out().println(
                        "Created journey "
                                + JourneyText.title(result.journey())
                                + " (imported from "
                                + file
                                + ")");
        printWarnings(result.response(), quiet.enabled());
    }

    /** The file (or standard input for {@code -}) as an export document; a bad one is exit 2. */
    private ExportedJourney read() throws IOException {
        String text;
        try {
            text =
                    file.equals("-")
                            ? new String(context().stdin().readAllBytes(), StandardCharsets.UTF_8)
                            : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw usage("No such file: " + file);
        }
        ExportedJourney document;
        try {
            document = CliJson.mapper().readValue(text, ExportedJourney.class);
        } catch (JsonProcessingException e) {
            throw usage(file + " is not an exported journey: " + e.getOriginalMessage());
        }
        if (document == null || document.journey() == null) {
            throw usage(file + " is not an exported journey: no \"journey\"");
        }
        return document;
    }
}
