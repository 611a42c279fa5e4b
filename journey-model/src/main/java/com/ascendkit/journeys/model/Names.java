package com.ascendkit.journeys.model;

import java.util.regex.Pattern;

/** The naming rules of the contract: node names, transition names and event names. */
public final class Names {
    private static final Pattern NODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
    private static final Pattern TRANSITION = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,159}$");
    private static final Pattern EVENT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$");

    private Names() {}

    public static boolean isNodeName(String name) {
        return name != null && NODE.matcher(name).matches();
    }

    public static boolean isEventName(String event) {
        return event != null && EVENT.matcher(event).matches();
    }

    public static boolean isTransitionName(String name) {
        return name != null && TRANSITION.matcher(name).matches();
    }

    /** Returns {@code name} when it is a valid node name, else fails naming {@code field}. */
    public static String requireNodeName(String field, String name) {
        if (name == null) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
        if (!isNodeName(name)) {
            throw new InvalidInputException(
                    field,
                    "invalid node name "
                            + Quoted.of(name)
                            + " in '"
                            + field
                            + "': use 1-64 of a-z, A-Z (no accents), 0-9, '_', '.' and '-', starting"
                            + " with a letter or digit");
        }
        return name;
    }

    /** Returns {@code name} when it is a valid transition name, else fails naming {@code field}. */
    public static String requireTransitionName(String field, String name) {
        if (name == null) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
        if (!isTransitionName(name)) {
            throw new InvalidInputException(
                    field,
                    "invalid transition name "
                            + Quoted.of(name)
                            + " in '"
                            + field
                            + "': use 1-160 of a-z, A-Z (no accents), 0-9, '_', '.' and '-', starting"
                            + " with a letter or digit");
        }
        return name;
    }

    /**
     * Returns {@code event} when it is a well-formed event name, else fails naming {@code field}.
     */
    public static String requireEventName(String field, String event) {
        if (event == null || event.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
        if (!EVENT.matcher(event).matches()) {
            throw new InvalidInputException(
                    field,
                    "invalid event name "
                            + Quoted.of(event)
                            + " in '"
                            + field
                            + "': use 1-200 of a-z, A-Z (no accents), 0-9, '_', '.', ':' and '-',"
                            + " starting with a letter or digit");
        }
        return event;
    }
}
