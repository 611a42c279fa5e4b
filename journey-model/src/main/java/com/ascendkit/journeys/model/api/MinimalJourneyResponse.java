package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.topology.Warning;
import java.util.List;

/**
 * What an edit of a journey answers when asked {@code Prefer: return=minimal}: the journey's head
 * (its new version and status), the change the edit made, and the journey's warnings now. A client
 * that holds the journey as it was before the edit rebuilds the full answer with {@link #applyTo}.
 */
public record MinimalJourneyResponse(
        JourneyHead journey,
        JourneyChange change,
        List<Warning> warnings,
        boolean warningsSuppressed) {

    public MinimalJourneyResponse {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        change =
                change == null
                        ? new JourneyChange(null, null, null, false, null, null, false)
                        : change;
    }

    /**
     * The full answer, from the journey as it was before the edit (its stats are kept: a minimal
     * answer does not carry them).
     */
    public JourneyResponse applyTo(Journey before) {
        JourneyHead h = journey;
        Journey after =
                new Journey(
                        h.id(),
                        h.name(),
                        h.status(),
                        h.version(),
                        h.entryEvent(),
                        h.entryConditions(),
                        h.entryNode(),
                        h.reEntryPolicy(),
                        change.applyToNodes(before.nodes()),
                        change.applyToTransitions(before.transitions()),
                        before.stats(),
                        h.createdAt(),
                        h.updatedAt());
        return new JourneyResponse(after, warnings, warningsSuppressed);
    }
}
