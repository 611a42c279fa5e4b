package com.ascendkit.journeys.engine.api.fuzz;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fuzzed requests aim at: in one environment a wired journey (the target of every {@code
 * {id}}), a template, a survey, an identity and a user; and a second environment whose keys must
 * see none of it. {@link #replenish} puts back what accepted requests deleted, archived or renamed,
 * so that valid requests keep reaching existing things all run long.
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
        known.put("templateSlug", List.of("welcome-email"));
        known.put("surveySlug", List.of("nps"));
        known.put("email", List.of("hello@example.com"));
        known.put("userId", List.of("u1"));
        known.put("emailId", known.get("email"));
        known.put("fromIdentityEmail", known.get("email"));
    }

    /** Puts back the journey (when {@code journeyOnly}) or everything. */
    void replenish(boolean journeyOnly) {
        replenishJourney();
        if (journeyOnly) {
            return;
        }
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
    }

    /**
     * The target journey, made again when it is gone, archived, or lost its nodes or transitions.
     */
    private void replenishJourney() {
        List<String> ids = known.getOrDefault("id", List.of());
        JsonNode journey = ids.isEmpty() ? null : usable(ids.get(0));
        if (journey == null) {
            journey = wiredJourney();
        }
        List<String> nodes = new ArrayList<>();
        journey.path("nodes").fieldNames().forEachRemaining(nodes::add);
        List<String> transitions = new ArrayList<>();
        journey.path("transitions").forEach(t -> transitions.add(t.path("name").asText()));
        known.put("id", List.of(journey.path("id").asText()));
        known.put("nodeName", nodes);
        known.put("transitionName", transitions);
        for (String field : List.of("from", "to", "entryNode", "moveUsersTo")) {
            known.put(field, nodes);
        }
    }

    private JsonNode usable(String id) {
        ApiClient.Response r = api.get("/v1/journeys/" + id);
        if (r.status() != 200) {
            return null;
        }
        JsonNode journey = r.journey();
        boolean archived = journey.path("status").asText().equals("archived");
        return archived || journey.path("nodes").isEmpty() || journey.path("transitions").isEmpty()
                ? null
                : journey;
    }

    private JsonNode wiredJourney() {
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
        return ok(api.post(
                        "/v1/journeys/" + id + "/transitions",
                        "{\"from\": \"welcome\", \"to\": \"done\", \"trigger\": {\"type\":"
                                + " \"event\", \"event\": \"user.login\"}}"))
                .journey();
    }

    private static ApiClient.Response ok(ApiClient.Response r) {
        if (r.status() < 200 || r.status() > 299) {
            throw new AssertionError("setting up the fuzz fixture: " + r);
        }
        return r;
    }
}
