package com.ascendkit.journeys.engine.api.fuzz;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The failures of a run, grouped by kind (what was wrong, the status, the mutation) with how many,
 * on which routes, and the first example request and answer of each: a thousand failures of one
 * cause read as one line. Not thread-safe.
 */
final class FuzzReport {
    /** One kind of failure. */
    private static final class Group {
        int count;
        final Set<String> routes = new TreeSet<>();
        final String example;

        Group(String example) {
            this.example = example;
        }
    }

    private final long seed;
    private final Map<String, Group> groups = new TreeMap<>();
    private final Set<String> routes = new TreeSet<>();
    private final Set<String> accepted = new TreeSet<>();
    private int requests;
    private int refused;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void sent(FuzzRequest request, RawHttp.Answer answer) {
        requests++;
        routes.add(request.operation().toString());
        if (answer.status() >= 200 && answer.status() < 300) {
            accepted.add(request.operation().toString());
        }
        if (answer.status() >= 400 && answer.status() < 500) {
            refused++;
        }
    }

    void fail(String what, FuzzRequest request, RawHttp.Answer answer, String detail) {
        String key =
                what
                        + " | "
                        + (answer.status() < 0 ? "no answer" : answer.status())
                        + " | "
                        + request.kind();
        Group g =
                groups.computeIfAbsent(
                        key,
                        k ->
                                new Group(
                                        request.shown()
                                                + "\n  → "
                                                + answer.status()
                                                + " "
                                                + FuzzRequest.cut(
                                                        answer.failure() != null
                                                                ? answer.failure()
                                                                : answer.text(),
                                                        300)
                                                + (detail == null ? "" : "\n  " + detail)));
        g.count++;
        g.routes.add(request.operation().toString());
    }

    boolean clean() {
        return groups.isEmpty();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append(
                String.format(
                        "fuzz seed %d: %d requests, %d refused (4xx), %d kinds of failure%n",
                        seed, requests, refused, groups.size()));
        b.append("(again with -Djourneys.fuzz.seed=").append(seed).append(")\n");
        // valid requests that never pass would mean the generator only scratches the surface
        Set<String> neverAccepted = new TreeSet<>(routes);
        neverAccepted.removeAll(accepted);
        b.append(routes.size())
                .append(" operations, never a 2xx: ")
                .append(neverAccepted)
                .append('\n');
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            b.append("\n* ").append(e.getKey()).append(" — ").append(g.count).append(" requests, ");
            b.append(g.routes.size())
                    .append(" routes: ")
                    .append(FuzzRequest.cut(String.join(", ", g.routes), 400));
            b.append("\n  e.g. ").append(g.example.replace("\n", "\n  ")).append('\n');
        }
        return b.toString();
    }
}
