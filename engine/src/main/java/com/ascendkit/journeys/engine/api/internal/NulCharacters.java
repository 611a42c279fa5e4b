package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Refuses a NUL character ({@code \u0000}) in a request body's strings and keys and in query
 * values. JSON allows it, but PostgreSQL cannot store it in text: it failed there with a 500
 * wherever such a string reached a column or a query (found by the fuzz test). Nothing a journey
 * holds needs it, and refusing it on every database keeps H2 and PostgreSQL answering alike.
 * Stateless.
 */
public final class NulCharacters {
    private NulCharacters() {}

    /** Refuses a NUL in a query value before any handler reads it (a 400 naming the parameter). */
    public static void install(Javalin app) {
        app.before(NulCharacters::refuseInQuery);
    }

    private static void refuseInQuery(Context ctx) {
        Map<String, List<String>> query;
        try {
            query = ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            return; // a bad escape: the handler that reads the query answers it as before
        }
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            if (param.getValue().stream().anyMatch(NulCharacters::hasNul)) {
                throw ApiException.invalid(
                        param.getKey(),
                        "'"
                                + param.getKey()
                                + "' contains a NUL character (%00), which text may not hold");
            }
        }
    }

    /** Throws a 400 naming the first field (as a JSON path) whose value or key has a NUL. */
    public static void refuseIn(JsonNode body) {
        String field = find(body, "");
        if (field != null) {
            throw ApiException.invalid(
                    field.isEmpty() ? null : field,
                    (field.isEmpty() ? "the body" : "'" + field + "'")
                            + " contains a NUL character (\\u0000), which text may not hold");
        }
    }

    /** The path of the first string holding a NUL, "" for the root, null when there is none. */
    private static String find(JsonNode node, String path) {
        if (node.isTextual()) {
            return hasNul(node.textValue()) ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String child = path.isEmpty() ? name : path + "." + name;
            if (hasNul(name)) {
                return child.replace("\u0000", "\\u0000");
            }
            String found = find(field.getValue(), child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean hasNul(String s) {
        return s.indexOf('\u0000') >= 0;
    }
}
