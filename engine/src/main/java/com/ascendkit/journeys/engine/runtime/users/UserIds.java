package com.ascendkit.journeys.engine.runtime.users;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Quoted;

/** The check a user id gets: the application's own id, 1-200 characters, no control characters. */
public final class UserIds {
    public static final int MAX_LENGTH = 200;

    private UserIds() {}

    public static String require(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException("userId", "'userId' is required");
        }
        if (userId.length() > MAX_LENGTH || userId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "userId",
                    "invalid userId "
                            + Quoted.of(userId)
                            + ": use 1-"
                            + MAX_LENGTH
                            + " characters without control characters");
        }
        return userId;
    }
}
