package com.ascendkit.journeys.engine.api.fuzz;

import com.ascendkit.journeys.engine.api.fuzz.OpenApiDocument.Operation;
import com.ascendkit.journeys.engine.api.fuzz.OpenApiDocument.Security;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes one request for an operation: a valid one, generated from the contract and aimed at what
 * exists (see {@link FuzzFixture}), then, most of the time, one mutation of its path, query,
 * headers or body.
 */
final class RequestFactory {
    private final Random random;
    private final FuzzFixture fixture;
    private final ValueGenerator values;
    private final PathMutations paths;
    private final HeaderMutations headers;
    private final BodyMutations bodies;

    RequestFactory(OpenApiDocument doc, Random random, FuzzFixture fixture) {
        this.random = random;
        this.fixture = fixture;
        this.values = new ValueGenerator(doc, random, fixture.known);
        this.paths = new PathMutations(random, values);
        this.headers = new HeaderMutations(random, fixture);
        this.bodies = new BodyMutations(doc, random);
    }

    FuzzRequest next(Operation op) {
        Draft d = valid(op);
        int category = random.nextInt(10);
        if (category < 2) {
            return d.request();
        } else if (category < 5) {
            paths.apply(d);
        } else if (category < 7 || !op.takesBody()) {
            headers.apply(d);
        } else {
            bodies.apply(d);
        }
        return d.request();
    }

    private Draft valid(Operation op) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : op.pathParams().entrySet()) {
            String name = knownName(op.path(), p.getKey());
            pathValues.put(p.getKey(), encode(values.value(name, p.getValue(), 0).asText()));
        }
        Draft d = new Draft(op, pathValues);
        for (Map.Entry<String, JsonNode> q : op.queryParams().entrySet()) {
            if (random.nextInt(3) == 0) {
                String value = values.value(q.getKey(), q.getValue(), 0).asText();
                d.query.add(q.getKey() + "=" + encode(value));
            }
        }
        if (op.security() == Security.ADMIN) {
            d.header("Authorization", "Bearer " + fixture.adminToken);
            d.keyKind = "admin";
        } else if (op.security() == Security.SECRET_OR_PUBLISHABLE && random.nextBoolean()) {
            d.header("Authorization", "Bearer " + fixture.home.publishableKey());
            d.keyKind = "publishable";
        } else if (op.security() != Security.NONE) {
            d.header("Authorization", "Bearer " + fixture.home.secretKey());
        }
        if (op.takesBody() && (op.bodyRequired() || random.nextBoolean())) {
            d.header("Content-Type", "application/json");
            JsonNode body = values.value(op.bodySchema());
            d.body = EngineJson.write(body).getBytes(StandardCharsets.UTF_8);
        }
        return d;
    }

    /** The {@link FuzzFixture#known} name of a path parameter, which depends on its route. */
    private static String knownName(String path, String param) {
        return switch (param) {
            case "name" -> path.contains("/nodes/") ? "nodeName" : "transitionName";
            case "slug" -> path.startsWith("/v1/surveys") ? "surveySlug" : "templateSlug";
            default -> param;
        };
    }

    /** Percent-encodes all but RFC 3986's unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
