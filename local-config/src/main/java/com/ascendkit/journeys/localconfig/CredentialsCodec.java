package com.ascendkit.journeys.localconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The one reader and writer of the credentials file's JSON ({@link CredentialsDocument}). Reading
 * is strict about types (a key that is not a string is an error naming the field) and ignores
 * fields it does not know, so a newer file still reads. Stateless; thread-safe.
 */
public final class CredentialsCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CredentialsCodec() {}

    /** Parses the file's text; {@code path} only names it in messages. */
    public static CredentialsDocument parse(Path path, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the file, keys included: give the place only.
            throw new CredentialsFormatException(
                    "credentials file "
                            + path
                            + " is not valid JSON (line "
                            + e.getLocation().getLineNr()
                            + ", column "
                            + e.getLocation().getColumnNr()
                            + ")");
        }
        if (root == null || !root.isObject()) {
            throw new CredentialsFormatException(
                    "credentials file " + path + " must hold a JSON object");
        }
        JsonNode environments = root.path("environments");
        if (!environments.isMissingNode() && !environments.isObject()) {
            throw new CredentialsFormatException(
                    "credentials file " + path + ": 'environments' must be an object");
        }
        Map<String, CredentialsDocument.EnvironmentKeys> named = new LinkedHashMap<>();
        for (Entry<String, JsonNode> e : environments.properties()) {
            if (!e.getValue().isObject()) {
                throw new CredentialsFormatException(
                        "credentials file "
                                + path
                                + ": 'environments."
                                + e.getKey()
                                + "' must be an object");
            }
            named.put(
                    e.getKey(),
                    new CredentialsDocument.EnvironmentKeys(
                            text(path, e.getValue(), "url"),
                            text(path, e.getValue(), "secretKey"),
                            text(path, e.getValue(), "publishableKey")));
        }
        return new CredentialsDocument(
                text(path, root, "url"),
                text(path, root, "environment"),
                text(path, root, "secretKey"),
                text(path, root, "publishableKey"),
                named,
                text(path, root, "adminToken"));
    }

    /** The file's text: indented, absent values left out, a newline at the end. */
    public static String format(CredentialsDocument d) {
        ObjectNode root = MAPPER.createObjectNode();
        put(root, "url", d.url());
        put(root, "environment", d.environment());
        put(root, "secretKey", d.secretKey());
        put(root, "publishableKey", d.publishableKey());
        ObjectNode environments = root.putObject("environments");
        d.environments()
                .forEach(
                        (name, keys) -> {
                            ObjectNode entry = environments.putObject(name);
                            put(entry, "url", keys.url());
                            put(entry, "secretKey", keys.secretKey());
                            put(entry, "publishableKey", keys.publishableKey());
                        });
        put(root, "adminToken", d.adminToken());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serializes", e);
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(Path path, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new CredentialsFormatException(
                    "credentials file " + path + ": '" + field + "' must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
