package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input the contract ({@code docs/openapi.yaml}) names: a 4xx whose error names
 * the field and quotes the value, and the stored journey (version and definition) unchanged
 * afterwards.
 */
public abstract class BadInputContractTest extends EngineTestBase {

    /**
     * Sends a bad request at a fresh wired journey and checks it is refused and changes nothing.
     */
    private ApiClient.Response refused(
            int status, String method, String pathUnderJourney, String body) {
        String id = createWiredJourney();
        JsonNode before = stored(id);
        ApiClient.Response r = api.send(method, journey(id) + pathUnderJourney, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("error").get("message").asText()).isNotBlank();
        assertThat(r.text()).doesNotContain("Exception", "\tat ");
        assertThat(stored(id)).isEqualTo(before);
        return r;
    }

    @Test
    void rejectsAnUnknownActionType() {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/nodes",
                        "{\"name\": \"x\", \"action\": {\"type\": \"send_sms\"}}");
        assertThat(r.errorField()).isEqualTo("action.type");
        assertThat(r.errorMessage()).contains("'send_sms'");
    }

    @Test
    void rejectsSendEmailWithoutTemplateSlug() {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/nodes",
                        "{\"name\": \"x\", \"action\": {\"type\": \"send_email\"}}");
        assertThat(r.errorField()).isEqualTo("action.templateSlug");
        assertThat(r.errorMessage()).contains("templateSlug");
    }

    @Test
    void namesTheFullPathOfAFieldInsidePatchNodes() {
        ApiClient.Response r =
                refused(
                        400,
                        "PATCH",
                        "",
                        "{\"nodes\": {\"welcome\": {\"action\": {\"type\": \"send_email\"}}}}");
        assertThat(r.errorField()).isEqualTo("nodes.welcome.action.templateSlug");
    }

    @Test
    void rejectsTagUserWithoutTagName() {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/nodes",
                        "{\"name\": \"x\", \"action\": {\"type\": \"tag_user\"}}");
        assertThat(r.errorField()).isEqualTo("action.tagName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2x", "-1d", "0", "99999w", "1.5h", "1d12h", ""})
    void rejectsBadDurations(String delay) {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/transitions",
                        "{\"from\": \"welcome\", \"to\": \"done\", \"trigger\": {\"type\": \"timer\","
                                + " \"delay\": \""
                                + delay
                                + "\"}}");
        assertThat(r.errorField()).isEqualTo("trigger.delay");
        assertThat(r.errorMessage()).contains("'" + delay + "'");
    }

    @Test
    void rejectsABadDurationInATransitionUpdate() {
        ApiClient.Response r =
                refused(
                        400,
                        "PATCH",
                        "/transitions/welcome-to-nudge",
                        "{\"trigger\": {\"type\": \"timer\", \"delay\": \"2x\"}}");
        assertThat(r.errorField()).isEqualTo("trigger.delay");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bad name",
                "-leading",
                "x/y",
                "a2345678901234567890123456789012345678901234567890123456789012345"
            })
    void rejectsBadNodeNames(String name) {
        ApiClient.Response r = refused(400, "POST", "/nodes", "{\"name\": \"" + name + "\"}");
        assertThat(r.errorField()).isEqualTo("name");
        // quoted whole up to 100 characters (QuotedValuesTest: longer ones are cut)
        assertThat(r.errorMessage()).contains("'" + name + "'");
    }

    @Test
    void rejectsABadNodeNameInARename() {
        ApiClient.Response r = refused(400, "PATCH", "/nodes/nudge", "{\"name\": \"bad name\"}");
        assertThat(r.errorField()).isEqualTo("name");
    }

    @Test
    void rejectsABadTransitionName() {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/transitions",
                        "{\"name\": \"bad name\", \"from\": \"welcome\", \"to\": \"done\","
                                + " \"trigger\": {\"type\": \"event\", \"event\": \"user.login\"}}");
        assertThat(r.errorField()).isEqualTo("name");
        assertThat(r.errorMessage()).contains("'bad name'");
    }

    @Test
    void rejectsATransitionToAnUnknownNode() {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/transitions",
                        "{\"from\": \"welcome\", \"to\": \"nowhere\", \"trigger\": {\"type\":"
                                + " \"event\", \"event\": \"user.login\"}}");
        assertThat(r.errorMessage()).isEqualTo("unknown node 'nowhere' in 'to'");
        assertThat(r.errorField()).isEqualTo("to");
    }

    @Test
    void rejectsATransitionFromAnUnknownNode() {
        ApiClient.Response r =
                refused(400, "PATCH", "/transitions/welcome-to-done", "{\"from\": \"nowhere\"}");
        assertThat(r.errorMessage()).isEqualTo("unknown node 'nowhere' in 'from'");
    }

    @Test
    void refusesADuplicateNodeName() {
        ApiClient.Response r = refused(409, "POST", "/nodes", "{\"name\": \"nudge\"}");
        assertThat(r.errorCode()).isEqualTo("conflict");
        assertThat(r.errorMessage()).contains("'nudge'");
    }

    @Test
    void refusesRenamingANodeToATakenName() {
        ApiClient.Response r = refused(409, "PATCH", "/nodes/nudge", "{\"name\": \"done\"}");
        assertThat(r.errorCode()).isEqualTo("conflict");
    }

    @Test
    void refusesADuplicateTransitionName() {
        ApiClient.Response r =
                refused(
                        409,
                        "POST",
                        "/transitions",
                        "{\"name\": \"welcome-to-done\", \"from\": \"nudge\", \"to\": \"done\","
                                + " \"trigger\": {\"type\": \"event\", \"event\": \"user.login\"}}");
        assertThat(r.errorCode()).isEqualTo("conflict");
    }

    @Test
    void refusesEditsOfAnArchivedJourney() {
        String id = createWiredJourney();
        ok(api.post(journey(id) + "/archive", null));
        JsonNode before = stored(id);
        assertThat(api.post(nodes(id), "{\"name\": \"late\"}").status()).isEqualTo(409);
        assertThat(api.patch(journey(id), "{\"name\": \"Renamed\"}").status()).isEqualTo(409);
        assertThat(api.patch(nodes(id) + "/nudge", "{\"terminal\": true}").status()).isEqualTo(409);
        assertThat(api.delete(nodes(id) + "/nudge").status()).isEqualTo(409);
        assertThat(
                        api.post(
                                        transitions(id),
                                        "{\"from\": \"nudge\", \"to\": \"done\", \"trigger\":"
                                                + " {\"type\": \"event\", \"event\": \"user.login\"}}")
                                .status())
                .isEqualTo(409);
        assertThat(api.delete(transitions(id) + "/welcome-to-done").status()).isEqualTo(409);
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void rejectsNestedEntryConditions() {
        ApiClient.Response r =
                refused(400, "PATCH", "", "{\"entryConditions\": {\"plan\": {\"tier\": \"pro\"}}}");
        assertThat(r.errorField()).isEqualTo("entryConditions.plan");
    }

    @Test
    void rejectsEntryConditionsThatAreNotAnObject() {
        ApiClient.Response r = refused(400, "PATCH", "", "{\"entryConditions\": [\"pro\"]}");
        assertThat(r.errorField()).isEqualTo("entryConditions");
    }

    @Test
    void rejectsAnEventFilterWithAList() {
        ApiClient.Response r =
                refused(
                        400,
                        "POST",
                        "/transitions",
                        "{\"from\": \"nudge\", \"to\": \"done\", \"trigger\": {\"type\": \"event\","
                                + " \"event\": \"app.upgraded_plan\", \"eventFilter\": {\"plan\":"
                                + " [\"pro\"]}}}");
        assertThat(r.errorField()).isEqualTo("trigger.eventFilter.plan");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        ApiClient.Response r = refused(400, "PATCH", "", "{\"name\": ");
        assertThat(r.errorCode()).isEqualTo("invalid_request");
        assertThat(r.errorMessage()).contains("not valid JSON");
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        ApiClient.Response r = refused(400, "PATCH", "", "[1, 2]");
        assertThat(r.errorMessage()).contains("must be a JSON object");
    }

    @Test
    void rejectsTrailingTextAfterTheJson() {
        refused(400, "PATCH", "", "{\"name\": \"a\"} {\"name\": \"b\"}");
    }

    @Test
    void rejectsDuplicateKeys() {
        ApiClient.Response r = refused(400, "PATCH", "", "{\"name\": \"a\", \"name\": \"b\"}");
        assertThat(r.errorMessage()).contains("name");
    }

    @Test
    void refusesABodyOverTheRoutesLimit() {
        int max = BodyLimits.of("PATCH", "/v1/journeys/{id}");
        String big = "{\"name\": \"" + "a".repeat(max) + "\"}";
        ApiClient.Response r = refused(413, "PATCH", "", big);
        assertThat(r.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void rejectsAWrongJsonTypeNamingTheField() {
        ApiClient.Response r = refused(400, "PATCH", "/nodes/done", "{\"terminal\": \"yes\"}");
        assertThat(r.errorField()).isEqualTo("terminal");
        assertThat(r.errorMessage()).contains("\"yes\"");
    }

    @Test
    void rejectsAnUnknownFieldNamingIt() {
        ApiClient.Response r =
                refused(400, "POST", "/nodes", "{\"name\": \"x\", \"colour\": \"red\"}");
        assertThat(r.errorField()).isEqualTo("colour");
        assertThat(r.errorMessage()).contains("'colour'");
    }

    @Test
    void rejectsAnUnknownFieldInsideAnAction() {
        ApiClient.Response r =
                refused(
                        400,
                        "PATCH",
                        "",
                        "{\"nodes\": {\"x\": {\"action\": {\"type\": \"tag_user\", \"tagName\":"
                                + " \"vip\", \"stageName\": \"pro\"}}}}");
        assertThat(r.errorField()).isEqualTo("nodes.x.action.stageName");
    }

    @Test
    void rejectsEmailIdOnANodeThatDoesNotSendEmail() {
        ApiClient.Response r =
                refused(400, "PATCH", "/nodes/done", "{\"emailId\": \"hello@yourapp.com\"}");
        assertThat(r.errorField()).isEqualTo("emailId");
    }

    @Test
    void rejectsAMalformedEmailId() {
        ApiClient.Response r =
                refused(400, "PATCH", "/nodes/nudge", "{\"emailId\": \"not-an-email\"}");
        assertThat(r.errorField()).isEqualTo("emailId");
        assertThat(r.errorMessage()).contains("'not-an-email'");
    }

    @Test
    void rejectsMovingUsersToAnUnknownNode() {
        ApiClient.Response r = refused(400, "DELETE", "/nodes/nudge?moveUsersTo=nowhere", null);
        assertThat(r.errorField()).isEqualTo("moveUsersTo");
        assertThat(r.errorMessage()).isEqualTo("unknown node 'nowhere' in 'moveUsersTo'");
    }

    @Test
    void rejectsMovingUsersToTheRemovedNodeItself() {
        ApiClient.Response r = refused(400, "DELETE", "/nodes/nudge?moveUsersTo=nudge", null);
        assertThat(r.errorField()).isEqualTo("moveUsersTo");
    }

    @Test
    void rejectsAnUnknownReEntryPolicy() {
        ApiClient.Response r = refused(400, "PATCH", "", "{\"reEntryPolicy\": \"sometimes\"}");
        assertThat(r.errorField()).isEqualTo("reEntryPolicy");
    }

    @Test
    void rejectsABlankJourneyName() {
        ApiClient.Response r = refused(400, "PATCH", "", "{\"name\": \"  \"}");
        assertThat(r.errorField()).isEqualTo("name");
    }

    @Test
    void rejectsAnInputToALifecycleCall() {
        ApiClient.Response r = refused(400, "POST", "/activate", "{\"now\": true}");
        assertThat(r.errorField()).isEqualTo("now");
    }

    @Test
    void rejectsAnUnknownNodeInTheUrl() {
        refused(404, "PATCH", "/nodes/ghost", "{\"terminal\": true}");
    }

    @Test
    void rejectsACreateWithoutEntryEvent() {
        ApiClient.Response r = api.post("/v1/journeys", "{\"name\": \"No entry\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("entryEvent");
    }
}
