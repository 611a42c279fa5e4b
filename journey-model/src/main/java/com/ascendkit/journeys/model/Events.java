package com.ascendkit.journeys.model;

import java.util.List;

/**
 * The event names the contract knows: the five built-in user events the application reports through
 * {@code POST /v1/events/system}, and the application's own events, which carry the {@code app.}
 * prefix. Engine, CLI and editor all ask this class, so the list lives in one place.
 */
public final class Events {
    /** The built-in events, in the order the contract lists them. */
    public static final List<String> BUILT_IN =
            List.of(
                    "user.created",
                    "user.login",
                    "user.signout",
                    "user.waitlisted",
                    "user.waitlist_approved");

    /** The prefix of the application's own events ({@code app.completed_onboarding}). */
    public static final String APP_PREFIX = "app.";

    private Events() {}

    public static boolean isBuiltIn(String event) {
        return event != null && BUILT_IN.contains(event);
    }

    /** True for {@code app.<name>} with a non-empty name. */
    public static boolean isAppEvent(String event) {
        return event != null
                && event.startsWith(APP_PREFIX)
                && event.length() > APP_PREFIX.length();
    }

    /** True when a journey can be triggered by {@code event}: built-in or {@code app.*}. */
    public static boolean isKnown(String event) {
        return isBuiltIn(event) || isAppEvent(event);
    }

    /**
     * The name a tracked event is recorded under: {@code completed_onboarding} becomes {@code
     * app.completed_onboarding}; an {@code app.} prefix already there is not doubled.
     */
    public static String appEvent(String name) {
        return name.startsWith(APP_PREFIX) ? name : APP_PREFIX + name;
    }
}
