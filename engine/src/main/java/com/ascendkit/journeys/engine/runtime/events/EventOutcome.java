package com.ascendkit.journeys.engine.runtime.events;

import java.util.List;

/**
 * What an accepted event did, committed: the name it was recorded as, whether it created the user,
 * the journeys it enrolled the user in and the transitions it moved them along.
 */
public record EventOutcome(
        String event, boolean userCreated, List<String> enrolledIn, List<Move> moves) {

    public EventOutcome {
        enrolledIn = List.copyOf(enrolledIn);
        moves = List.copyOf(moves);
    }

    /** A move along {@code transition} of {@code journeyId}, from {@code from} to {@code to}. */
    public record Move(String journeyId, String transition, String from, String to) {}
}
