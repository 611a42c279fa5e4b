package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.environments.IssuedKeys;
import org.junit.jupiter.api.Test;

/** Templates, surveys, sender identities and the environment's settings. */
public abstract class CatalogContractTest extends EngineTestBase {

    @Test
    void createsThenReplacesATemplate() {
        ApiClient c = freshEnvironment();
        ApiClient.Response created =
                c.put(
                        "/v1/email/templates/welcome-email",
                        "{\"subject\": \"Hi {{name}}\", \"text\": \"Welcome\"}");
        assertThat(created.status()).isEqualTo(201);
        ApiClient.Response replaced =
                c.put(
                        "/v1/email/templates/welcome-email",
                        "{\"subject\": \"Hello\", \"html\": \"<p>Hi</p>\"}");
        assertThat(replaced.status()).isEqualTo(200);
        ApiClient.Response got = ok(c.get("/v1/email/templates/welcome-email"));
        assertThat(got.json().get("subject").asText()).isEqualTo("Hello");
        assertThat(got.json().has("text")).isFalse();
        assertThat(ok(c.get("/v1/email/templates")).json().get("items")).hasSize(1);
    }

    @Test
    void deletesATemplate() {
        ApiClient c = freshEnvironment();
        ok(c.put("/v1/email/templates/bye", "{\"subject\": \"Bye\", \"text\": \"Bye\"}"));
        assertThat(c.delete("/v1/email/templates/bye").status()).isEqualTo(204);
        assertThat(c.get("/v1/email/templates/bye").status()).isEqualTo(404);
        assertThat(c.delete("/v1/email/templates/bye").status()).isEqualTo(404);
    }

    @Test
    void rejectsATemplateWithoutABody() {
        ApiClient c = freshEnvironment();
        ApiClient.Response r = c.put("/v1/email/templates/empty", "{\"subject\": \"Nothing\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("'html'", "'text'");
        assertThat(c.get("/v1/email/templates/empty").status()).isEqualTo(404);
    }

    @Test
    void rejectsATemplateWhoseSlugDisagreesWithThePath() {
        ApiClient.Response r =
                freshEnvironment()
                        .put(
                                "/v1/email/templates/a",
                                "{\"slug\": \"b\", \"subject\": \"S\", \"text\": \"T\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("slug");
    }

    @Test
    void keepsTemplatesPerEnvironment() {
        ApiClient mine = freshEnvironment();
        ok(mine.put("/v1/email/templates/secret", "{\"subject\": \"S\", \"text\": \"T\"}"));
        assertThat(freshEnvironment().get("/v1/email/templates/secret").status()).isEqualTo(404);
    }

    @Test
    void storesAndListsSurveys() {
        ApiClient c = freshEnvironment();
        ApiClient.Response r =
                c.put(
                        "/v1/surveys/onboarding-nps",
                        "{\"title\": \"How was it?\", \"url\": \"https://example.com/nps\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(ok(c.get("/v1/surveys")).json().get("items").get(0).get("slug").asText())
                .isEqualTo("onboarding-nps");
        assertThat(c.delete("/v1/surveys/onboarding-nps").status()).isEqualTo(204);
    }

    @Test
    void rejectsASurveyUrlThatIsNotHttp() {
        ApiClient.Response r =
                freshEnvironment()
                        .put("/v1/surveys/x", "{\"title\": \"T\", \"url\": \"ftp://example.com\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("url");
    }

    @Test
    void addsIdentitiesUnverifiedUntilVerified() {
        ApiClient c = freshEnvironment();
        ApiClient.Response added =
                c.post(
                        "/v1/email/identities",
                        "{\"email\": \"hello@yourapp.com\", \"name\": \"Hello\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("verified").asBoolean()).isFalse();
        ApiClient.Response verified =
                ok(c.post("/v1/email/identities/hello@yourapp.com/verify", null));
        assertThat(verified.json().get("verified").asBoolean()).isTrue();
        assertThat(
                        ok(c.get("/v1/email/identities"))
                                .json()
                                .get("items")
                                .get(0)
                                .get("verified")
                                .asBoolean())
                .isTrue();
    }

    @Test
    void refusesADuplicateIdentity() {
        ApiClient c = freshEnvironment();
        ok(c.post("/v1/email/identities", "{\"email\": \"a@yourapp.com\"}"));
        assertThat(c.post("/v1/email/identities", "{\"email\": \"a@yourapp.com\"}").status())
                .isEqualTo(409);
    }

    @Test
    void refusesToVerifyAnUnknownIdentity() {
        assertThat(
                        freshEnvironment()
                                .post("/v1/email/identities/ghost@yourapp.com/verify", null)
                                .status())
                .isEqualTo(404);
    }

    @Test
    void rejectsAMalformedIdentityEmail() {
        ApiClient.Response r =
                freshEnvironment().post("/v1/email/identities", "{\"email\": \"nope\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("email");
    }

    @Test
    void showsAndChangesTheEnvironment() {
        IssuedKeys env = newEnvironment();
        ApiClient c = api.withKey(env.secretKey());
        ApiClient.Response shown = ok(c.get("/v1/environment"));
        assertThat(shown.json().get("name").asText()).isEqualTo(env.environmentName());
        assertThat(shown.json().get("variables").size()).isZero();
        ApiClient.Response changed =
                ok(
                        c.put(
                                "/v1/environment",
                                "{\"defaultIdentityEmail\": \"hello@yourapp.com\", \"variables\":"
                                        + " {\"appName\": \"Acme\"}}"));
        assertThat(changed.json().get("defaultIdentityEmail").asText())
                .isEqualTo("hello@yourapp.com");
        ApiClient.Response partly =
                ok(c.put("/v1/environment", "{\"name\": \"" + env.environmentName() + "\"}"));
        assertThat(partly.json().get("variables").get("appName").asText()).isEqualTo("Acme");
    }

    @Test
    void refusesToRenameTheEnvironment() {
        ApiClient.Response r =
                freshEnvironment().put("/v1/environment", "{\"name\": \"production\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("name");
    }

    @Test
    void rejectsNonStringVariables() {
        ApiClient.Response r =
                freshEnvironment().put("/v1/environment", "{\"variables\": {\"n\": 1}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("variables.n");
    }

    private ApiClient freshEnvironment() {
        return api.withKey(newEnvironment().secretKey());
    }
}
