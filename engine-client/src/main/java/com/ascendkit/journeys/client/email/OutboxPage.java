package com.ascendkit.journeys.client.email;

import java.util.List;
import java.util.Optional;

/** One page of the outbox; {@code nextCursor} is null on the last page. */
public record OutboxPage(List<OutboxMessage> items, String nextCursor) {
    public OutboxPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
