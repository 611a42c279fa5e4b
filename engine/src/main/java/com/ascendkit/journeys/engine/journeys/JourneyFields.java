package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.model.InvalidInputException;

/** Rules of a journey's own fields that the model leaves to the engine. */
public final class JourneyFields {
    /** The width of {@code journeys.name}. */
    public static final int MAX_NAME = 200;

    private JourneyFields() {}

    public static String requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(
                    field, "'" + field + "' is required and cannot be blank");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException(
                    field, "'" + field + "' is longer than " + MAX_NAME + " characters");
        }
        return name;
    }
}
