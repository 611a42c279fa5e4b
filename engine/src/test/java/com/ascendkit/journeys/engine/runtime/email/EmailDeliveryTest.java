package com.ascendkit.journeys.engine.runtime.email;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.RuntimeSettings;
import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

abstract class EmailDeliveryTest extends RuntimeTestCase {
    // Runs before the fixture's @BeforeEach, so configure() sees the server's port.
    @RegisterExtension
    final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Override
    protected void configure(RuntimeSettings.Builder settings) {
        settings.smtp(SmtpConfig.plain("127.0.0.1", mail.getSmtp().getPort()))
                .defaultSender("journeys@localhost", "Journeys");
    }

    private String emailJourney(Action.SendEmail action) {
        return fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "welcome").node("welcome", action).build());
    }

    private void signUp(String user, String email, String name) {
        fx.runtime.users().put(ENV, user, new ProfileFields(email, name, "google", null, null));
        fx.runtime.events().system(ENV, user, "user.created", null);
    }

    private OutboxMessage onlyMessage() {
        var items = fx.runtime.outbox().list(ENV, null, null, null, null).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void rendersVariablesAndSendsFromTheNodesVerifiedIdentity() throws Exception {
        fx.template(
                "welcome",
                "Hi {{name}}",
                "<p>{{ name }} {{email}} {{environment}} {{provider}} {{surveyLink}} {{plan}}"
                        + " {{color}} {{unknown}}</p>",
                "Hello {{name}} ({{plan}})");
        fx.survey("nps", "https://survey.example/nps");
        fx.identity("team@acme.example", "Acme Team", true);
        fx.environment(null, "{\"plan\": \"env-plan\", \"color\": \"blue\"}");
        emailJourney(
                new Action.SendEmail(
                        "welcome", "nps", "team@acme.example", Map.of("plan", "action-plan")));

        signUp("u1", "ada@example.com", "Ada <L>");
        assertThat(fx.runtime.dispatcher().dispatchDue()).isEqualTo(1);

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Hi Ada <L>");
        assertThat(received[0].getFrom()[0].toString()).contains("team@acme.example", "Acme Team");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body)
                .contains(
                        // {{unknown}}: no value, so nothing (Liquid's rule; saving it warns).
                        "Ada &lt;L&gt; ada@example.com test google https://survey.example/nps"
                                + " action-plan blue </p>")
                .contains("Hello Ada <L> (action-plan)");
        assertThat(onlyMessage().status()).isEqualTo(OutboxMessage.SENT);
    }

    @Test
    void senderFallsBackToVerifiedEnvironmentDefaultThenEngineDefault() {
        fx.template("t", "s", null, "{{name}}");
        fx.identity("unverified@acme.example", null, false);
        fx.identity("default@acme.example", null, true);
        fx.environment("default@acme.example", "{}");
        emailJourney(new Action.SendEmail("t").withSender("unverified@acme.example"));
        signUp("u1", "grace@example.com", null);
        assertThat(onlyMessage().from()).isEqualTo("default@acme.example");
        assertThat(onlyMessage().text()).isEqualTo("grace");

        fx.environment("unverified@acme.example", "{}");
        signUp("u2", "linus@example.com", null);
        var items = fx.runtime.outbox().list(ENV, null, "u2", null, null).items();
        assertThat(items.get(0).from()).isEqualTo("journeys@localhost");
    }

    @Test
    void redeliveryCarriesTheSameStableMessageId() throws Exception {
        fx.template("t", "s", null, "body");
        String j = emailJourney(new Action.SendEmail("t"));
        signUp("u1", "ada@example.com", null);
        fx.runtime.dispatcher().dispatchDue();
        // A crash after sending but before recording it: the row is due again.
        fx.db.jdbi()
                .useHandle(
                        h -> h.execute("UPDATE email_outbox SET status = 'pending', attempts = 0"));
        fx.runtime.dispatcher().dispatchDue();

        String stored = onlyMessage().messageId();
        assertThat(stored).isEqualTo(MessageIds.of(j, "u1", 1, "welcome"));
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(stored);
        assertThat(received[1].getMessageID()).isEqualTo(stored);
    }

    @Test
    void retriesWithBackoffThenFailsMessageAndUser() throws IOException {
        fx.template("t", "s", null, "body");
        String j = emailJourney(new Action.SendEmail("t"));
        signUp("u1", "ada@example.com", null);
        try (JourneyRuntime dead =
                JourneyRuntime.builder(fx.db)
                        .clock(fx.clock)
                        .smtp(SmtpConfig.plain("127.0.0.1", closedPort()))
                        .retryPolicy(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1)))
                        .build()) {
            assertThat(dead.dispatcher().dispatchDue()).isEqualTo(1);
            assertThat(onlyMessage().attempts()).isEqualTo(1);
            assertThat(dead.dispatcher().dispatchDue()).isZero();
            fx.clock.moveTo(fx.clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(dead.dispatcher().dispatchDue()).isEqualTo(1);
            assertThat(dead.dispatcher().dispatchDue()).isZero();
            fx.clock.moveTo(fx.clock.instant().plus(Duration.ofMinutes(2)));
            assertThat(dead.dispatcher().dispatchDue()).isEqualTo(1);
        }
        OutboxMessage m = onlyMessage();
        assertThat(m.status()).isEqualTo(OutboxMessage.FAILED);
        assertThat(m.attempts()).isEqualTo(3);
        assertThat(m.lastError()).isNotBlank();
        assertThat(fx.state(j, "u1").status()).isEqualTo(UserState.FAILED);
        assertThat(fx.stats.totals(j).failed()).isEqualTo(1);
        assertThat(lastVisitReason("u1")).contains("failed after 3 attempts");
    }

    @Test
    void marksDeliveredLocallyWithoutSmtp() {
        fx.template("t", "s", null, "body");
        emailJourney(new Action.SendEmail("t"));
        signUp("u1", "ada@example.com", null);
        try (JourneyRuntime local = JourneyRuntime.builder(fx.db).clock(fx.clock).build()) {
            local.dispatcher().dispatchDue();
        }
        assertThat(onlyMessage().status()).isEqualTo(OutboxMessage.DELIVERED_LOCALLY);
        assertThat(onlyMessage().sentAt()).isEqualTo(fx.clock.instant());
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void missingTemplateFailsTheUserWithTheReasonInThePath() {
        String j = emailJourney(new Action.SendEmail("nope"));
        signUp("u1", "ada@example.com", null);

        assertThat(fx.state(j, "u1").status()).isEqualTo(UserState.FAILED);
        assertThat(lastVisitReason("u1")).isEqualTo("template 'nope' not found");
        assertThat(fx.count("SELECT COUNT(*) FROM email_outbox")).isZero();
    }

    @Test
    void templateStoredBeforeLiquidThatIsNotLiquidFailsTheUserWithTheReason() {
        fx.template("old", "Hi {{name}}", null, "50% off {% today only");
        String j = emailJourney(new Action.SendEmail("old"));
        signUp("u1", "ada@example.com", null);

        assertThat(fx.state(j, "u1").status()).isEqualTo(UserState.FAILED);
        assertThat(lastVisitReason("u1"))
                .startsWith("template 'old' cannot be rendered: on line 1, column ");
        assertThat(fx.count("SELECT COUNT(*) FROM email_outbox")).isZero();
    }

    @Test
    void nameFallsBackToTheAddressAndAMissingProviderIsNil() throws Exception {
        fx.template(
                "t",
                "Hi {{ name | default: 'there' }}",
                null,
                "{% if provider %}via {{ provider }}{% else %}by email{% endif %}");
        emailJourney(new Action.SendEmail("t"));
        fx.runtime
                .users()
                .put(ENV, "u1", new ProfileFields("grace@example.com", null, null, null, null));
        fx.runtime.events().system(ENV, "u1", "user.created", null);
        fx.runtime.dispatcher().dispatchDue();

        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Hi grace");
        assertThat(GreenMailUtil.getBody(received)).isEqualTo("by email");
    }

    @Test
    void userWithoutEmailFailsWithTheReasonInThePath() {
        fx.template("t", "s", null, "body");
        String j = emailJourney(new Action.SendEmail("t"));
        fx.runtime.events().system(ENV, "bare", "user.created", null);

        assertThat(fx.state(j, "bare").status()).isEqualTo(UserState.FAILED);
        assertThat(lastVisitReason("bare")).isEqualTo("user 'bare' has no email address");
    }

    @Test
    void outboxPagesWithCursorAndFilters() {
        fx.template("t", "s", null, "body");
        String j = emailJourney(new Action.SendEmail("t"));
        for (int i = 0; i < 5; i++) {
            signUp("u" + i, "u" + i + "@example.com", null);
        }
        OutboxPage first = fx.runtime.outbox().list(ENV, j, null, 2, null);
        OutboxPage second = fx.runtime.outbox().list(ENV, j, null, 2, first.nextCursor());
        OutboxPage last = fx.runtime.outbox().list(ENV, j, null, 2, second.nextCursor());

        assertThat(first.items()).extracting(OutboxMessage::userId).containsExactly("u0", "u1");
        assertThat(second.items()).extracting(OutboxMessage::userId).containsExactly("u2", "u3");
        assertThat(last.items()).extracting(OutboxMessage::userId).containsExactly("u4");
        assertThat(last.nextCursor()).isNull();
        assertThat(fx.runtime.outbox().list(ENV, null, "u3", null, null).items()).hasSize(1);
        assertThatThrownBy(() -> fx.runtime.outbox().list(ENV, null, null, 1001, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'1001'");
        assertThatThrownBy(() -> fx.runtime.outbox().list(ENV, null, null, null, "garbage!"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'garbage!'");
    }

    private String lastVisitReason(String user) {
        var path = fx.runtime.users().get(ENV, user).orElseThrow().journeys().get(0).path();
        return path.get(path.size() - 1).reason();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
