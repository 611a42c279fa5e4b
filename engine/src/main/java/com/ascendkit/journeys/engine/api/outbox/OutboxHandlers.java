package com.ascendkit.journeys.engine.api.outbox;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.runtime.email.OutboxMessage;
import com.ascendkit.journeys.engine.runtime.email.OutboxPage;
import com.ascendkit.journeys.model.Quoted;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /v1/email/outbox?journeyId=&userId=&limit=&cursor=}: a page of the environment's
 * emails, oldest first. A message being sent reads {@code pending} until its outcome is recorded;
 * without an SMTP server messages end {@code delivered_locally} (kept readable here, not sent).
 */
public final class OutboxHandlers {
    private final ApiServices s;

    public OutboxHandlers(ApiServices services) {
        this.s = services;
    }

    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String journeyId = blankToNull(ctx.queryParam("journeyId"));
        String userId = blankToNull(ctx.queryParam("userId"));
        Integer limit = limit(ctx.queryParam("limit"));
        String cursor = blankToNull(ctx.queryParam("cursor"));
        s.calls()
                .read(
                        ctx,
                        h -> {
                            OutboxPage page =
                                    s.runtime()
                                            .outbox()
                                            .list(env, journeyId, userId, limit, cursor);
                            Map<String, Object> body = new java.util.LinkedHashMap<>();
                            body.put("items", page.items().stream().map(Item::of).toList());
                            body.put("nextCursor", page.nextCursor());
                            return ApiResult.ok(body);
                        });
    }

    private static Integer limit(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(
                    "limit",
                    "invalid limit " + Quoted.of(text) + ": use a whole number from 1 to 1000");
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    /** One email as the outbox lists it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            String messageId,
            String journeyId,
            String userId,
            String node,
            String to,
            String from,
            String subject,
            String status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            String lastError) {
        static Item of(OutboxMessage m) {
            return new Item(
                    m.messageId(),
                    m.journeyId(),
                    m.userId(),
                    m.node(),
                    m.to(),
                    m.from(),
                    m.subject(),
                    OutboxMessage.SENDING.equals(m.status()) ? OutboxMessage.PENDING : m.status(),
                    m.attempts(),
                    m.createdAt(),
                    m.sentAt(),
                    m.lastError());
        }
    }
}
