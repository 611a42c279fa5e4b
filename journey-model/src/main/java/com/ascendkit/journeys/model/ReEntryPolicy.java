package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a second entry event does to a user already in the journey. */
public enum ReEntryPolicy {
    /** Ignore it (the default). */
    SKIP,
    /** End the old state as exited and enroll afresh. */
    RESTART;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ReEntryPolicy parse(String text) {
        for (ReEntryPolicy p : values()) {
            if (p.wireName().equals(text)) {
                return p;
            }
        }
        throw new InvalidInputException(
                "reEntryPolicy",
                "invalid reEntryPolicy " + Quoted.of(text) + ": use skip or restart");
    }
}
