package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import java.time.Instant;

/**
 * A row of {@code journeys}: the definition as stored, its lifecycle and version, and the name of
 * the entry node {@code create} made while it is untouched ({@code placeholderNode}, else null).
 */
public record StoredJourney(
        String id,
        String environmentId,
        JourneyStatus status,
        long version,
        JourneyDefinition definition,
        String placeholderNode,
        Instant createdAt,
        Instant updatedAt) {

    /** The journey as the API shows it, with {@code stats}. */
    public Journey toJourney(JourneyStats stats) {
        JourneyDefinition d = definition;
        return new Journey(
                id,
                d.name(),
                status,
                version,
                d.entryEvent(),
                d.entryConditions(),
                d.entryNode(),
                d.reEntryPolicy(),
                d.nodes(),
                d.transitions(),
                stats,
                createdAt,
                updatedAt);
    }

    /** The next version: a changed definition or status, stamped {@code at}. */
    public StoredJourney next(
            JourneyDefinition newDefinition,
            JourneyStatus newStatus,
            String newPlaceholder,
            Instant at) {
        return new StoredJourney(
                id,
                environmentId,
                newStatus,
                version + 1,
                newDefinition,
                newPlaceholder,
                createdAt,
                at);
    }
}
