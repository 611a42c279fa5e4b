package com.ascendkit.journeys.engine.runtime.email;

import java.util.List;

/** A page of the outbox; {@code nextCursor} is null on the last page. */
public record OutboxPage(List<OutboxMessage> items, String nextCursor) {
    public OutboxPage {
        items = List.copyOf(items);
    }
}
