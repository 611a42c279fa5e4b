package com.ascendkit.journeys.engine.runtime.directory;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Quoted;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * {@code GET /v1/users?query=&limit=&cursor=}: the environment's users in id order, a page at a
 * time; {@code query} matches the start of the id or of the email address, ignoring case. Pages
 * follow the primary key, so a page costs the same at any depth. Stateless.
 */
public final class UserList {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** One row: who the user is and when the engine first saw them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String userId, String email, String name, Instant createdAt, Instant updatedAt) {}

    public record Page(List<Item> items, String nextCursor) {}

    private UserList() {}

    static Page read(Handle h, String environmentId, String query, String limit, String cursor) {
        int size = size(limit);
        String after = cursor == null ? null : decode(cursor);
        String sql =
                "SELECT id, email, name, created_at, updated_at FROM users WHERE environment_id ="
                        + " :e"
                        + (after == null ? "" : " AND id > :after")
                        + (query == null
                                ? ""
                                : " AND (LOWER(id) LIKE :q ESCAPE '!' OR LOWER(email) LIKE :q"
                                        + " ESCAPE '!')")
                        + " ORDER BY id LIMIT :limit";
        var q = h.createQuery(sql).bind("e", environmentId).bind("limit", size + 1);
        if (after != null) {
            q.bind("after", after);
        }
        if (query != null) {
            String prefix =
                    query.toLowerCase(Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_");
            q.bind("q", prefix + "%");
        }
        List<Item> rows =
                q.map(
                                (rs, ctx) ->
                                        new Item(
                                                rs.getString("id"),
                                                rs.getString("email"),
                                                rs.getString("name"),
                                                rs.getObject("created_at", OffsetDateTime.class)
                                                        .toInstant(),
                                                rs.getObject("updated_at", OffsetDateTime.class)
                                                        .toInstant()))
                        .list();
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        List<Item> page = List.copyOf(rows.subList(0, size));
        return new Page(page, encode(page.get(size - 1).userId()));
    }

    private static int size(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new InvalidInputException(
                "limit",
                "invalid limit " + Quoted.of(text) + ": use a whole number from 1 to " + MAX_LIMIT);
    }

    private static String encode(String userId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("u:" + userId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("u:")) {
                return text.substring(2);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new InvalidInputException("cursor", "invalid cursor " + Quoted.of(cursor));
    }
}
