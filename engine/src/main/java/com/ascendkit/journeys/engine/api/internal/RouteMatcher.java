package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiRoutes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which declared routes a raw request path falls on, segment by segment as Javalin matches them
 * ({@code {name}} is one segment; a trailing slash is ignored). It answers the two questions the
 * engine's refusals need before (or instead of) Javalin's routing: the methods a path takes (the
 * {@code Allow} of a 405) and the name of the path parameter a segment is (the {@code field} of a
 * bad escape). Immutable, thread-safe.
 */
public final class RouteMatcher {
    private final List<ApiRoutes.Route> routes;

    public RouteMatcher(List<ApiRoutes.Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * The methods {@code path} takes, in declaration order, with HEAD after GET (Javalin answers a
     * HEAD with the GET handler, without the body); empty for an unknown path.
     */
    public List<String> methodsAt(String path) {
        Set<String> methods = new LinkedHashSet<>();
        List<String> segments = segments(path);
        for (ApiRoutes.Route r : routes) {
            if (matches(segments(r.path()), segments)) {
                methods.add(r.method());
                if (r.method().equals("GET")) {
                    methods.add("HEAD");
                }
            }
        }
        return List.copyOf(methods);
    }

    /**
     * The parameter name ({@code id}) that segment {@code index} of {@code path} stands for in a
     * route the rest of the path matches; empty when none does or it is a literal segment.
     */
    public Optional<String> parameterAt(String path, int index) {
        List<String> segments = segments(path);
        for (ApiRoutes.Route r : routes) {
            List<String> template = segments(r.path());
            if (template.size() != segments.size() || !isParameter(template.get(index))) {
                continue;
            }
            if (matches(template, segments)) {
                String p = template.get(index);
                return Optional.of(p.substring(1, p.length() - 1));
            }
        }
        return Optional.empty();
    }

    /** The segments of a path, without the empty ones a leading or trailing slash makes. */
    public static List<String> segments(String path) {
        List<String> out = new ArrayList<>(List.of(path.split("/", -1)));
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean matches(List<String> template, List<String> segments) {
        if (template.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            if (!isParameter(template.get(i)) && !template.get(i).equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
