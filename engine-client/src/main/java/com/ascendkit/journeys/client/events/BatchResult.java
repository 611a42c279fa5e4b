package com.ascendkit.journeys.client.events;

import com.ascendkit.journeys.model.api.ApiError;
import java.util.List;

/** The answer to a batch: per event, in order, accepted or its error. */
public record BatchResult(List<Item> results) {
    public BatchResult {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** The outcome of the event at {@code index} of the batch. */
    public record Item(int index, boolean accepted, String event, ApiError.Detail error) {}

    public boolean allAccepted() {
        return results.stream().allMatch(Item::accepted);
    }

    public List<Item> rejected() {
        return results.stream().filter(i -> !i.accepted()).toList();
    }
}
