package com.ascendkit.journeys.engine.api.fuzz;

import static com.ascendkit.journeys.engine.api.fuzz.RequestFactory.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of the request line: a path parameter (bad escapes, control characters, invalid UTF-8,
 * huge and odd values), the path's shape, the method, the query string.
 */
final class PathMutations {
    private static final List<String> BAD_ESCAPES =
            List.of("%u0041", "%u00", "%U0041", "%zz", "%", "%4", "%%41", "%G1");
    private static final List<String> ESCAPED_CONTROLS = List.of("%00", "%0A", "%0D%0A", "%7F");
    private static final List<String> RAW_CONTROLS = List.of("\u0001", "\t", "\u007f", "\u001b");
    private static final List<String> BAD_UTF8 = List.of("%C0%AF", "%FF%FE", "%ED%A0%80", "%C3");
    private static final List<String> ODD_VALUES =
            List.of(
                    "-1",
                    "0",
                    "99999999999999999999999999",
                    "jrn_000000000000",
                    "jrn_%2E%2E",
                    "null",
                    "%2E%2E",
                    ".",
                    "a%2Fb",
                    "%C3%BC%C3%B1%C3%AD",
                    "%F0%9F%98%80",
                    "%20",
                    "'%20OR%201=1--",
                    "%3Cscript%3E");

    private final Random random;
    private final ValueGenerator values;

    PathMutations(Random random, ValueGenerator values) {
        this.random = random;
        this.values = values;
    }

    void apply(Draft d) {
        switch (random.nextInt(d.operation.queryParams().isEmpty() ? 8 : 10)) {
            case 0 -> param(d, "path: bad escape", pick(random, BAD_ESCAPES));
            case 1 -> param(d, "path: escaped control char", pick(random, ESCAPED_CONTROLS));
            case 2 -> param(d, "path: raw control char", "a" + pick(random, RAW_CONTROLS) + "b");
            case 3 -> param(d, "path: invalid UTF-8 escape", pick(random, BAD_UTF8));
            case 4 -> param(d, "path: odd value", pick(random, ODD_VALUES));
            case 5 -> longValue(d);
            case 6 -> shape(d);
            case 7 -> method(d);
            default -> query(d);
        }
    }

    private void param(Draft d, String kind, String value) {
        List<String> names = new ArrayList<>(d.pathValues.keySet());
        if (names.isEmpty()) {
            d.rawPath = d.path() + "/" + value; // no parameter: the path itself gets the value
        } else {
            d.pathValues.put(pick(random, names), value);
        }
        d.mutated(kind, false);
    }

    private void longValue(Draft d) {
        boolean huge = random.nextInt(4) == 0;
        String value = "a".repeat(huge ? 100_000 : 5_000);
        param(d, huge ? "path: very long URI (100k)" : "path: long value (5k)", value);
    }

    private void shape(Draft d) {
        String path = d.path();
        String changed =
                switch (random.nextInt(5)) {
                    case 0 -> path + "/";
                    case 1 -> path.replaceFirst("/v1/", "/v1//");
                    case 2 -> path + "/extra";
                    case 3 -> path.replaceFirst("/v1/", "/v1/../v1/");
                    default -> path.toUpperCase(java.util.Locale.ROOT);
                };
        d.rawPath = changed;
        d.mutated("path: shape", false);
    }

    private void method(Draft d) {
        String m = d.method;
        switch (random.nextInt(4)) {
            case 0 -> {
                d.method = m.toLowerCase(java.util.Locale.ROOT);
                d.mutated("method: lowercase", true);
            }
            case 1 -> {
                d.method = pick(random, List.of("FOO", "PROPFIND", "CONNECT", "TRACE"));
                d.mutated("method: unknown", true);
            }
            case 2 -> {
                d.method = "HEAD";
                d.mutated("method: HEAD", false);
            }
            default -> {
                d.method = pick(random, List.of("GET", "PUT", "POST", "DELETE", "PATCH"));
                d.mutated("method: another", false);
            }
        }
    }

    private void query(Draft d) {
        List<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> params =
                new ArrayList<>(d.operation.queryParams().entrySet());
        var param = pick(random, params);
        String name = param.getKey();
        String type = param.getValue().path("type").asText("string");
        boolean typed = param.getValue().has("enum") || !type.equals("string");
        d.query.removeIf(q -> q.startsWith(name + "="));
        switch (random.nextInt(6)) {
            case 0 -> {
                d.query.add(name + "=" + pick(random, List.of("bogus", "-1", "1e99", "tru")));
                d.mutated("query: wrong value", typed);
            }
            case 1 -> {
                List<String> odd = new ArrayList<>(BAD_ESCAPES);
                odd.addAll(ESCAPED_CONTROLS);
                d.query.add(name + "=u" + pick(random, odd));
                d.mutated("query: bad escape or control char", false);
            }
            case 2 -> {
                String value = values.value(name, param.getValue(), 0).asText();
                d.query.add(name + "=" + RequestFactory.encode(value));
                d.query.add(name + "=" + RequestFactory.encode(value) + "x");
                d.mutated("query: repeated", false);
            }
            case 3 -> {
                d.query.add(name + "=" + "a".repeat(20_000));
                d.mutated("query: long value (20k)", false);
            }
            case 4 -> {
                // every handler reads an empty value as no value: a convention, not checked here
                d.query.add(name + "=");
                d.mutated("query: empty value", false);
            }
            default -> {
                d.query.add("fuzz" + random.nextInt(100) + "=" + pick(random, ESCAPED_CONTROLS));
                d.mutated("query: unknown parameter", false);
            }
        }
    }
}
