package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * Activate, pause or archive ({@code POST …/activate|pause|archive}). Pause and re-activation undo
 * each other; a first activation (a draft has no way back) and archive cannot be undone.
 */
public record LifecycleCommand(Step step, JourneyStatus before) implements Command {

    /** The lifecycle calls. */
    public enum Step {
        ACTIVATE(JourneyStatus.ACTIVE, "Activate"),
        PAUSE(JourneyStatus.PAUSED, "Pause"),
        ARCHIVE(JourneyStatus.ARCHIVED, "Archive");

        private final JourneyStatus after;
        private final String verb;

        Step(JourneyStatus after, String verb) {
            this.after = after;
            this.verb = verb;
        }

        public JourneyStatus after() {
            return after;
        }

        public String verb() {
            return verb;
        }
    }

    @Override
    public String description() {
        return step.verb() + " the journey";
    }

    @Override
    public Journey preview(Journey journey) {
        return JourneyEdits.withStatus(journey, step.after());
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return switch (step) {
            case ACTIVATE -> gateway.activate(journeyId, expectedVersion);
            case PAUSE -> gateway.pause(journeyId, expectedVersion);
            case ARCHIVE -> gateway.archive(journeyId, expectedVersion);
        };
    }

    @Override
    public boolean undoable() {
        return (step == Step.ACTIVATE && before == JourneyStatus.PAUSED)
                || (step == Step.PAUSE && before == JourneyStatus.ACTIVE);
    }

    @Override
    public Command inverse() {
        if (!undoable()) {
            throw new UnsupportedOperationException(
                    description() + " cannot be undone (from " + before.wireName() + ")");
        }
        return step == Step.PAUSE
                ? new LifecycleCommand(Step.ACTIVATE, JourneyStatus.PAUSED)
                : new LifecycleCommand(Step.PAUSE, JourneyStatus.ACTIVE);
    }
}
