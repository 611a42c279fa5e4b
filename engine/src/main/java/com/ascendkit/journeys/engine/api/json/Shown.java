package com.ascendkit.journeys.engine.api.json;

import com.fasterxml.jackson.databind.JsonNode;

/** A request value quoted in an error message: its JSON text, cut short when long. */
final class Shown {
    private static final int MAX = 60;

    private Shown() {}

    static String of(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
