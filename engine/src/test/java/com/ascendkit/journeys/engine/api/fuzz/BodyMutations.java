package com.ascendkit.journeys.engine.api.fuzz;

import static com.ascendkit.journeys.engine.api.fuzz.RequestFactory.pick;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a valid body: wrong types, missing required and unknown fields, huge strings, deep
 * nesting, invalid UTF-8, trailing garbage, duplicate keys, and bodies that are no JSON object at
 * all.
 */
final class BodyMutations {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OpenApiDocument doc;
    private final Random random;

    BodyMutations(OpenApiDocument doc, Random random) {
        this.doc = doc;
        this.random = random;
    }

    void apply(Draft d) {
        if (d.body == null) {
            d.header("Content-Type", "application/json");
            d.body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode body = parse(d.body);
        JsonNode schema = object(d.operation.bodySchema());
        switch (random.nextInt(14)) {
            case 0 -> wrongType(d, body, schema);
            case 1 -> missingRequired(d, body, schema);
            case 2 -> {
                body.put("fuzzUnknown", 1);
                set(
                        d,
                        body,
                        "body: unknown field",
                        schema.path("additionalProperties").isBoolean());
            }
            case 3 -> hugeString(d, body, schema);
            case 4 -> {
                d.body =
                        concat("{\"properties\":" + "[".repeat(100_000), "]".repeat(100_000) + "}");
                d.mutated("body: deep nesting (100k)", false);
            }
            case 5 -> {
                int depth = pick(random, List.of(200, 2_000));
                body.set("properties", null);
                String nested = "{\"x\":".repeat(depth) + "1" + "}".repeat(depth);
                String text =
                        EngineJson.write(body)
                                .replace("\"properties\":null", "\"properties\":" + nested);
                d.body = bytes(text);
                d.mutated("body: deep nesting (" + depth + ")", false);
            }
            case 6 -> invalidUtf8(d);
            case 13 -> controlChars(d, body, schema);
            case 12 -> {
                // RFC 8259 lets a parser ignore a byte order mark, so either answer is right
                d.body = concat("\uFEFF", EngineJson.write(body));
                d.mutated("body: byte order mark", false);
            }
            case 7 -> {
                d.body =
                        concat(
                                new String(d.body, StandardCharsets.UTF_8),
                                pick(random, List.of("xyz", "{}", "]", "\u0000", ",")));
                d.mutated("body: trailing garbage", true);
            }
            case 8 -> {
                d.body = bytes(pick(random, List.of("null", "[]", "42", "\"s\"", "true", "[{}]")));
                d.mutated("body: not an object", true);
            }
            case 9 -> {
                d.body = new byte[0];
                d.mutated("body: empty", d.operation.bodyRequired());
            }
            case 10 -> {
                String text = EngineJson.write(body);
                String dup =
                        text.equals("{}")
                                ? "{\"a\":1,\"a\":2}"
                                : "{\"fuzz\":1,\"fuzz\":1," + text.substring(1);
                d.body = bytes(dup);
                d.mutated("body: duplicate key", true);
            }
            default -> {
                d.body =
                        bytes(
                                pick(
                                        random,
                                        List.of(
                                                "{name: 'x'}",
                                                "<x/>",
                                                "a=b&c=d",
                                                "{\"a\":1 /* c */}",
                                                "{\"a\":NaN}")));
                d.mutated("body: not JSON", true);
            }
        }
    }

    private void wrongType(Draft d, ObjectNode body, JsonNode schema) {
        List<String> typed = new ArrayList<>();
        schema.path("properties")
                .properties()
                .forEach(
                        p -> {
                            if (typeOf(p.getValue()) != null) {
                                typed.add(p.getKey());
                            }
                        });
        if (typed.isEmpty()) {
            body.put("fuzzUnknown", 1);
            set(d, body, "body: unknown field", schema.path("additionalProperties").isBoolean());
            return;
        }
        String field = pick(random, typed);
        String type = typeOf(schema.path("properties").get(field));
        JsonNode wrong =
                switch (type) {
                    case "string" ->
                            pick(
                                    random,
                                    List.of(
                                            JSON.numberNode(7),
                                            JSON.booleanNode(true),
                                            JSON.arrayNode(),
                                            JSON.objectNode()));
                    case "object" ->
                            pick(
                                    random,
                                    List.of(
                                            JSON.textNode("x"),
                                            JSON.numberNode(7),
                                            JSON.arrayNode()));
                    case "array" -> pick(random, List.of(JSON.textNode("x"), JSON.objectNode()));
                    default ->
                            pick(
                                    random,
                                    List.of(
                                            JSON.textNode("7"),
                                            JSON.arrayNode(),
                                            JSON.objectNode()));
                };
        body.set(field, wrong);
        set(d, body, "body: wrong type (" + type + ")", true);
    }

    private void missingRequired(Draft d, ObjectNode body, JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (required.isEmpty()) {
            body.removeAll();
            set(d, body, "body: empty object", false);
            return;
        }
        body.remove(pick(random, required));
        set(d, body, "body: missing required", true);
    }

    private void hugeString(Draft d, ObjectNode body, JsonNode schema) {
        boolean over = random.nextInt(3) == 0;
        String value = "x".repeat(over ? 1_100_000 : 300_000);
        List<String> strings = new ArrayList<>();
        schema.path("properties")
                .properties()
                .forEach(
                        p -> {
                            if ("string".equals(typeOf(p.getValue()))) {
                                strings.add(p.getKey());
                            }
                        });
        body.put(strings.isEmpty() ? "fuzzHuge" : pick(random, strings), value);
        set(d, body, over ? "body: over 1 MiB" : "body: huge string (300 KB)", over);
    }

    /** NUL and other control characters, escaped, in a string field: valid JSON. */
    private void controlChars(Draft d, ObjectNode body, JsonNode schema) {
        List<String> strings = new ArrayList<>();
        schema.path("properties")
                .properties()
                .forEach(
                        p -> {
                            if ("string".equals(typeOf(p.getValue()))) {
                                strings.add(p.getKey());
                            }
                        });
        if (strings.isEmpty()) {
            body.put("fuzz", "a\u0000b");
            set(d, body, "body: NUL in a string", false);
            return;
        }
        body.put(
                pick(random, strings),
                pick(random, List.of("a\u0000b", "\u0000", "a\u0001\u001fb")));
        set(d, body, "body: control chars in a string", false);
    }

    private void invalidUtf8(Draft d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bad =
                pick(
                        random,
                        List.of(
                                new byte[] {(byte) 0xC3, 0x28},
                                new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                new byte[] {(byte) 0xC0, (byte) 0xAF}));
        out.writeBytes(bytes("{\"fuzz\": \"a"));
        out.writeBytes(bad);
        out.writeBytes(bytes("b\"}"));
        d.body = out.toByteArray();
        d.mutated("body: invalid UTF-8", true);
    }

    /** The schema's declared JSON type, through {@code $ref} and {@code allOf}; null if none. */
    private String typeOf(JsonNode schemaOrRef) {
        JsonNode s = doc.resolve(schemaOrRef);
        if (s.has("allOf")) {
            return typeOf(s.get("allOf").get(0));
        }
        if (s.has("type") && !s.path("nullable").asBoolean(false)) {
            return s.get("type").asText();
        }
        return null;
    }

    private JsonNode object(JsonNode schema) {
        JsonNode s = doc.resolve(schema);
        return s.has("allOf") ? object(s.get("allOf").get(0)) : s;
    }

    private static void set(Draft d, ObjectNode body, String kind, boolean refuse) {
        d.body = bytes(EngineJson.write(body));
        d.mutated(kind, refuse);
    }

    private static ObjectNode parse(byte[] body) {
        try {
            JsonNode n = EngineJson.mapper().readTree(body);
            return n instanceof ObjectNode o ? o : JSON.objectNode();
        } catch (java.io.IOException e) {
            return JSON.objectNode();
        }
    }

    private static byte[] concat(String a, String b) {
        return bytes(a + b);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
