package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.email.OutboxMessage;
import com.ascendkit.journeys.client.email.OutboxQuery;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.InvalidRequestException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.api.EnvironmentSettings;
import com.ascendkit.journeys.model.api.SavedTemplate;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.api.TemplatePreview;
import com.ascendkit.journeys.model.api.TemplateUsage;
import com.ascendkit.journeys.model.api.TestSend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the editor's Templates view calls, through the client against a real engine without an SMTP
 * server: save with warnings, Liquid errors, previews, a test send into the outbox, the journeys
 * that send a template and the refused delete. Each test has an environment of its own.
 */
class TemplatesE2ETest extends LiveEngineTestBase {
    private EngineClient env;

    @BeforeEach
    void freshEnvironment() {
        env = clientWith(newEnvironment().secretKey());
    }

    @Test
    void savesATemplateAndNamesTheVariablesNothingProvides() {
        SavedTemplate saved =
                env.templates()
                        .save(
                                new Template(
                                        "welcome",
                                        "Hi {{ name | default: 'there' }}",
                                        "<p>{{ plan }}</p>",
                                        null));

        assertThat(saved.template())
                .isEqualTo(
                        new Template(
                                "welcome",
                                "Hi {{ name | default: 'there' }}",
                                "<p>{{ plan }}</p>",
                                null));
        assertThat(saved.warnings()).hasSize(1).allMatch(w -> w.contains("'plan'"));
        assertThat(env.templates().put(saved.template())).isEqualTo(saved.template());
    }

    @Test
    void refusesATemplateThatIsNotLiquidNamingThePartAndWhere() {
        Template broken = new Template("broken", "Hi", null, "Hello\n{% if name %}");

        assertThatThrownBy(() -> env.templates().save(broken))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> {
                            assertThat(e.field()).contains("text");
                            assertThat(e).hasMessageContaining("on line 2, column ");
                        });
        assertThatThrownBy(() -> env.templates().get("broken"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void previewsUnsavedContentForTheSampleProfileAndForAUser() {
        env.environment().update(new EnvironmentSettings(null, null, Map.of("appName", "Acme")));
        env.users().put("u1", UpsertUserRequest.email("grace@example.com").withName("Grace & Co"));
        Template draft =
                new Template(
                        null,
                        "{{ appName }} says hi, {{ name }}",
                        "<b>{{ name }}</b>",
                        "{{ provider | default: 'email' }}");

        TemplatePreview sample = env.templates().preview(draft, null);
        TemplatePreview user = env.templates().preview(draft, "u1");

        assertThat(sample)
                .isEqualTo(
                        new TemplatePreview(
                                "Acme says hi, Ada", "<b>Ada</b>", "email", List.of(), "sample"));
        assertThat(user)
                .isEqualTo(
                        new TemplatePreview(
                                "Acme says hi, Grace & Co",
                                "<b>Grace &amp; Co</b>",
                                "email",
                                List.of(),
                                "user u1"));
        assertThatThrownBy(() -> env.templates().preview(draft, "nobody"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'nobody'");
    }

    @Test
    void putsATestSendIntoTheOutboxWhenTheEngineHasNoSmtpServer() {
        env.templates().put(new Template("welcome", "Welcome, {{ name }}!", null, "Hi"));

        TestSend sent = env.templates().sendTest("welcome", "someone@example.com", null);

        assertThat(sent.delivery()).isEqualTo("outbox");
        assertThat(sent.to()).isEqualTo("someone@example.com");
        assertThat(sent.message())
                .isEqualTo(
                        "No SMTP server is configured: the message is in the outbox (ascendkit"
                                + " outbox list)");
        List<OutboxMessage> outbox = env.outbox().listAll(OutboxQuery.all());
        assertThat(outbox).hasSize(1);
        OutboxMessage m = outbox.get(0);
        assertThat(m.messageId()).isEqualTo(sent.messageId());
        assertThat(m.to()).isEqualTo("someone@example.com");
        assertThat(m.subject()).isEqualTo("Welcome, Ada!");
        assertThat(m.status()).isEqualTo("delivered_locally");
        assertThat(m.journeyId()).isNull();
        assertThat(m.node()).isNull();
    }

    @Test
    void listsTheJourneysThatSendATemplateAndRefusesToDeleteItWhileOneIsActive() {
        env.templates().put(new Template("welcome-email", "Welcome", null, "Hi"));
        JourneyResult r =
                env.journeys()
                        .create(
                                CreateJourneyRequest.of("Onboarding Flow", "user.created")
                                        .withEntryNode("welcome_email"));
        String id = r.journey().id();
        r =
                env.nodes()
                        .add(
                                id,
                                AddNodeRequest.named("welcome_email")
                                        .withAction(new Action.SendEmail("welcome-email"))
                                        .withTerminal(true),
                                RequestOptions.ifMatch(r.version()));
        env.journeys().activate(id, RequestOptions.ifMatch(r.version()));

        TemplateUsage usage = env.templates().usage("welcome-email");

        assertThat(usage.journeys())
                .containsExactly(
                        new TemplateUsage.JourneyRef(
                                id, "Onboarding Flow", "active", List.of("welcome_email")));
        assertThatThrownBy(() -> env.templates().delete("welcome-email"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("'Onboarding Flow'")
                .hasMessageContaining("welcome_email");
        env.journeys().pause(id);
        env.templates().delete("welcome-email");
        assertThat(env.templates().list()).isEmpty();
    }
}
