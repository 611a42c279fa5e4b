package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.api.MinimalJourneyResponse;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * Reads response bodies into the model's and the client's types. The engine answers lists as {@code
 * {"items": [...]}} (room for paging fields later); a bare array is read too. Thread-safe.
 */
public final class Decoder {
    /** What a partial result is built on: no nodes, no transitions, no stats. */
    private static final Journey NOTHING =
            new Journey(null, null, null, 0, null, null, null, null, null, null, null, null, null);

    private final ObjectMapper json;

    Decoder(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(ApiResponse response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw Transport.unreadable(response, e);
        }
    }

    public JsonNode tree(ApiResponse response) {
        if (response.isEmpty()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw Transport.unreadable(response, e);
        }
    }

    public <T> T convert(ApiResponse response, JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw Transport.unreadable(response, e);
        }
    }

    /** A list answer: {@code {"items": [...]}} (or a bare array). */
    public <T> List<T> list(ApiResponse response, Class<T> element) {
        return list(response, element, "items");
    }

    /** A list in the field {@code field} of the answer (or a bare array). */
    public <T> List<T> list(ApiResponse response, Class<T> element, String field) {
        JsonNode root = tree(response);
        JsonNode array = root.isArray() ? root : root.get(field);
        if (array == null || !array.isArray()) {
            throw Transport.unreadable(
                    response,
                    new IOException(
                            "expected {\"" + field + "\": [...]}, got " + shape(root, field)));
        }
        JavaType type = json.getTypeFactory().constructCollectionType(List.class, element);
        try {
            return List.copyOf(json.<List<T>>treeToValue(array, type));
        } catch (IOException | IllegalArgumentException e) {
            throw Transport.unreadable(response, e);
        }
    }

    /**
     * A journey answer to a call made with {@code options}: a minimal one ({@code
     * Preference-Applied: return=minimal}) is applied to the options' basis, or read as a partial
     * result without one; any other is read whole.
     */
    public JourneyResult journey(ApiResponse response, RequestOptions options) {
        String applied = response.header("Preference-Applied");
        boolean minimalSaid = applied != null && applied.contains("return=minimal");
        if (!minimalSaid && !options.prefersMinimal()) {
            return journey(response);
        }
        JsonNode tree = tree(response);
        // A replay of a keyed call answers the first call's body without Preference-Applied.
        if (!minimalSaid && !tree.has("change")) {
            return journey(response, convert(response, tree, JourneyResponse.class));
        }
        MinimalJourneyResponse minimal = convert(response, tree, MinimalJourneyResponse.class);
        if (minimal.journey() == null) {
            throw Transport.unreadable(response, new IOException("no 'journey' in the answer"));
        }
        long version = Etags.version(response.header("ETag"), minimal.journey().version());
        return options.basis()
                .map(basis -> new JourneyResult(minimal.applyTo(basis), version))
                .orElseGet(() -> new JourneyResult(minimal.applyTo(NOTHING), version, true));
    }

    /** A journey answer: the body, and the version of its {@code ETag} (else the journey's). */
    public JourneyResult journey(ApiResponse response) {
        return journey(response, read(response, JourneyResponse.class));
    }

    private static JourneyResult journey(ApiResponse response, JourneyResponse body) {
        if (body.journey() == null) {
            throw Transport.unreadable(response, new IOException("no 'journey' in the answer"));
        }
        long version = Etags.version(response.header("ETag"), body.journey().version());
        return new JourneyResult(body, version);
    }

    private static String shape(JsonNode root, String field) {
        return root.isObject()
                ? "an object with "
                        + (root.has(field) ? "a non-array '" + field + "'" : "no '" + field + "'")
                : root.getNodeType().toString();
    }
}
