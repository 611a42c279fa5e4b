package com.ascendkit.journeys.engine.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values valid against a schema of the contract. Where a property names something that exists (a
 * node in {@code from}, a template in {@code templateSlug}), an existing one is used most of the
 * time, so that valid bodies get past the existence checks and reach the deeper handling.
 */
final class ValueGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final OpenApiDocument doc;
    private final Random random;
    private final Map<String, List<String>> known;

    /** {@code known}: property or parameter name → values that exist in the engine now. */
    ValueGenerator(OpenApiDocument doc, Random random, Map<String, List<String>> known) {
        this.doc = doc;
        this.random = random;
        this.known = known;
    }

    JsonNode value(JsonNode schema) {
        return value("", schema, 0);
    }

    /** A value for a property or parameter called {@code name}. */
    JsonNode value(String name, JsonNode schemaOrRef, int depth) {
        JsonNode schema = doc.resolve(schemaOrRef);
        List<String> existing = known.getOrDefault(name, List.of());
        if (!existing.isEmpty() && random.nextInt(10) < 7) {
            return JSON.textNode(existing.get(random.nextInt(existing.size())));
        }
        if (schema.has("example") && random.nextInt(3) == 0) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        if (schema.has("allOf")) {
            return value(name, schema.get("allOf").get(0), depth);
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.has(alternatives) && !schema.has("properties")) {
                JsonNode options = schema.get(alternatives);
                return value(name, options.get(random.nextInt(options.size())), depth);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> JSON.numberNode(random.nextInt(2000) / 10.0 - 100);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(string(schema));
        };
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 100);
        return min + (long) (random.nextDouble() * (max - min));
    }

    private String string(JsonNode schema) {
        if (schema.has("pattern")) {
            return PatternStrings.generate(schema.get("pattern").asText(), random);
        }
        String format = schema.path("format").asText("");
        return switch (format) {
            case "email" -> "fuzz" + random.nextInt(1000) + "@example.com";
            case "date-time" -> "2026-03-0" + (1 + random.nextInt(9)) + "T09:00:00Z";
            case "uri" -> "https://example.com/s/" + random.nextInt(1000);
            default -> {
                int min = schema.path("minLength").asInt(1);
                int max = schema.path("maxLength").asInt(Math.max(min, 12));
                yield PatternStrings.generate(
                        "[a-z0-9]{" + min + "," + Math.min(max, min + 12) + "}", random);
            }
        };
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode out = JSON.arrayNode();
        int n = depth >= MAX_DEPTH ? 0 : random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(value("", schema.path("items"), depth + 1));
        }
        return out;
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode out = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        // "anyOf: [required: [html]], [required: [text]]": satisfy the first
        schema.path("anyOf").path(0).path("required").forEach(r -> required.add(r.asText()));
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            boolean include = required.contains(p.getKey()) || random.nextInt(3) == 0;
            if (include && (depth < MAX_DEPTH || required.contains(p.getKey()))) {
                out.set(p.getKey(), value(p.getKey(), p.getValue(), depth + 1));
            }
        }
        JsonNode extra = schema.path("additionalProperties");
        if (!schema.has("properties") && extra.isObject() && depth < MAX_DEPTH) {
            for (int i = random.nextInt(3); i > 0; i--) {
                out.set(PatternStrings.generate("[a-z]{1,8}", random), value("", extra, depth + 1));
            }
        }
        return out;
    }
}
