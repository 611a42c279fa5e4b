package com.ascendkit.journeys.engine.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fuzzer reads from {@code docs/openapi.yaml}: every operation with its parameters and
 * request body schema ({@code $ref}s resolved on demand), and the error codes with the status each
 * belongs to. The fuzzer's requests are generated from this, so a route added to the contract is
 * fuzzed without touching the test.
 */
final class OpenApiDocument {
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "options");

    /** "`not_found` (404" in the error code's description: which status a code belongs to. */
    private static final Pattern CODE_STATUS = Pattern.compile("`([a-z_]+)`\\s*\\((\\d{3})");

    /** How an operation is authorised, from its {@code security}. */
    enum Security {
        NONE,
        SECRET,
        SECRET_OR_PUBLISHABLE,
        ADMIN
    }

    /** A documented operation; parameter schemas and the body schema are resolved. */
    record Operation(
            String method,
            String path,
            Map<String, JsonNode> pathParams,
            Map<String, JsonNode> queryParams,
            JsonNode bodySchema,
            boolean bodyRequired,
            Security security) {
        boolean takesBody() {
            return bodySchema != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument load() {
        try {
            return new OpenApiDocument(
                    new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    out.add(operation(op.getKey(), path.getKey(), path.getValue(), op.getValue()));
                }
            }
        }
        return out;
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
        Map<String, JsonNode> pathParams = new LinkedHashMap<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        List<JsonNode> params = new ArrayList<>();
        pathItem.path("parameters").forEach(params::add);
        op.path("parameters").forEach(params::add);
        for (JsonNode p : params) {
            JsonNode param = resolve(p);
            String in = param.path("in").asText();
            JsonNode schema = resolve(param.path("schema"));
            if (in.equals("path")) {
                pathParams.put(param.path("name").asText(), schema);
            } else if (in.equals("query")) {
                queryParams.put(param.path("name").asText(), schema);
            }
        }
        JsonNode body = resolve(op.path("requestBody"));
        JsonNode bodySchema =
                body.isMissingNode()
                        ? null
                        : resolve(body.path("content").path("application/json").path("schema"));
        return new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                pathParams,
                queryParams,
                bodySchema,
                body.path("required").asBoolean(false),
                security(op));
    }

    private Security security(JsonNode op) {
        JsonNode sec = op.has("security") ? op.get("security") : root.path("security");
        if (sec.isEmpty()) {
            return Security.NONE;
        }
        String all = sec.toString();
        if (all.contains("adminToken")) {
            return Security.ADMIN;
        }
        return all.contains("publishableKey") ? Security.SECRET_OR_PUBLISHABLE : Security.SECRET;
    }

    /** The documented error codes, each with its status (from the code's description). */
    Map<String, Integer> errorCodes() {
        JsonNode code = resolve(schema("ErrorDetail")).path("properties").path("code");
        Map<String, Integer> statusOf = new LinkedHashMap<>();
        Matcher m = CODE_STATUS.matcher(code.path("description").asText());
        while (m.find()) {
            statusOf.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        code.path("enum").forEach(c -> out.put(c.asText(), statusOf.get(c.asText())));
        return out;
    }

    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** The node itself, or what its {@code $ref} (chain) points to. */
    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            JsonNode target = root;
            for (String part : n.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            n = target;
        }
        return n;
    }

    /** {@code docs/openapi.yaml} of the repository, found from the module's directory upwards. */
    private static Path file() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs").resolve("openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(
                "docs/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
