package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.ReEntryPolicy;
import java.time.Instant;
import java.util.Map;

/**
 * A journey without its nodes, transitions and stats: what a {@code Prefer: return=minimal} answer
 * says of the journey beside the change (a few hundred bytes, whatever the journey's size).
 */
public record JourneyHead(
        String id,
        String name,
        JourneyStatus status,
        long version,
        String entryEvent,
        Map<String, Object> entryConditions,
        String entryNode,
        ReEntryPolicy reEntryPolicy,
        Instant createdAt,
        Instant updatedAt) {

    public static JourneyHead of(Journey j) {
        return new JourneyHead(
                j.id(),
                j.name(),
                j.status(),
                j.version(),
                j.entryEvent(),
                j.entryConditions(),
                j.entryNode(),
                j.reEntryPolicy(),
                j.createdAt(),
                j.updatedAt());
    }
}
