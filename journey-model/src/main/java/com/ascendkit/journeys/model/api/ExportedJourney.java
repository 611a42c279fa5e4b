package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.JourneyDefinition;

/** The export/import document: {@code {"format": "journey/1", "journey": {...}}}. */
public record ExportedJourney(String format, JourneyDefinition journey) {
    public static final String FORMAT = "journey/1";

    public static ExportedJourney of(JourneyDefinition definition) {
        return new ExportedJourney(FORMAT, definition);
    }
}
