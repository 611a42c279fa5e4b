package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates, surveys, sender identities and environment settings, against a real engine. */
class CatalogCommandsEndToEndTest {
    @TempDir Path dir;

    private RunningEngine engine;

    @BeforeEach
    void start() {
        engine = RunningEngine.start(dir);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void templatePutFromAnHtmlFileThenListShowAndRemove() throws Exception {
        Path html = dir.resolve("welcome.html");
        Files.writeString(html, "<p>Hi {{name}} — welcome!</p>\n");

        Result put =
                engine.run(
                        "template",
                        "put",
                        "welcome-email",
                        "--subject",
                        "Welcome, {{name}}!",
                        "--html-file",
                        html.toString(),
                        "--text",
                        "Hi {{name}}");
        Result list = engine.run("template", "list");
        Result show = engine.run("template", "show", "welcome-email");
        Result remove = engine.run("template", "remove", "welcome-email");

        assertThat(put.exitCode()).isZero();
        assertThat(put.out()).isEqualTo("Saved template welcome-email \"Welcome, {{name}}!\"\n");
        assertThat(list.out())
                .isEqualTo(
                        "SLUG           SUBJECT             BODY\n"
                                + "welcome-email  Welcome, {{name}}!  html, text\n");
        assertThat(show.out())
                .isEqualTo(
                        "Template welcome-email\nSubject: Welcome, {{name}}!\n\nHTML:\n<p>Hi"
                                + " {{name}} — welcome!</p>\n\nText:\nHi {{name}}\n");
        assertThat(remove.out()).isEqualTo("Removed template welcome-email\n");
        assertThat(engine.run("template", "list").out()).isEqualTo("No templates.\n");
    }

    @Test
    void templateWithoutBodyIsAUsageError() {
        Result r = engine.run("template", "put", "x", "--subject", "S");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("A template needs a body: give --html-file");
    }

    @Test
    void savesATemplateWithAVariableNothingProvidesAndWarns() {
        Result r =
                engine.run("template", "put", "promo", "--subject", "Hi", "--text", "{{ coupon }}");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Saved template promo");
        assertThat(r.err())
                .isEqualTo(
                        "Warning: {{ coupon }} prints nothing: no profile field, environment"
                                + " variable or step that sends this template gives 'coupon' a"
                                + " value"
                                + System.lineSeparator());
    }

    @Test
    void templateThatIsNotLiquidIsRefusedWithTheLine() {
        Result r = engine.run("template", "put", "x", "--subject", "S", "--text", "a\n{{ b | }}");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("the text body is not valid Liquid on line 2, column 1");
    }

    @Test
    void templateFromAMissingFileIsAUsageError() {
        Result r = engine.run("template", "put", "x", "--subject", "S", "--html-file", "nope.html");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("No such file: nope.html");
    }

    @Test
    void missingTemplateIsTheEnginesNotFound() {
        Result r = engine.run("template", "show", "nope");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("nope");
    }

    @Test
    void surveyPutListRemove() {
        Result put =
                engine.run(
                        "survey",
                        "put",
                        "onboarding-nps",
                        "--title",
                        "How was it?",
                        "--url",
                        "https://example.com/nps");
        Result list = engine.run("survey", "list");
        Result remove = engine.run("survey", "remove", "onboarding-nps");

        assertThat(put.out()).isEqualTo("Saved survey onboarding-nps \"How was it?\"\n");
        assertThat(list.out())
                .isEqualTo(
                        "SLUG            TITLE        URL\n"
                                + "onboarding-nps  How was it?  https://example.com/nps\n");
        assertThat(remove.out()).isEqualTo("Removed survey onboarding-nps\n");
        assertThat(engine.run("survey", "list").out()).isEqualTo("No surveys.\n");
    }

    @Test
    void identityAddVerifyList() {
        Result add = engine.run("identity", "add", "hello@yourapp.com", "--name", "Your App");
        Result before = engine.run("identity", "list");
        Result verify = engine.run("identity", "verify", "hello@yourapp.com");
        Result after = engine.run("identity", "list");

        assertThat(add.out())
                .isEqualTo(
                        "Added identity hello@yourapp.com (unverified until: ascendkit identity"
                                + " verify hello@yourapp.com)\n");
        assertThat(before.out())
                .isEqualTo(
                        "EMAIL              NAME      VERIFIED\n"
                                + "hello@yourapp.com  Your App  no\n");
        assertThat(verify.out()).isEqualTo("Verified identity hello@yourapp.com\n");
        assertThat(after.out()).contains("hello@yourapp.com  Your App  yes\n");
    }

    @Test
    void duplicateIdentityIsTheEnginesConflict() {
        engine.run("identity", "add", "hello@yourapp.com");

        Result r = engine.run("identity", "add", "hello@yourapp.com");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("hello@yourapp.com");
    }

    @Test
    void environmentSetChangesOnlyWhatIsGiven() {
        engine.run("identity", "add", "hello@yourapp.com");
        engine.run("identity", "verify", "hello@yourapp.com");

        Result variables =
                engine.run("environment", "set", "--variables", "{\"company\": \"Acme\"}");
        Result sender = engine.run("environment", "set", "--default-identity", "hello@yourapp.com");
        Result show = engine.run("environment", "show");

        assertThat(variables.exitCode()).as(variables.toString()).isZero();
        assertThat(sender.exitCode()).as(sender.toString()).isZero();
        assertThat(show.out())
                .isEqualTo(
                        "Environment test\n"
                                + "  Default identity: hello@yourapp.com\n"
                                + "  Variables:\n"
                                + "    company = Acme\n");
    }

    @Test
    void environmentSetWithNothingIsAUsageError() {
        Result r = engine.run("environment", "set");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Nothing to set: give --default-identity or --variables");
    }

    @Test
    void environmentShowJsonIsTheApisJson() {
        Result r = engine.run("environment", "show", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"name\" : \"test\"");
    }
}
