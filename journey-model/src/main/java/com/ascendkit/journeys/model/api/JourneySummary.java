package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import java.time.Instant;

/** One row of {@code GET /v1/journeys}. */
public record JourneySummary(
        String id,
        String name,
        JourneyStatus status,
        long version,
        String entryEvent,
        int nodeCount,
        int transitionCount,
        JourneyStats stats,
        Instant updatedAt) {}
