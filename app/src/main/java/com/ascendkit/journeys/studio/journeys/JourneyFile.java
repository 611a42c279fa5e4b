package com.ascendkit.journeys.studio.journeys;

import com.ascendkit.journeys.model.api.ExportedJourney;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An exported journey on disk: the {@code journey/1} document as {@code ascendkit journey export}
 * writes it (indented JSON, a newline at the end) and as {@code journey import} reads it (strict:
 * an unknown field or trailing text is an error, so a hand-edited typo is caught before anything is
 * sent).
 */
final class JourneyFile {
    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JourneyFile() {}

    static void write(Path file, ExportedJourney document) {
        try {
            Files.writeString(
                    file, MAPPER.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The document in {@code file}; an exception naming the file says why it is not one. */
    static ExportedJourney read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        ExportedJourney document;
        try {
            document = MAPPER.readValue(text, ExportedJourney.class);
        } catch (JsonProcessingException | RuntimeException e) {
            String why =
                    e instanceof JsonProcessingException j
                            ? j.getOriginalMessage()
                            : e.getMessage();
            throw new IllegalArgumentException(
                    file.getFileName() + " is not an exported journey: " + why, e);
        }
        if (document == null || document.journey() == null) {
            throw new IllegalArgumentException(
                    file.getFileName() + " is not an exported journey: no \"journey\"");
        }
        return document;
    }
}
