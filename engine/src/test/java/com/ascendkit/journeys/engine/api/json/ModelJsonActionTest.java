package com.ascendkit.journeys.engine.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelJsonActionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One action of each type; exhaustive, so a new type must add its sample here. */
    private static Action sample(ActionType type) {
        return switch (type) {
            case SEND_EMAIL -> new Action.SendEmail("welcome-email", "nps", null, null);
            case TAG_USER -> new Action.TagUser("trial-user");
            case ADVANCE_STAGE -> new Action.AdvanceStage("onboarding");
            case NONE -> Action.none();
        };
    }

    @ParameterizedTest
    @EnumSource(ActionType.class)
    void readsEveryActionTypeAsTheModelWritesIt(ActionType type) throws Exception {
        Action action = sample(type);
        JsonObject o = JsonObject.of(MAPPER.readTree(MAPPER.writeValueAsString(action)), "action");

        assertThat(ModelJson.action(o)).isEqualTo(action);
    }

    @Test
    void refusesAnUnknownTypeNamingTheFieldAndTheAllowedTypes() throws Exception {
        JsonObject o = JsonObject.of(MAPPER.readTree("{\"type\": \"send_sms\"}"), "nodes.a.action");

        assertThatThrownBy(() -> ModelJson.action(o))
                .isInstanceOf(ApiException.class)
                .hasMessage(
                        "unknown action type 'send_sms' in 'nodes.a.action.type': use send_email,"
                                + " tag_user, advance_stage or none")
                .extracting(e -> ((ApiException) e).field())
                .isEqualTo("nodes.a.action.type");
    }

    @Test
    void refusesANumberForAStringFieldRatherThanLetJacksonCoerceIt() throws Exception {
        JsonObject o =
                JsonObject.of(
                        MAPPER.readTree("{\"type\": \"send_email\", \"templateSlug\": 42}"),
                        "action");

        assertThatThrownBy(() -> ModelJson.action(o))
                .hasMessage("'action.templateSlug' must be a string, not 42");
    }

    @Test
    void refusesAFieldTheChosenTypeDoesNotHaveListingTheFieldsItHas() throws Exception {
        JsonObject o =
                JsonObject.of(
                        MAPPER.readTree("{\"type\": \"tag_user\", \"stageName\": \"x\"}"),
                        "action");

        assertThatThrownBy(() -> ModelJson.action(o))
                .hasMessage("unknown field 'action.stageName': expected one of type, tagName");
    }

    @Test
    void reportsTheModelsRefusalUnderTheActionsPath() throws Exception {
        JsonObject o = JsonObject.of(MAPPER.readTree("{\"type\": \"tag_user\"}"), "nodes.a.action");

        assertThatThrownBy(() -> ModelJson.action(o))
                .hasMessage("tag_user requires 'tagName'")
                .extracting(e -> ((ApiException) e).field())
                .isEqualTo("nodes.a.action.tagName");
    }
}
