package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.topology.Warning;
import java.util.List;

/**
 * What every call that changes a journey answers, and what {@code GET /v1/journeys/{id}} answers:
 * the journey and its warnings. {@code warningsSuppressed} is true when the journey's status
 * suppresses its topology warnings (draft or paused).
 */
public record JourneyResponse(Journey journey, List<Warning> warnings, boolean warningsSuppressed) {
    public JourneyResponse {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
