package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a journey is in its lifecycle. Archived is final. */
public enum JourneyStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ARCHIVED;

    /** Topology warnings are hints, not alarms, while a journey is still being built. */
    public boolean suppressesTopologyWarnings() {
        return this == DRAFT || this == PAUSED;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static JourneyStatus parse(String text) {
        for (JourneyStatus s : values()) {
            if (s.wireName().equals(text)) {
                return s;
            }
        }
        throw new InvalidInputException(
                "status",
                "unknown status " + Quoted.of(text) + ": use draft, active, paused or archived");
    }
}
