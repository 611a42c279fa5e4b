package com.ascendkit.journeys.studio.live;

import com.ascendkit.journeys.model.api.JourneyFailures.NodeFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.Reason;
import com.ascendkit.journeys.studio.text.Words;
import java.util.stream.Collectors;

/**
 * The failures of a step in words: the badge "✕ 3", and one line per reason, "3 users have no email
 * address". The engine words a reason about the user as a predicate without its subject ("has no
 * email address", "no longer exists"), which reads after the count once its verb agrees; a reason
 * about the journey ("template 'x' not found") is a sentence of its own.
 */
public final class FailureWords {
    private FailureWords() {}

    /** The card's badge: "✕" and the users who failed there. */
    public static String badge(NodeFailures failures) {
        return "✕ " + failures.users();
    }

    /** One line per reason, most users first; the first says what the count is. */
    public static String reasons(NodeFailures failures) {
        return failures.reasons().stream()
                .map(FailureWords::line)
                .collect(Collectors.joining("\n"));
    }

    /** "1 user has no email address", "3 users failed: template 'x' not found". */
    static String line(Reason r) {
        String users = Words.count(r.users(), "user");
        String reason = r.reason();
        boolean one = r.users() == 1;
        if (reason.startsWith("has ")) {
            return users + (one ? " has " : " have ") + reason.substring("has ".length());
        }
        if (reason.equals("no longer exists")) {
            return users + (one ? " no longer exists" : " no longer exist");
        }
        return users + " failed: " + reason;
    }
}
