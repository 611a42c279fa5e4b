package com.ascendkit.journeys.engine.runtime.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Handle;

/**
 * Erasure's part in {@code idempotency_keys}: the stored answers of idempotent requests about the
 * user go, so that no copy of their id or address outlives them. An answer is "about them" when its
 * path names the user ({@code /v1/users/u1}) or its body holds their id or address as a whole JSON
 * string ({@code "u1"}). A replay of such a key then applies afresh, which is what erasing asks
 * for; an unrelated answer that happens to hold the same string is forgotten too, which costs only
 * that its retry is applied again.
 */
final class StoredAnswers {
    private StoredAnswers() {}

    static void forget(Handle h, String environmentId, String userId, String email) {
        StringBuilder sql =
                new StringBuilder(
                        "DELETE FROM idempotency_keys WHERE environment_id = :e AND (path LIKE"
                                + " :path ESCAPE '!' OR path LIKE :raw ESCAPE '!' OR response"
                                + " LIKE :id ESCAPE '!'");
        if (email != null) {
            sql.append(" OR response LIKE :email ESCAPE '!'");
        }
        sql.append(')');
        var update =
                h.createUpdate(sql.toString())
                        .bind("e", environmentId)
                        .bind("path", "%/users/" + like(pathSegment(userId)) + "%")
                        .bind("raw", "%/users/" + like(userId) + "%")
                        .bind("id", "%" + like(jsonString(userId)) + "%");
        if (email != null) {
            update.bind("email", "%" + like(jsonString(email)) + "%");
        }
        update.execute();
    }

    /** The value as it appears inside a JSON document: quoted, with JSON's escapes. */
    private static String jsonString(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String pathSegment(String userId) {
        return URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String like(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
