package com.ascendkit.journeys.engine.api.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.api.runtime.RuntimeEngineTestBase;
import com.ascendkit.journeys.engine.runtime.RuntimeSettings;
import com.ascendkit.journeys.engine.runtime.email.SmtpConfig;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Email templates over HTTP as the editor's Templates view uses them: Liquid checked on save with
 * warnings, previews for a user and the sample profile, test sends through SMTP (GreenMail), the
 * journeys that send a template, and deleting one an active journey sends. Each test has its own
 * environment; subclassed per database.
 */
public abstract class TemplatesApiContractTest extends RuntimeEngineTestBase {
    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                    .withPerMethodLifecycle(false);

    @Override
    protected void configure(RuntimeSettings.Builder settings) {
        super.configure(settings);
        settings.smtp(SmtpConfig.plain("127.0.0.1", MAIL.getSmtp().getPort()))
                .defaultSender("hello@journeys.example", "Journeys");
    }

    @BeforeEach
    void freshEnvironmentAndMailbox() throws Exception {
        newEnvironment();
        MAIL.purgeEmailFromAllMailboxes();
    }

    private static String json(Object value) {
        return EngineJson.write(value);
    }

    private ApiClient.Response putTemplate(String slug, Map<String, String> template) {
        return api.put("/v1/email/templates/" + slug, json(template));
    }

    private ApiClient.Response preview(Map<String, String> template, String userId) {
        Map<String, Object> body = new HashMap<>();
        body.put("template", template);
        if (userId != null) {
            body.put("userId", userId);
        }
        return api.post("/v1/email/templates/preview", json(body));
    }

    @Test
    void refusesATemplateWithALiquidErrorNamingThePartLineAndColumn() {
        ApiClient.Response r =
                putTemplate(
                        "welcome",
                        Map.of("subject", "Hi", "html", "<p>Hello</p>\n<p>{{ name | }}</p>"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("invalid_request");
        assertThat(r.errorField()).isEqualTo("html");
        assertThat(r.errorMessage())
                .startsWith("the HTML body is not valid Liquid on line 2, column 4: ");
        assertThat(r.json().path("error").path("line").asInt()).isEqualTo(2);
        assertThat(r.json().path("error").path("column").asInt()).isEqualTo(4);
        assertThat(api.get("/v1/email/templates/welcome").status()).isEqualTo(404);
    }

    @Test
    void savesATemplateWithAWarningForAVariableNothingProvides() {
        ok(api.put("/v1/environment", "{\"variables\": {\"appName\": \"Acme\"}}"));

        ApiClient.Response r =
                putTemplate(
                        "welcome",
                        Map.of(
                                "subject",
                                "Welcome to {{ appName }}, {{ name | default: 'there' }}",
                                "text",
                                "{% assign x = 1 %}{{ x }} {{ plna }} {{ provider }}"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("subject").asText()).startsWith("Welcome to {{ appName }}");
        assertThat(texts(r.json().get("warnings")))
                .containsExactly(
                        "{{ plna }} prints nothing: no profile field, environment variable or step"
                                + " that sends this template gives 'plna' a value");
        assertThat(ok(api.get("/v1/email/templates/welcome")).json().get("text").asText())
                .contains("{{ plna }}");
    }

    @Test
    void countsTheVariablesOfAStepThatSendsTheTemplateAsProvided() {
        ok(putTemplate("welcome", Map.of("subject", "Hi", "text", "Hi")));
        String journey = journeyWithStep("{\"coupon\": \"WELCOME10\"}");

        ApiClient.Response r =
                putTemplate("welcome", Map.of("subject", "Hi", "text", "Use {{ coupon }}"));

        assertThat(journey).isNotNull();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("warnings")).isEmpty();
    }

    @Test
    void previewsForAUserWithValuesEscapedOnlyInTheHtmlBody() {
        ok(
                api.put(
                        "/v1/users/u1",
                        "{\"email\": \"ada@example.com\", \"name\": \"Ada <b>&</b>\","
                                + " \"provider\": \"google\"}"));

        JsonNode p =
                ok(preview(
                                Map.of(
                                        "subject", "Hi {{ name }}",
                                        "html", "<p>Hi {{ name }} ({{ provider }})</p>",
                                        "text", "Hi {{ name }}"),
                                "u1"))
                        .json();

        assertThat(p.get("subject").asText()).isEqualTo("Hi Ada <b>&</b>");
        assertThat(p.get("html").asText())
                .isEqualTo("<p>Hi Ada &lt;b&gt;&amp;&lt;/b&gt; (google)</p>");
        assertThat(p.get("text").asText()).isEqualTo("Hi Ada <b>&</b>");
        assertThat(p.get("profile").asText()).isEqualTo("user u1");
        assertThat(p.get("warnings")).isEmpty();
    }

    @Test
    void previewsForTheSampleProfileWhereAMissingFieldIsNil() {
        ok(api.put("/v1/environment", "{\"variables\": {\"appName\": \"Acme\"}}"));
        String environment = ok(api.get("/v1/environment")).json().get("name").asText();

        JsonNode p =
                ok(preview(
                                Map.of(
                                        "subject",
                                        "Welcome to {{ appName }}, {{ name | default: 'there' }}",
                                        "text",
                                        "{% if provider %}via {{ provider }}{% else %}by email"
                                                + "{% endif %} | {{ provider | default: 'none' }}"
                                                + " | {{ environment }} | {{ email }} | [{{ typo }}]"),
                                null))
                        .json();

        assertThat(p.get("subject").asText()).isEqualTo("Welcome to Acme, Ada");
        assertThat(p.get("text").asText())
                .isEqualTo("by email | none | " + environment + " | ada@example.com | []");
        assertThat(p.get("html").isNull()).isTrue();
        assertThat(p.get("profile").asText()).isEqualTo("sample");
        assertThat(texts(p.get("warnings"))).hasSize(1).allMatch(w -> w.contains("'typo'"));
    }

    @Test
    void previewsWithTheVariablesAndSurveyOfTheStepThatSendsTheTemplate() {
        ok(api.put("/v1/surveys/nps", "{\"title\": \"NPS\", \"url\": \"https://s.example/nps\"}"));
        ok(putTemplate("welcome", Map.of("subject", "Hi", "text", "Hi")));
        String id = journeyWithStep("{\"coupon\": \"WELCOME10\"}");
        ok(
                api.patch(
                        "/v1/journeys/" + id + "/nodes/send_coupon",
                        "{\"action\": {\"type\": \"send_email\", \"templateSlug\": \"welcome\","
                                + " \"surveySlug\": \"nps\", \"variables\": {\"coupon\":"
                                + " \"WELCOME10\"}}}"));

        JsonNode p =
                ok(preview(
                                Map.of(
                                        "slug",
                                        "welcome",
                                        "subject",
                                        "Use {{ coupon }}",
                                        "text",
                                        "{{ surveyLink }}"),
                                null))
                        .json();

        assertThat(p.get("subject").asText()).isEqualTo("Use WELCOME10");
        assertThat(p.get("text").asText()).isEqualTo("https://s.example/nps");
        assertThat(p.get("warnings")).isEmpty();
    }

    @Test
    void refusesToPreviewALiquidErrorWithLineAndColumn() {
        ApiClient.Response r = preview(Map.of("subject", "Hi {% if name %}", "text", "body"), null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("subject");
        assertThat(r.errorMessage()).contains("line 1, column ");
        assertThat(r.json().path("error").path("line").asInt()).isEqualTo(1);
    }

    @Test
    void answersNotFoundNamingAnUnknownUserOfAPreview() {
        ApiClient.Response r = preview(Map.of("subject", "Hi", "text", "x"), "nobody");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorMessage()).contains("'nobody'");
    }

    @Test
    void sendsTheOnboardingTemplatesExactlyAsTheOldRendererDid() throws Exception {
        onboardingJourney();
        String environment = ok(api.get("/v1/environment")).json().get("name").asText();

        signUp("u1");
        engine.runtime().dispatcher().dispatchDue();
        // the engine's own dispatcher may have taken the email first: wait for it to arrive
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Welcome, u1!");
        assertThat(GreenMailUtil.getBody(received[0]))
                .isEqualTo("Hi u1, welcome to " + environment + ".");
    }

    @Test
    void sendsATestThroughSmtpWithoutTouchingJourneysOrTheOutbox() throws Exception {
        String journey = onboardingJourney();
        ok(api.put("/v1/users/u1", "{\"email\": \"grace@example.com\", \"name\": \"Grace\"}"));

        JsonNode d =
                ok(api.post(
                                "/v1/email/templates/welcome-email/test",
                                "{\"to\": \"someone@example.com\", \"userId\": \"u1\"}"))
                        .json();

        assertThat(d.get("delivery").asText()).isEqualTo("smtp");
        assertThat(d.get("to").asText()).isEqualTo("someone@example.com");
        assertThat(d.get("messageId").asText()).startsWith("<test.");
        assertThat(d.get("message").asText())
                .isEqualTo(
                        "Sent to someone@example.com through 127.0.0.1:"
                                + MAIL.getSmtp().getPort());
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Welcome, Grace!");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("someone@example.com");
        assertThat(received[0].getHeader("Message-ID")[0]).isEqualTo(d.get("messageId").asText());
        assertThat(ok(api.get("/v1/email/outbox")).json().get("items")).isEmpty();
        assertThat(analytics(journey).path("totals").path("enrolled").asInt()).isZero();
        assertThat(user("u1").get("journeys")).isEmpty();
    }

    @Test
    void refusesATestSendOfAnUnknownTemplateOrToANonAddress() {
        ok(putTemplate("welcome", Map.of("subject", "Hi", "text", "Hi")));

        ApiClient.Response unknown =
                api.post("/v1/email/templates/nope/test", "{\"to\": \"a@example.com\"}");
        ApiClient.Response notAnAddress =
                api.post("/v1/email/templates/welcome/test", "{\"to\": \"someone\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorMessage()).contains("'nope'");
        assertThat(notAnAddress.status()).isEqualTo(400);
        assertThat(notAnAddress.errorField()).isEqualTo("to");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void listsTheJourneysAndStepsThatSendATemplate() {
        String journey = onboardingJourney();

        JsonNode usage = ok(api.get("/v1/email/templates/welcome-email/usage")).json();

        assertThat(usage.get("journeys")).hasSize(1);
        JsonNode j = usage.get("journeys").get(0);
        assertThat(j.get("id").asText()).isEqualTo(journey);
        assertThat(j.get("name").asText()).isEqualTo("Onboarding Flow");
        assertThat(j.get("status").asText()).isEqualTo("active");
        assertThat(texts(j.get("nodes"))).containsExactly("welcome_email");
        assertThat(api.get("/v1/email/templates/nope/usage").status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteATemplateAnActiveJourneySendsAndAllowsItOncePaused() {
        String journey = onboardingJourney();

        ApiClient.Response refused = api.delete("/v1/email/templates/welcome-email");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorMessage())
                .isEqualTo(
                        "template 'welcome-email' is sent by the active journey 'Onboarding Flow'"
                                + " (step welcome_email): pause it or choose another template in"
                                + " that step first");
        assertThat(refused.json().get("journeys").get(0).get("id").asText()).isEqualTo(journey);
        ok(api.get("/v1/email/templates/welcome-email"));
        ok(api.post("/v1/journeys/" + journey + "/pause", ""));
        assertThat(api.delete("/v1/email/templates/welcome-email").status()).isEqualTo(204);
        assertThat(api.get("/v1/email/templates/welcome-email").status()).isEqualTo(404);
    }

    /** A draft journey whose entry step sends {@code welcome} with {@code variables}. */
    private String journeyWithStep(String variables) {
        String id =
                ok(api.post(
                                "/v1/journeys",
                                "{\"name\": \"Coupons\", \"entryEvent\": \"user.created\","
                                        + " \"entryNode\": \"send_coupon\"}"))
                        .journey()
                        .get("id")
                        .asText();
        ok(
                api.post(
                        "/v1/journeys/" + id + "/nodes",
                        "{\"name\": \"send_coupon\", \"action\": {\"type\": \"send_email\","
                                + " \"templateSlug\": \"welcome\", \"variables\": "
                                + variables
                                + "}}"));
        return id;
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
