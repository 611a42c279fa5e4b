package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionTest {

    @Test
    void requiresATemplateForSendEmail() {
        assertThatThrownBy(() -> new Action.SendEmail(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("send_email requires 'templateSlug'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("templateSlug");
    }

    @Test
    void rejectsABadSurveySlugNamingTheField() {
        assertThatThrownBy(() -> new Action.SendEmail("welcome-email", "n p s", null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid slug 'n p s' in 'surveySlug'");
    }

    @Test
    void rejectsABadSenderNamingTheField() {
        assertThatThrownBy(() -> new Action.SendEmail("welcome-email").withSender("hello"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid email address 'hello' in 'fromIdentityEmail'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("fromIdentityEmail");
    }

    @Test
    void requiresATagName() {
        assertThatThrownBy(() -> new Action.TagUser(""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("tag_user requires 'tagName'");
    }

    @Test
    void requiresAStageName() {
        assertThatThrownBy(() -> new Action.AdvanceStage(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("advance_stage requires 'stageName'");
    }

    @Test
    void dropsEmptyVariables() {
        assertThat(new Action.SendEmail("t", null, null, Map.of()).variables()).isNull();
    }

    @Test
    void namesItsTypeAndSummarisesItself() {
        assertThat(Action.TYPES).containsExactly("send_email", "tag_user", "advance_stage", "none");
        assertThat(new Action.SendEmail("welcome-email", "nps", null, null).summary())
                .isEqualTo("welcome-email + survey nps");
        assertThat(new Action.AdvanceStage("activated").typeName()).isEqualTo("advance_stage");
        assertThat(Action.none().typeName()).isEqualTo("none");
    }

    @Test
    void writesSendEmailWithOnlyTheFieldsSet() {
        assertThat(TestJson.write(new Action.SendEmail("welcome-email")))
                .isEqualTo("{\"type\":\"send_email\",\"templateSlug\":\"welcome-email\"}");
    }

    @Test
    void writesEveryKindWithItsType() {
        assertThat(TestJson.write(new Action.TagUser("vip")))
                .isEqualTo("{\"type\":\"tag_user\",\"tagName\":\"vip\"}");
        assertThat(TestJson.write(new Action.AdvanceStage("activated")))
                .isEqualTo("{\"type\":\"advance_stage\",\"stageName\":\"activated\"}");
        assertThat(TestJson.write(Action.none())).isEqualTo("{\"type\":\"none\"}");
    }

    @Test
    void roundTripsAFullSendEmail() {
        Action full =
                new Action.SendEmail(
                        "welcome-email", "nps", "hello@yourapp.com", Map.of("cta", "Start"));

        String json = TestJson.write(full);

        assertThat(json)
                .isEqualTo(
                        "{\"type\":\"send_email\",\"templateSlug\":\"welcome-email\","
                                + "\"surveySlug\":\"nps\",\"fromIdentityEmail\":\"hello@yourapp.com\","
                                + "\"variables\":{\"cta\":\"Start\"}}");
        assertThat(TestJson.read(json, Action.class)).isEqualTo(full);
    }

    @Test
    void readsEachKindByItsType() {
        assertThat(TestJson.read("{\"type\":\"tag_user\",\"tagName\":\"vip\"}", Action.class))
                .isEqualTo(new Action.TagUser("vip"));
        assertThat(TestJson.read("{\"type\":\"none\"}", Action.class)).isEqualTo(Action.none());
    }

    @Test
    void failsToReadASendEmailWithoutTemplateNamingTheField() {
        assertThatThrownBy(
                        () ->
                                TestJson.mapper()
                                        .readValue("{\"type\":\"send_email\"}", Action.class))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasRootCauseMessage("send_email requires 'templateSlug'");
    }
}
