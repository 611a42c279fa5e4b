package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.errors.ConflictException;
import com.ascendkit.journeys.model.JourneyStatus;

/**
 * The lifecycle: draft → active, active ⇄ paused, any status but archived → archived. Archived is
 * final.
 */
final class Lifecycle {
    private Lifecycle() {}

    static void requireAllowed(String id, JourneyStatus from, JourneyStatus to) {
        if (from == JourneyStatus.ARCHIVED) {
            throw new ConflictException(
                    "journey "
                            + id
                            + " is archived: archive is permanent, it cannot be "
                            + verb(to));
        }
        boolean allowed =
                switch (to) {
                    case ACTIVE -> from == JourneyStatus.DRAFT || from == JourneyStatus.PAUSED;
                    case PAUSED -> from == JourneyStatus.ACTIVE;
                    case ARCHIVED -> true;
                    case DRAFT -> false;
                };
        if (!allowed) {
            throw new ConflictException(
                    "journey "
                            + id
                            + " is "
                            + from.wireName()
                            + ": only an active journey can be "
                            + verb(to));
        }
    }

    private static String verb(JourneyStatus to) {
        return switch (to) {
            case ACTIVE -> "activated";
            case PAUSED -> "paused";
            case ARCHIVED -> "archived";
            case DRAFT -> "made a draft";
        };
    }
}
