package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import java.util.List;

/**
 * The answer to a method a path does not take: a 405 with the path's methods in {@code Allow} when
 * the path is a route, else the 404 of an unknown route (whatever the method).
 */
final class MethodRefusals {
    /** How much of a client's method or path a message quotes. */
    private static final int QUOTED = 100;

    private MethodRefusals() {}

    static ApiException refuse(String method, String path, List<String> allowed) {
        if (allowed.isEmpty()) {
            return ApiException.notFound("no route " + quote(method) + " " + quote(path));
        }
        String hint =
                allowed.contains(method.toUpperCase(java.util.Locale.ROOT))
                        ? " (methods are case-sensitive)"
                        : "";
        return ApiException.methodNotAllowed(
                quote(path)
                        + " does not take the method '"
                        + quote(method)
                        + "'"
                        + hint
                        + "; it takes "
                        + String.join(", ", allowed),
                allowed);
    }

    private static String quote(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
    }
}
