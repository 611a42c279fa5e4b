package com.ascendkit.journeys.engine.runtime.events;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Quoted;
import java.util.List;

/** The two kinds of event names: the application's ({@code app.*}) and the five built-ins. */
public final class EventNames {
    public static final List<String> BUILT_IN =
            List.of(
                    "user.created",
                    "user.login",
                    "user.signout",
                    "user.waitlisted",
                    "user.waitlist_approved");
    private static final String APP = "app.";

    private EventNames() {}

    /** {@code completed_onboarding} → {@code app.completed_onboarding}; never {@code app.app.}. */
    public static String app(String event) {
        Names.requireEventName("event", event);
        String recorded = event.startsWith(APP) ? event : APP + event;
        return Names.requireEventName("event", recorded);
    }

    /** The built-in {@code event}, or a failure naming it. */
    public static String system(String event) {
        if (event == null || event.isBlank()) {
            throw new InvalidInputException("event", "'event' is required");
        }
        if (!BUILT_IN.contains(event)) {
            throw new InvalidInputException(
                    "event",
                    "unknown system event "
                            + Quoted.of(event)
                            + ": use one of "
                            + String.join(", ", BUILT_IN)
                            + " (application events go to /v1/events/track)");
        }
        return event;
    }
}
