package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import java.util.List;

/**
 * Checks that every {@code %} in a raw path or query starts an escape of two hex digits, the only
 * kind the engine decodes. Javalin decodes path parameters with {@link java.net.URLDecoder}, which
 * throws on anything else ({@code %u0041}, {@code %4}); finding it first makes it a 400 that names
 * the parameter.
 */
final class PercentEscapes {
    private PercentEscapes() {}

    static void checkPath(String path, RouteMatcher routes) {
        List<String> segments = RouteMatcher.segments(path);
        for (int i = 0; i < segments.size(); i++) {
            int bad = firstMalformed(segments.get(i));
            if (bad >= 0) {
                String field = routes.parameterAt(path, i).orElse(null);
                throw ApiException.invalid(
                        field,
                        (field == null ? "the path" : "the path parameter '" + field + "'")
                                + " has a malformed percent-escape "
                                + snippet(segments.get(i), bad)
                                + ": a '%' must be followed by two hex digits");
            }
        }
    }

    static void checkQuery(String query) {
        for (String pair : query.split("&")) {
            int bad = firstMalformed(pair);
            if (bad >= 0) {
                int eq = pair.indexOf('=');
                String name = eq < 0 || eq > bad ? null : pair.substring(0, eq);
                throw ApiException.invalid(
                        name,
                        "the query has a malformed percent-escape "
                                + snippet(pair, bad)
                                + ": a '%' must be followed by two hex digits");
            }
        }
    }

    /** The index of the first {@code %} that does not start a valid escape, or -1. */
    private static int firstMalformed(String s) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static String snippet(String s, int at) {
        return "'" + s.substring(at, Math.min(s.length(), at + 3)) + "'";
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
