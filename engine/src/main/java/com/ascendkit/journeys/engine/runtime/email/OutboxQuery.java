package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Quoted;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code GET /v1/email/outbox}: an environment's emails, oldest first, optionally of one journey
 * and/or one user, a page at a time. The cursor is opaque to clients. Thread-safe.
 */
public final class OutboxQuery {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final Database db;

    public OutboxQuery(Database db) {
        this.db = db;
    }

    /**
     * @param limit null for {@link #DEFAULT_LIMIT}; 1 to {@link #MAX_LIMIT}
     * @param cursor null for the first page, else a {@code nextCursor} of an earlier page
     */
    public OutboxPage list(
            String environmentId, String journeyId, String userId, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException(
                    "limit",
                    "invalid limit "
                            + Quoted.of(String.valueOf(limit))
                            + ": use 1 to "
                            + MAX_LIMIT);
        }
        long after = cursor == null ? 0 : decode(cursor);
        String sql =
                OutboxStore.COLUMNS
                        + " WHERE environment_id = :e AND id > :after"
                        + (journeyId == null ? "" : " AND journey_id = :j")
                        + (userId == null ? "" : " AND user_id = :u")
                        + " ORDER BY id LIMIT :limit";
        List<OutboxMessage> rows =
                db.jdbi()
                        .withHandle(
                                h -> {
                                    var query =
                                            h.createQuery(sql)
                                                    .bind("e", environmentId)
                                                    .bind("after", after)
                                                    .bind("limit", size + 1);
                                    if (journeyId != null) {
                                        query.bind("j", journeyId);
                                    }
                                    if (userId != null) {
                                        query.bind("u", userId);
                                    }
                                    return query.map(OutboxStore.MAPPER).list();
                                });
        if (rows.size() <= size) {
            return new OutboxPage(rows, null);
        }
        List<OutboxMessage> page = rows.subList(0, size);
        return new OutboxPage(List.copyOf(page), encode(page.get(size - 1).id()));
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("o:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("o:")) {
                return Long.parseLong(text.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (NumberFormatException is one too)
        }
        throw new InvalidInputException("cursor", "invalid cursor " + Quoted.of(cursor) + "");
    }
}
