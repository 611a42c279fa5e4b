package com.ascendkit.journeys.cli.event;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.users.UserProfile;
import com.ascendkit.journeys.client.users.UserProfile.JourneyState;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hint printed after an event when it put a user without an email address into (or moved them
 * within) a journey that sends email. The event's answer says only that it was accepted, so the
 * user is read before and after it: a journey state that is new or changed is one the event
 * enrolled or moved them in. A user with an address costs one read; the hint never fails the
 * command (a publishable key, for one, may not read users).
 */
final class EmailHint {
    /** What the events' {@code --help} says of it. */
    static final String HELP =
            "When the event puts a user without an email address into a journey that sends"
                    + " email, a hint on stderr says how to give them one.";

    private static final EmailHint NONE = new EmailHint(null, null, null);

    private final EngineClient client;
    private final String userId;
    private final Map<String, JourneyState> before;

    private EmailHint(EngineClient client, String userId, Map<String, JourneyState> before) {
        this.client = client;
        this.userId = userId;
        this.before = before;
    }

    /** Reads the user before the event; no hint will be looked for when they have an address. */
    static EmailHint before(EngineClient client, String userId) {
        try {
            UserProfile user = client.users().get(userId);
            return hasEmail(user) ? NONE : new EmailHint(client, userId, byJourney(user));
        } catch (NotFoundException e) {
            return new EmailHint(client, userId, Map.of());
        } catch (EngineException e) {
            return NONE;
        }
    }

    /** The hint lines, after the event: one per journey that would email the user. */
    List<String> after() {
        if (before == null) {
            return List.of();
        }
        try {
            UserProfile user = client.users().get(userId);
            List<String> hints = new ArrayList<>();
            if (hasEmail(user)) {
                return hints;
            }
            for (JourneyState state : user.journeys()) {
                if (!state.equals(before.get(state.journeyId()))) {
                    Journey journey = client.journeys().get(state.journeyId()).journey();
                    if (sendsEmail(journey)) {
                        hints.add(line(journey));
                    }
                }
            }
            return hints;
        } catch (EngineException e) {
            return List.of();
        }
    }

    private String line(Journey journey) {
        return "hint: user "
                + userId
                + " has no email address, so \""
                + journey.name()
                + "\" cannot email them: ascendkit user set "
                + userId
                + " --email <address>";
    }

    private static boolean sendsEmail(Journey journey) {
        return journey.nodes().values().stream()
                .anyMatch(node -> node.action() instanceof Action.SendEmail);
    }

    private static boolean hasEmail(UserProfile user) {
        return user.email() != null && !user.email().isBlank();
    }

    private static Map<String, JourneyState> byJourney(UserProfile user) {
        return user.journeys().stream()
                .collect(Collectors.toMap(JourneyState::journeyId, Function.identity()));
    }
}
