package com.ascendkit.journeys.engine.api.json;

import com.ascendkit.journeys.engine.api.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object of a request, read strictly: unknown fields and wrong types are refused with a 400
 * that names the field by its full path ({@code nodes.welcome.action.templateSlug}). Immutable view
 * of a parsed tree; not thread-safe only in that the tree must not be changed meanwhile.
 */
public final class JsonObject {
    private final ObjectNode node;
    private final String path;

    private JsonObject(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** {@code value} as an object found at {@code path} ("" for the request body itself). */
    public static JsonObject of(JsonNode value, String path) {
        if (value instanceof ObjectNode object) {
            return new JsonObject(object, path);
        }
        if (path.isEmpty()) {
            throw ApiException.invalid(
                    null, "the request body must be a JSON object, not " + Shown.of(value));
        }
        throw ApiException.invalid(
                path, "'" + path + "' must be a JSON object, not " + Shown.of(value));
    }

    /** The path of this object in the request ("" for the body). */
    public String path() {
        return path;
    }

    /** The full path of a field of this object. */
    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Refuses any field not in {@code allowed}: the contract's inputs are closed. */
    public JsonObject only(String... allowed) {
        Set<String> known = Set.of(allowed);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiException.invalid(
                        field(name),
                        "unknown field '"
                                + field(name)
                                + "'"
                                + (allowed.length == 0
                                        ? ": this object takes no fields"
                                        : ": expected one of " + String.join(", ", allowed)));
            }
        }
        return this;
    }

    /** Whether the field is present, even as {@code null}. */
    public boolean has(String name) {
        return node.has(name);
    }

    /** Whether the field is present with the value {@code null}. */
    public boolean isNull(String name) {
        return node.has(name) && node.get(name).isNull();
    }

    public boolean isEmpty() {
        return node.isEmpty();
    }

    /** The names of the fields, in request order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** This object's tree, to bind once it has been checked. */
    JsonNode tree() {
        return node;
    }

    /** The raw value of a field (null when absent). */
    public JsonNode raw(String name) {
        return node.get(name);
    }

    /** A string field; absent or null is empty. */
    public Optional<String> string(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw wrongType(name, "a string", v);
        }
        return Optional.of(v.textValue());
    }

    public String requiredString(String name) {
        return string(name)
                .orElseThrow(
                        () ->
                                ApiException.invalid(
                                        field(name), "'" + field(name) + "' is required"));
    }

    /** A boolean field; absent or null is empty. */
    public Optional<Boolean> bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw wrongType(name, "a boolean (true or false)", v);
        }
        return Optional.of(v.booleanValue());
    }

    /** A number field as a double; absent or null is empty. */
    public Optional<Double> number(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw wrongType(name, "a number", v);
        }
        return Optional.of(v.doubleValue());
    }

    /** An object field; absent or null is empty. */
    public Optional<JsonObject> object(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw wrongType(name, "a JSON object", v);
        }
        return Optional.of(new JsonObject((ObjectNode) v, field(name)));
    }

    public JsonObject requiredObject(String name) {
        return object(name)
                .orElseThrow(
                        () ->
                                ApiException.invalid(
                                        field(name), "'" + field(name) + "' is required"));
    }

    /** An array field's elements; absent or null is empty. */
    public Optional<List<JsonNode>> array(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isArray()) {
            throw wrongType(name, "a JSON array", v);
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return Optional.of(out);
    }

    /** Refuses an explicit {@code null} for a field that may be absent but not null. */
    public JsonObject notNull(String... names) {
        for (String name : names) {
            if (isNull(name)) {
                throw ApiException.invalid(
                        field(name), "'" + field(name) + "' cannot be null: leave it out");
            }
        }
        return this;
    }

    private ApiException wrongType(String name, String expected, JsonNode actual) {
        return ApiException.invalid(
                field(name),
                "'" + field(name) + "' must be " + expected + ", not " + Shown.of(actual));
    }
}
