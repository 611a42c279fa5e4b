package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;

/** Changes journey settings ({@code PATCH /v1/journeys/{id}}) with only the fields given. */
public record UpdateJourneyCommand(
        JourneyChanges changes, JourneyChanges reverse, String description) implements Command {

    /** The change, with the current values of the same fields as its undo. */
    public static UpdateJourneyCommand of(Journey j, JourneyChanges changes, String description) {
        JourneyChanges reverse =
                new JourneyChanges(
                        changes.name() == null ? null : j.name(),
                        changes.entryEvent() == null ? null : j.entryEvent(),
                        changes.entryConditions() == null ? null : j.entryConditions(),
                        changes.entryNode() == null ? null : j.entryNode(),
                        changes.reEntryPolicy() == null ? null : j.reEntryPolicy());
        return new UpdateJourneyCommand(changes, reverse, description);
    }

    @Override
    public Journey preview(Journey journey) {
        return JourneyEdits.updateJourney(journey, changes);
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return gateway.updateJourney(journeyId, expectedVersion, changes);
    }

    @Override
    public Command inverse() {
        return new UpdateJourneyCommand(reverse, changes, "Undo: " + description);
    }
}
