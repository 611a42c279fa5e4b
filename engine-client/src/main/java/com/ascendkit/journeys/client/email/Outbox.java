package com.ascendkit.journeys.client.email;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import java.util.ArrayList;
import java.util.List;

/** The email outbox: what journeys sent or will send, newest rows paged by cursor. */
public final class Outbox {
    private final Transport transport;

    public Outbox(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/email/outbox?journeyId=&userId=&limit=&cursor=}: one page. */
    public OutboxPage list(OutboxQuery query) {
        ApiRequest call =
                ApiRequest.get("v1", "email", "outbox")
                        .query("journeyId", query.journeyId())
                        .query("userId", query.userId())
                        .query("limit", query.limit())
                        .query("cursor", query.cursor());
        return transport.send(call, OutboxPage.class);
    }

    /** {@code GET /v1/email/outbox}, following {@code nextCursor} to the last page. */
    public List<OutboxMessage> listAll(OutboxQuery query) {
        List<OutboxMessage> all = new ArrayList<>();
        OutboxQuery page = query;
        while (true) {
            OutboxPage answer = list(page);
            all.addAll(answer.items());
            if (answer.nextCursor() == null || answer.items().isEmpty()) {
                return List.copyOf(all);
            }
            page = page.withCursor(answer.nextCursor());
        }
    }
}
