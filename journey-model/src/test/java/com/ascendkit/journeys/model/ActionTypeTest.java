package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionTypeTest {

    /** One action of each type; exhaustive, so a new type must add its sample here. */
    private static Action sample(ActionType type) {
        return switch (type) {
            case SEND_EMAIL -> new Action.SendEmail("welcome-email");
            case TAG_USER -> new Action.TagUser("trial-user");
            case ADVANCE_STAGE -> new Action.AdvanceStage("onboarding");
            case NONE -> Action.none();
        };
    }

    @ParameterizedTest
    @EnumSource(ActionType.class)
    void roundTripsThroughJsonAsItsWireName(ActionType type) {
        String json = TestJson.write(type);

        assertThat(json).isEqualTo("\"" + type.wireName() + "\"");
        assertThat(TestJson.read(json, ActionType.class)).isEqualTo(type);
        assertThat(ActionType.parse(type.wireName())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(ActionType.class)
    void anActionOfTheTypeCarriesItsWireNameAsItsJsonType(ActionType type) throws Exception {
        Action action = sample(type);
        String json = TestJson.write(action);

        assertThat(action.type()).isEqualTo(type);
        assertThat(action.typeName()).isEqualTo(type.wireName());
        assertThat(TestJson.mapper().readTree(json).get("type").asText())
                .isEqualTo(type.wireName());
        assertThat(TestJson.read(json, Action.class)).isEqualTo(action);
    }

    @Test
    void theJsonSubTypeNamesAreTheWireNames() {
        JsonSubTypes subTypes = Action.class.getAnnotation(JsonSubTypes.class);

        assertThat(Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name))
                .containsExactlyElementsOf(ActionType.wireNames());
        for (JsonSubTypes.Type sub : subTypes.value()) {
            ActionType type = ActionType.parse(sub.name());
            assertThat(sub.value()).isEqualTo(sample(type).getClass());
        }
    }

    @Test
    void refusesAnUnknownNameListingTheAllowedOnes() {
        assertThat(ActionType.find("send_sms")).isEmpty();
        assertThat(ActionType.find(null)).isEmpty();
        assertThatThrownBy(() -> ActionType.parse("send_sms"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "unknown action type 'send_sms': use send_email, tag_user, advance_stage"
                                + " or none");
        assertThat(ActionType.choices()).isEqualTo("send_email, tag_user, advance_stage or none");
    }
}
