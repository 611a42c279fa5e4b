package com.ascendkit.journeys.engine.runtime.people;

import java.util.List;

/**
 * One page of a journey's users; {@code nextCursor} null on the last. {@code reasons}: the failed
 * users matching the filter, counted by reason (empty unless the filter includes failed users).
 */
public record PeoplePage(List<Person> items, String nextCursor, List<Reason> reasons) {
    public PeoplePage {
        items = List.copyOf(items);
        reasons = List.copyOf(reasons);
    }

    public record Reason(String reason, long users) {}
}
