package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.auth.AdminToken;
import com.ascendkit.journeys.engine.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/openapi.yaml} against the routes the engine serves, both ways: every served route is
 * documented, and every documented route is served; and each answers a request without a key as the
 * contract says (401, but 200 for health and 204 for the CORS preflight of track; the admin routes
 * take no key at all, so theirs is a 401 too).
 */
class OpenApiRoutesTest {
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "options");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir Path dir;

    /** A documented operation: its route and whether it belongs to the run-time. */
    private record Operation(ApiRoutes.Route route, boolean runtime) {}

    private static List<ApiRoutes.Route> servedRoutes() {
        return ApiRoutes.declared();
    }

    @Test
    void documentsEveryServedRoute() throws IOException {
        Set<ApiRoutes.Route> documented = routes(documented());

        assertThat(servedRoutes())
                .as("served routes missing from docs/openapi.yaml")
                .allSatisfy(r -> assertThat(documented).contains(r));
    }

    @Test
    void servesEveryDocumentedRoute() throws IOException {
        Set<ApiRoutes.Route> missing = routes(documented());
        missing.removeAll(Set.copyOf(servedRoutes()));

        assertThat(missing).as("documented but not served").isEmpty();
    }

    @Test
    void answersEveryServedDocumentedPathWithoutAKey() throws IOException {
        Set<ApiRoutes.Route> served = Set.copyOf(servedRoutes());
        // With an admin token, as the launcher starts it: without one the admin routes are 404.
        try (Engine engine =
                Engine.builder()
                        .database(TestDatabases.h2(dir))
                        .adminToken(AdminToken.newToken())
                        .port(0)
                        .build()
                        .start()) {
            ApiClient anonymous = new ApiClient(engine.url(), null);
            for (Operation op : documented()) {
                if (!served.contains(op.route())) {
                    continue; // the test above fails for it
                }
                ApiRoutes.Route r = op.route();
                String path = r.path().replaceAll("\\{[^}]+}", "probe");
                String body = r.method().equals("GET") || r.method().equals("DELETE") ? null : "{}";
                ApiClient.Response answer = anonymous.send(r.method(), path, body);
                int expected =
                        r.path().equals("/v1/health")
                                ? 200
                                : r.method().equals("OPTIONS") ? 204 : 401;
                assertThat(answer.status()).as(r + " without a key").isEqualTo(expected);
            }
        }
    }

    private static List<Operation> documented() throws IOException {
        JsonNode paths = YAML.readTree(Files.readString(openApiFile())).path("paths");
        assertThat(paths.isObject()).as("docs/openapi.yaml has paths").isTrue();
        List<Operation> out = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    ApiRoutes.Route route =
                            new ApiRoutes.Route(
                                    op.getKey().toUpperCase(Locale.ROOT), path.getKey());
                    out.add(new Operation(route, op.getValue().path("x-runtime").asBoolean(false)));
                }
            }
        }
        return out;
    }

    private static Set<ApiRoutes.Route> routes(List<Operation> ops) {
        return routes(ops.stream());
    }

    private static Set<ApiRoutes.Route> routes(java.util.stream.Stream<Operation> ops) {
        return ops.map(Operation::route).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code docs/openapi.yaml} of the repository, found from the module's directory upwards. */
    private static Path openApiFile() {
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
