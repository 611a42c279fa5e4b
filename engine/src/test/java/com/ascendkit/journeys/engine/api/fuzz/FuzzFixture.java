package com.ascendkit.journeys.engine.api.fuzz;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fuzzed requests aim at: an environment with journeys, nodes, transitions, templates,
 * surveys, an identity and users, and a second environment whose keys must see none of it. {@link
 * #replenish} puts back what accepted requests deleted and re-reads the names, so that valid
 * requests keep reaching existing things all run long.
 */
final class FuzzFixture {
    final IssuedKeys home;
    final IssuedKeys other;
    final String adminToken;
    private final ApiClient api;

    /** Property or parameter name → values that exist now in {@link #home}. */
    final Map<String, List<String>> known = new HashMap<>();

    FuzzFixture(String url, IssuedKeys home, IssuedKeys other, String adminToken) {
        this.home = home;
        this.other = other;
        this.adminToken = adminToken;
        this.api = new ApiClient(url, home.secretKey());
    }

    void replenish() {
        // One journey is the target of every {id}: its nodes and transitions are the names the
        // requests use. Made again when the requests deleted, archived or emptied it.
        String id = known.getOrDefault("id", List.of()).stream().findFirst().orElse(null);
        List<String> nodes = id == null ? List.of() : names(id, "nodes");
        List<String> transitions = id == null ? List.of() : names(id, "transitions");
        if (nodes.isEmpty() || transitions.isEmpty()) {
            id = wiredJourney();
            nodes = names(id, "nodes");
            transitions = names(id, "transitions");
        }
        known.put("id", List.of(id));
        known.put("nodeName", nodes);
        known.put("transitionName", transitions);
        ok(
                api.put(
                        "/v1/email/templates/welcome-email",
                        "{\"subject\": \"Hi {{name}}\", \"text\": \"Welcome\"}"));
        ok(api.put("/v1/surveys/nps", "{\"title\": \"NPS\", \"url\": \"https://example.com/s\"}"));
        ApiClient.Response identity =
                api.post("/v1/email/identities", "{\"email\": \"hello@example.com\"}");
        if (identity.status() != 409) {
            ok(identity);
        }
        ok(api.put("/v1/users/u1", "{\"email\": \"u1@example.com\", \"name\": \"Ada\"}"));
        known.put("templateSlug", items("/v1/email/templates", "slug"));
        known.put("surveySlug", items("/v1/surveys", "slug"));
        known.put("email", items("/v1/email/identities", "email"));
        known.put("userId", List.of("u1"));
        known.put("from", known.get("nodeName"));
        known.put("to", known.get("nodeName"));
        known.put("entryNode", known.get("nodeName"));
        known.put("moveUsersTo", known.get("nodeName"));
        known.put("emailId", known.get("email"));
        known.put("fromIdentityEmail", known.get("email"));
    }

    private String wiredJourney() {
        String id =
                ok(api.post(
                                "/v1/journeys",
                                "{\"name\": \"Fuzzed\", \"entryEvent\": \"user.created\","
                                        + " \"entryNode\": \"welcome\"}"))
                        .journey()
                        .get("id")
                        .asText();
        String nodes = "/v1/journeys/" + id + "/nodes";
        ok(
                api.post(
                        nodes,
                        "{\"name\": \"welcome\", \"action\": {\"type\": \"send_email\","
                                + " \"templateSlug\": \"welcome-email\"}}"));
        ok(api.post(nodes, "{\"name\": \"done\", \"terminal\": true}"));
        ok(
                api.post(
                        "/v1/journeys/" + id + "/transitions",
                        "{\"from\": \"welcome\", \"to\": \"done\", \"trigger\": {\"type\":"
                                + " \"event\", \"event\": \"user.login\"}}"));
        return id;
    }

    /** The names of the journey's nodes or transitions; none when it is gone or archived. */
    private List<String> names(String id, String what) {
        ApiClient.Response journey = api.get("/v1/journeys/" + id);
        if (journey.status() != 200
                || journey.journey().path("status").asText().equals("archived")) {
            return List.of();
        }
        return items("/v1/journeys/" + id + "/" + what, "name");
    }

    private List<String> items(String path, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : ok(api.get(path)).json().path("items")) {
            out.add(item.path(field).asText());
        }
        return out;
    }

    private static ApiClient.Response ok(ApiClient.Response r) {
        if (r.status() < 200 || r.status() > 299) {
            throw new AssertionError("setting up the fuzz fixture: " + r);
        }
        return r;
    }
}
