package com.ascendkit.journeys.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something about a journey that will not work as a user may expect. Never blocks a change. {@code
 * suppressed} is set on topology warnings of a draft or paused journey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(
        WarningCode code, String message, String node, String transition, boolean suppressed) {

    public static Warning onNode(WarningCode code, String node, String message) {
        return new Warning(code, message, node, null, false);
    }

    public static Warning onTransition(WarningCode code, String transition, String message) {
        return new Warning(code, message, null, transition, false);
    }

    public static Warning onJourney(WarningCode code, String message) {
        return new Warning(code, message, null, null, false);
    }

    public Warning withSuppressed(boolean newSuppressed) {
        return new Warning(code, message, node, transition, newSuppressed);
    }
}
