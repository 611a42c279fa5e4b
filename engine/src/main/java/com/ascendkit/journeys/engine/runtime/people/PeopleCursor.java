package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Quoted;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a journey's users ended: the last row's arrival time and user id (the order is
 * newest arrival first, then user id). A keyset, not an offset, so a page never repeats a user who
 * stayed put while others moved; a user who moves meanwhile arrives anew and is on the first page.
 * Opaque to clients.
 */
record PeopleCursor(Instant enteredAt, String userId) {
    private static final String PREFIX = "p:";

    String encode() {
        String text = PREFIX + enteredAt.toEpochMilli() + ":" + userId;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static PeopleCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':', PREFIX.length());
            if (text.startsWith(PREFIX) && colon > 0) {
                long millis = Long.parseLong(text.substring(PREFIX.length(), colon));
                return new PeopleCursor(Instant.ofEpochMilli(millis), text.substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (NumberFormatException is one too)
        }
        throw new InvalidInputException("cursor", "invalid cursor " + Quoted.of(cursor));
    }
}
