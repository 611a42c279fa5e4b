package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.JourneyUser;

/**
 * A row of the people panel in words: who, how long in the step (or since when ended), what last
 * happened.
 */
final class PersonWords {
    private final StepTimes times;

    PersonWords(StepTimes times) {
        this.times = times;
    }

    /** Their email address, else their id. */
    String who(JourneyUser u) {
        return u.email() == null || u.email().isBlank() ? u.userId() : u.email();
    }

    /**
     * "12 min in reminder" for a user still in a step; "failed at welcome_email 2.0 h ago" (or
     * completed, exited) for one whose time in the journey ended.
     */
    String time(JourneyUser u) {
        if ("active".equals(u.status()) || u.endedAt() == null) {
            return times.since(u.enteredAt()) + " in " + u.node();
        }
        return u.status() + " at " + u.node() + " " + times.since(u.endedAt()) + " ago";
    }

    /** The last thing that happened to them, and why they failed or left when they did. */
    String last(JourneyUser u) {
        String summary = u.lastStep() == null ? "" : u.lastStep().summary();
        if (u.reason() != null && !u.reason().isBlank() && !summary.contains(u.reason())) {
            return summary.isEmpty() ? u.reason() : summary + " (" + u.reason() + ")";
        }
        return summary;
    }
}
