package com.ascendkit.journeys.engine.runtime.events;

import com.ascendkit.journeys.model.InvalidInputException;

/**
 * The answer for one event of a batch: accepted with its outcome, or refused with the error (whose
 * field is relative to that event, e.g. {@code event}).
 */
public record BatchResult(int index, EventOutcome outcome, InvalidInputException error) {
    public boolean accepted() {
        return error == null;
    }
}
