package com.ascendkit.journeys.engine.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request being made: valid first, then changed by one mutation. Mutable, one per request.
 *
 * @param pathValues the path parameters' values as sent (already percent-encoded)
 */
final class Draft {
    final OpenApiDocument.Operation operation;
    String method;
    final Map<String, String> pathValues;
    final List<String> query = new ArrayList<>();
    final List<String[]> headers = new ArrayList<>();
    byte[] body;

    /** Set when the path is sent as written here instead of from the template. */
    String rawPath;

    String kind = "valid";
    boolean mustRefuse;

    /** Which key the request carries, for the environment checks. */
    String keyKind = "secret";

    Draft(OpenApiDocument.Operation operation, Map<String, String> pathValues) {
        this.operation = operation;
        this.method = operation.method();
        this.pathValues = pathValues;
    }

    void header(String name, String value) {
        headers.add(new String[] {name, value});
    }

    void removeHeader(String name) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    }

    void replaceHeader(String name, String value) {
        removeHeader(name);
        header(name, value);
    }

    void mutated(String newKind, boolean refuse) {
        this.kind = newKind;
        this.mustRefuse = refuse;
    }

    String path() {
        if (rawPath != null) {
            return rawPath;
        }
        String p = operation.path();
        for (Map.Entry<String, String> v : pathValues.entrySet()) {
            p = p.replace("{" + v.getKey() + "}", v.getValue());
        }
        return p;
    }

    FuzzRequest request() {
        String target = query.isEmpty() ? path() : path() + "?" + String.join("&", query);
        return new FuzzRequest(operation, method, target, headers, body, kind, mustRefuse);
    }
}
