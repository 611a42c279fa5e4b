package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The journey, node and transition endpoints against the contract ({@code docs/openapi.yaml}), on a
 * real server and database.
 */
public abstract class JourneyApiContractTest extends EngineTestBase {

    @Test
    void buildsTheProductDocumentsOnboardingSequence() {
        ApiClient.Response created =
                api.post(
                        "/v1/journeys",
                        "{\"name\": \"Onboarding Flow\", \"entryEvent\": \"user.created\","
                                + " \"entryNode\": \"welcome_email\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).contains("\"1\"");
        JsonNode j = created.journey();
        String id = j.get("id").asText();
        assertThat(id).matches("jrn_[0-9A-Za-z]{12}");
        assertThat(j.get("status").asText()).isEqualTo("draft");
        assertThat(j.at("/nodes/welcome_email/action/type").asText()).isEqualTo("none");

        ApiClient.Response filled =
                api.post(
                        nodes(id),
                        "{\"name\": \"welcome_email\", \"action\": {\"type\": \"send_email\","
                                + " \"templateSlug\": \"welcome-email\"}}");
        assertThat(filled.status()).as(filled.toString()).isEqualTo(201);
        assertThat(filled.journey().at("/nodes/welcome_email/action/templateSlug").asText())
                .isEqualTo("welcome-email");
        assertThat(filled.journey().get("nodes").size()).isEqualTo(1);

        ok(
                api.post(
                        nodes(id),
                        "{\"name\": \"nudge_1\", \"action\": {\"type\": \"send_email\", \"templateSlug\": \"login-nudge\"}}"));
        ok(api.post(nodes(id), "{\"name\": \"done\", \"terminal\": true}"));
        ApiClient.Response timer =
                ok(
                        api.post(
                                transitions(id),
                                "{\"from\": \"welcome_email\", \"to\": \"nudge_1\","
                                        + " \"trigger\": {\"type\": \"timer\", \"delay\": \"2d\"}}"));
        ApiClient.Response login =
                ok(
                        api.post(
                                transitions(id),
                                "{\"from\": \"welcome_email\", \"to\": \"done\","
                                        + " \"trigger\": {\"type\": \"event\", \"event\": \"user.login\"}}"));
        assertThat(names(login.journey()))
                .containsExactly("welcome_email-to-nudge_1", "welcome_email-to-done");
        assertThat(timer.status()).isEqualTo(201);

        ApiClient.Response later =
                ok(
                        api.patch(
                                transitions(id) + "/welcome_email-to-nudge_1",
                                "{\"trigger\": {\"type\": \"timer\", \"delay\": \"3d\"}}"));
        assertThat(later.journey().at("/transitions/0/trigger/delay").asText()).isEqualTo("3d");

        ApiClient.Response renamed =
                ok(api.patch(nodes(id) + "/nudge_1", "{\"name\": \"nudge_first\"}"));
        JsonNode after = renamed.journey();
        assertThat(after.get("nodes").has("nudge_first")).isTrue();
        assertThat(after.get("nodes").has("nudge_1")).isFalse();
        assertThat(after.at("/transitions/0/to").asText()).isEqualTo("nudge_first");
        assertThat(after.at("/transitions/0/name").asText()).isEqualTo("welcome_email-to-nudge_1");
        assertThat(after.get("version").asLong()).isEqualTo(8);
        assertThat(renamed.header("ETag")).contains("\"8\"");
    }

    @Test
    void namesRepeatedTransitionsWithNumberedSuffixes() {
        String id = createWiredJourney();
        ApiClient.Response second =
                ok(
                        api.post(
                                transitions(id),
                                "{\"from\": \"welcome\", \"to\": \"done\","
                                        + " \"trigger\": {\"type\": \"event\", \"event\": \"app.skip\"}}"));
        ApiClient.Response third =
                ok(
                        api.post(
                                transitions(id),
                                "{\"from\": \"welcome\", \"to\": \"done\", \"trigger\": {\"type\":"
                                        + " \"event\", \"event\": \"app.skip2\"}}"));
        assertThat(names(second.journey())).contains("welcome-to-done-2");
        assertThat(names(third.journey())).contains("welcome-to-done-3");
    }

    @Test
    void keepsAnExplicitTransitionName() {
        String id = createWiredJourney();
        ApiClient.Response r =
                ok(
                        api.post(
                                transitions(id),
                                "{\"from\": \"nudge\", \"to\": \"done\", \"name\": \"login-success\","
                                        + " \"trigger\": {\"type\": \"event\", \"event\": \"user.login\"}}"));
        assertThat(names(r.journey())).contains("login-success");
    }

    @Test
    void fillsInTheEntryNodeOnlyWhileItIsUntouched() {
        String id = createJourney("welcome");
        ok(api.patch(nodes(id) + "/welcome", "{\"position\": {\"x\": 10, \"y\": 20}}"));
        ApiClient.Response r = api.post(nodes(id), "{\"name\": \"welcome\", \"terminal\": true}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("conflict");
    }

    @Test
    void emailIdWinsOverFromIdentityEmail() {
        String id = createJourney("welcome");
        ApiClient.Response r =
                ok(
                        api.post(
                                nodes(id),
                                "{\"name\": \"welcome\", \"emailId\": \"hello@yourapp.com\","
                                        + " \"action\": {\"type\": \"send_email\", \"templateSlug\":"
                                        + " \"welcome-email\", \"fromIdentityEmail\": \"other@yourapp.com\"}}"));
        assertThat(r.journey().at("/nodes/welcome/action/fromIdentityEmail").asText())
                .isEqualTo("hello@yourapp.com");
    }

    @Test
    void changingOnlyEmailIdKeepsTheAction() {
        String id = createJourney("welcome");
        ok(
                api.post(
                        nodes(id),
                        "{\"name\": \"welcome\", \"action\": {\"type\": \"send_email\", \"templateSlug\": \"welcome-email\", \"surveySlug\": \"onboarding-nps\"}}"));
        ApiClient.Response r =
                ok(api.patch(nodes(id) + "/welcome", "{\"emailId\": \"hello@yourapp.com\"}"));
        JsonNode action = r.journey().at("/nodes/welcome/action");
        assertThat(action.get("templateSlug").asText()).isEqualTo("welcome-email");
        assertThat(action.get("surveySlug").asText()).isEqualTo("onboarding-nps");
        assertThat(action.get("fromIdentityEmail").asText()).isEqualTo("hello@yourapp.com");
    }

    @Test
    void renamingTheEntryNodeMovesEntryNodeAndTellsTheRuntime() {
        String id = createWiredJourney();
        ApiClient.Response r = ok(api.patch(nodes(id) + "/welcome", "{\"name\": \"hello\"}"));
        assertThat(r.journey().get("entryNode").asText()).isEqualTo("hello");
        assertThat(r.journey().at("/transitions/1/from").asText()).isEqualTo("hello");
        assertThat(hooks.callsFor(id)).contains("nodeRenamed(" + id + ",welcome,hello)");
    }

    @Test
    void patchMergesNodesByNameAndReplacesTransitions() {
        String id = createWiredJourney();
        ApiClient.Response r =
                ok(
                        api.patch(
                                journey(id),
                                "{\"name\": \"Updated Onboarding\", \"nodes\": {\"nudge\": null,"
                                        + " \"tag\": {\"action\": {\"type\": \"tag_user\", \"tagName\":"
                                        + " \"vip\"}}}, \"transitions\": [{\"from\": \"welcome\","
                                        + " \"to\": \"tag\", \"trigger\": {\"type\": \"timer\","
                                        + " \"delay\": \"90\"}}, {\"from\": \"tag\", \"to\": \"done\","
                                        + " \"trigger\": {\"type\": \"timer\", \"delay\": \"1w\"}}]}"));
        JsonNode j = r.journey();
        assertThat(j.get("name").asText()).isEqualTo("Updated Onboarding");
        assertThat(fieldNames(j.get("nodes"))).containsExactly("welcome", "done", "tag");
        assertThat(names(j)).containsExactly("welcome-to-tag", "tag-to-done");
        assertThat(j.at("/transitions/0/trigger/delay").asText()).isEqualTo("90m");
        assertThat(j.at("/transitions/1/trigger/delay").asText()).isEqualTo("1w");
        assertThat(j.at("/nodes/welcome/action/templateSlug").asText()).isEqualTo("welcome-email");
    }

    @Test
    void patchRemovingANodeDropsItsTransitions() {
        String id = createWiredJourney();
        ApiClient.Response r = ok(api.patch(journey(id), "{\"nodes\": {\"done\": null}}"));
        assertThat(names(r.journey())).containsExactly("welcome-to-nudge");
        assertThat(hooks.callsFor(id)).contains("nodeRemoved(" + id + ",done,null,false)");
    }

    @Test
    void patchRefusesTransitionsToANodeItRemoves() {
        String id = createWiredJourney();
        JsonNode before = stored(id);
        ApiClient.Response r =
                api.patch(
                        journey(id),
                        "{\"nodes\": {\"done\": null}, \"transitions\": [{\"from\": \"welcome\","
                                + " \"to\": \"done\", \"trigger\": {\"type\": \"event\", \"event\":"
                                + " \"user.login\"}}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("transitions[0].to");
        assertThat(r.errorMessage()).isEqualTo("unknown node 'done' in 'transitions[0].to'");
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void removingANodeCascadesItsTransitions() {
        String id = createWiredJourney();
        ApiClient.Response r = ok(api.delete(nodes(id) + "/nudge"));
        assertThat(r.journey().get("nodes").has("nudge")).isFalse();
        assertThat(names(r.journey())).containsExactly("welcome-to-done");
    }

    @Test
    void refusesToRemoveANodeHoldingUsersSayingHowMany() {
        String id = createWiredJourney();
        hooks.usersIn(id, Map.of("nudge", 3L));
        JsonNode before = stored(id);
        ApiClient.Response r = api.delete(nodes(id) + "/nudge");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorMessage()).contains("'nudge' holds 3 users");
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void forceRemovesANodeHoldingUsersAndTheRuntimeExitsThem() {
        String id = createWiredJourney();
        hooks.usersIn(id, Map.of("nudge", 3L));
        ok(api.delete(nodes(id) + "/nudge?force=true"));
        assertThat(hooks.callsFor(id)).contains("nodeRemoved(" + id + ",nudge,null,true)");
    }

    @Test
    void movesUsersOfARemovedNodeToAnother() {
        String id = createWiredJourney();
        hooks.usersIn(id, Map.of("nudge", 2L));
        ok(api.delete(nodes(id) + "/nudge?moveUsersTo=done"));
        assertThat(hooks.callsFor(id)).contains("nodeRemoved(" + id + ",nudge,done,false)");
    }

    @Test
    void listsNodesWithTransitionCountsAndUsersHere() {
        String id = createWiredJourney();
        hooks.usersIn(id, Map.of("welcome", 5L));
        ApiClient.Response r = ok(api.get(nodes(id)));
        JsonNode items = r.json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("name").asText()).isEqualTo("welcome");
        assertThat(items.get(0).get("transitionsOut").asInt()).isEqualTo(2);
        assertThat(items.get(0).get("transitionsIn").asInt()).isZero();
        assertThat(items.get(0).get("usersHere").asLong()).isEqualTo(5);
        assertThat(items.get(2).get("terminal").asBoolean()).isTrue();
        assertThat(items.get(2).get("transitionsIn").asInt()).isEqualTo(1);
    }

    @Test
    void filtersTransitionsByFromAndTo() {
        String id = createWiredJourney();
        assertThat(ok(api.get(transitions(id) + "?from=welcome")).json().get("items")).hasSize(2);
        JsonNode toDone = ok(api.get(transitions(id) + "?to=done")).json().get("items");
        assertThat(toDone).hasSize(1);
        assertThat(toDone.get(0).get("name").asText()).isEqualTo("welcome-to-done");
        assertThat(ok(api.get(transitions(id) + "?from=nudge")).json().get("items")).isEmpty();
    }

    @Test
    void listsPartsWithTheJourneysVersionAsETagAndReadsEmptyQueryValuesAsAbsent() {
        String id = createWiredJourney();
        ApiClient.Response shown = ok(api.get("/v1/journeys/" + id));
        String etag = "\"" + shown.journey().get("version").asLong() + "\"";

        ApiClient.Response nodes = ok(api.get(nodes(id)));
        ApiClient.Response all = ok(api.get(transitions(id)));
        ApiClient.Response emptyFilters = ok(api.get(transitions(id) + "?from=&to="));

        assertThat(nodes.header("ETag")).contains(etag);
        assertThat(all.header("ETag")).contains(etag);
        assertThat(emptyFilters.header("ETag")).contains(etag);
        assertThat(emptyFilters.json().get("items")).isEqualTo(all.json().get("items"));
        ok(api.delete(nodes(id) + "/nudge?moveUsersTo="));
        assertThat(hooks.callsFor(id)).contains("nodeRemoved(" + id + ",nudge,null,false)");
    }

    @Test
    void removesATransitionByName() {
        String id = createWiredJourney();
        ApiClient.Response r = ok(api.delete(transitions(id) + "/welcome-to-nudge"));
        assertThat(names(r.journey())).containsExactly("welcome-to-done");
        assertThat(api.delete(transitions(id) + "/welcome-to-nudge").status()).isEqualTo(404);
    }

    @Test
    void movesThroughTheLifecycle() {
        String id = createWiredJourney();
        assertThat(api.post(journey(id) + "/pause", null).status()).isEqualTo(409);
        ApiClient.Response active = ok(api.post(journey(id) + "/activate", "{}"));
        assertThat(active.journey().get("status").asText()).isEqualTo("active");
        assertThat(active.json().get("warningsSuppressed").asBoolean()).isFalse();
        long version = active.journey().get("version").asLong();
        ApiClient.Response again = ok(api.post(journey(id) + "/activate", null));
        assertThat(again.journey().get("version").asLong()).isEqualTo(version);
        ApiClient.Response paused = ok(api.post(journey(id) + "/pause", null));
        assertThat(paused.journey().get("status").asText()).isEqualTo("paused");
        assertThat(paused.json().get("warningsSuppressed").asBoolean()).isTrue();
        ok(api.post(journey(id) + "/activate", null));
        ApiClient.Response archived = ok(api.post(journey(id) + "/archive", null));
        assertThat(archived.journey().get("status").asText()).isEqualTo("archived");
        assertThat(hooks.callsFor(id))
                .contains(
                        "statusChanged(" + id + ",draft->active)",
                        "statusChanged(" + id + ",active->paused)",
                        "statusChanged(" + id + ",active->archived)");
    }

    @Test
    void refusesToActivateAnArchivedJourney() {
        String id = createWiredJourney();
        ok(api.post(journey(id) + "/archive", null));
        ApiClient.Response r = api.post(journey(id) + "/activate", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorMessage()).contains("archived");
    }

    @Test
    void deletesAJourneyInAnyStatus() {
        String id = createWiredJourney();
        ok(api.post(journey(id) + "/archive", null));
        assertThat(api.delete(journey(id)).status()).isEqualTo(204);
        assertThat(api.get(journey(id)).status()).isEqualTo(404);
        assertThat(hooks.callsFor(id)).contains("journeyDeleted(" + id + ")");
    }

    @Test
    void listsJourneysWithCountsFilteredByStatus() {
        String draft = createWiredJourney();
        String active = createWiredJourney();
        ok(api.post(journey(active) + "/activate", null));
        JsonNode all = ok(api.get("/v1/journeys")).json().get("items");
        List<String> ids = new ArrayList<>();
        all.forEach(j -> ids.add(j.get("id").asText()));
        assertThat(ids).contains(draft, active);
        JsonNode actives = ok(api.get("/v1/journeys?status=active")).json().get("items");
        List<String> activeIds = new ArrayList<>();
        actives.forEach(j -> activeIds.add(j.get("id").asText()));
        assertThat(activeIds).contains(active).doesNotContain(draft);
        JsonNode row = actives.get(activeIds.indexOf(active));
        assertThat(row.get("nodeCount").asInt()).isEqualTo(3);
        assertThat(row.get("transitionCount").asInt()).isEqualTo(2);
        assertThat(row.get("entryEvent").asText()).isEqualTo("user.created");
        assertThat(row.get("stats").get("enrolled").asLong()).isZero();
    }

    @Test
    void rejectsAnUnknownStatusFilter() {
        ApiClient.Response r = api.get("/v1/journeys?status=running");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("status");
    }

    @Test
    void exportsAndImportsAJourneyRoundTrip() {
        String id = createWiredJourney();
        ok(
                api.patch(
                        journey(id),
                        "{\"entryConditions\": {\"provider\": \"credentials\"}, \"reEntryPolicy\": \"restart\"}"));
        ok(api.post(journey(id) + "/activate", null));
        ApiClient.Response exported = ok(api.get(journey(id) + "/export"));
        assertThat(exported.json().get("format").asText()).isEqualTo("journey/1");
        assertThat(exported.json().get("journey").has("id")).isFalse();

        ApiClient.Response imported = api.post("/v1/journeys/import", exported.text());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode copy = imported.journey();
        assertThat(copy.get("id").asText()).isNotEqualTo(id);
        assertThat(copy.get("status").asText()).isEqualTo("draft");
        ApiClient.Response reExported = ok(api.get(journey(copy.get("id").asText()) + "/export"));
        assertThat(reExported.json()).isEqualTo(exported.json());
    }

    @Test
    void validatesAnImportLikeAPatch() {
        ApiClient.Response r =
                api.post(
                        "/v1/journeys/import",
                        "{\"format\": \"journey/1\", \"journey\": {\"name\": \"X\", \"entryEvent\":"
                                + " \"user.created\", \"entryNode\": \"a\", \"nodes\": {\"a\": {}},"
                                + " \"transitions\": [{\"from\": \"a\", \"to\": \"nowhere\","
                                + " \"trigger\": {\"type\": \"timer\", \"delay\": \"2d\"}}]}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage())
                .isEqualTo("unknown node 'nowhere' in 'journey.transitions[0].to'");
    }

    @Test
    void rejectsAnImportOfAnotherFormat() {
        ApiClient.Response r =
                api.post("/v1/journeys/import", "{\"format\": \"journey/2\", \"journey\": {}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("format");
    }

    @Test
    void answersAJourneyWithWarningsEnvelopeAndETag() {
        String id = createWiredJourney();
        ApiClient.Response r = ok(api.get(journey(id)));
        assertThat(r.json().has("warnings")).isTrue();
        assertThat(r.json().get("warnings").isArray()).isTrue();
        assertThat(r.json().get("warningsSuppressed").asBoolean()).isTrue();
        assertThat(r.header("ETag")).contains("\"" + r.journey().get("version").asLong() + "\"");
    }

    static List<String> names(JsonNode journey) {
        List<String> out = new ArrayList<>();
        journey.get("transitions").forEach(t -> out.add(t.get("name").asText()));
        return out;
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
