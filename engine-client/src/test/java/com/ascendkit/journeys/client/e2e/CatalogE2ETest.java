package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.InvalidRequestException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.model.api.EnvironmentSettings;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates, surveys, identities, the environment and health through the client, each in an
 * environment of its own so that the lists are exactly what the test made.
 */
class CatalogE2ETest extends LiveEngineTestBase {

    private EngineClient freshEnvironment() {
        return clientWith(newEnvironment().secretKey());
    }

    @Test
    void answersHealthWithoutAKey() {
        assertThat(clientWith(null).health().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void putsGetsListsReplacesAndDeletesTemplates() {
        EngineClient env = freshEnvironment();
        Template welcome = new Template("welcome-email", "Welcome!", "<p>Hi {{name}}</p>", null);

        Template created = env.templates().put(welcome);
        Template replaced =
                env.templates().put(new Template("welcome-email", "Welcome back", null, "Hi"));

        assertThat(created).isEqualTo(welcome);
        assertThat(env.templates().get("welcome-email")).isEqualTo(replaced);
        assertThat(env.templates().list()).containsExactly(replaced);
        env.templates().delete("welcome-email");
        assertThat(env.templates().list()).isEmpty();
        assertThatThrownBy(() -> env.templates().get("welcome-email"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("welcome-email");
    }

    @Test
    void refusesATemplateWithoutABody() {
        EngineClient env = freshEnvironment();

        assertThatThrownBy(() -> env.templates().put(new Template("empty", "Subject", null, " ")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.field()).contains("html"));
    }

    @Test
    void putsGetsListsAndDeletesSurveys() {
        EngineClient env = freshEnvironment();
        Survey nps = new Survey("onboarding-nps", "How was it?", "https://example.com/nps");

        assertThat(env.surveys().put(nps)).isEqualTo(nps);
        assertThat(env.surveys().get("onboarding-nps")).isEqualTo(nps);
        assertThat(env.surveys().list()).containsExactly(nps);
        env.surveys().delete("onboarding-nps");
        assertThatThrownBy(() -> env.surveys().delete("onboarding-nps"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void addsListsAndVerifiesIdentities() {
        EngineClient env = freshEnvironment();

        Identity added = env.identities().create("hello@yourapp.com", "Your App");
        Identity verified = env.identities().verify("hello@yourapp.com");

        assertThat(added).isEqualTo(new Identity("hello@yourapp.com", "Your App", false));
        assertThat(verified.verified()).isTrue();
        assertThat(env.identities().list()).containsExactly(verified);
    }

    @Test
    void refusesAnIdentityThatExistsIgnoringCase() {
        EngineClient env = freshEnvironment();
        env.identities().create("hello@yourapp.com", null);

        assertThatThrownBy(() -> env.identities().create("Hello@YourApp.com", null))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo("conflict");
                            assertThat(e.field()).contains("email");
                        });
    }

    @Test
    void readsAndChangesTheEnvironment() {
        EngineClient env = freshEnvironment();
        env.identities().create("hello@yourapp.com", null);
        String name = env.environment().get().name();

        EnvironmentSettings changed =
                env.environment()
                        .update(
                                new EnvironmentSettings(
                                        null, "hello@yourapp.com", Map.of("appName", "Acme")));

        assertThat(name).startsWith("env-");
        assertThat(changed)
                .isEqualTo(
                        new EnvironmentSettings(
                                name, "hello@yourapp.com", Map.of("appName", "Acme")));
        assertThat(env.environment().get()).isEqualTo(changed);
    }

    @Test
    void refusesRenamingTheEnvironment() {
        EngineClient env = freshEnvironment();

        assertThatThrownBy(
                        () ->
                                env.environment()
                                        .update(new EnvironmentSettings("production", null, null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> {
                            assertThat(e.field()).contains("name");
                            assertThat(e).hasMessageContaining("'production'");
                        });
    }
}
