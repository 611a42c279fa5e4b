package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code track}, {@code event}, {@code user show} and {@code outbox list} against a real engine
 * with its run-time: events enroll and move users, whose path and emails the CLI then shows.
 */
class RuntimeCommandsEndToEndTest {
    private static final Pattern ID = Pattern.compile("jrn_[A-Za-z0-9]{12}");

    @TempDir Path dir;

    private RunningEngine engine;
    private String journey;

    @BeforeEach
    void start() {
        engine = RunningEngine.start(dir);
        ok(
                "template",
                "put",
                "welcome-email",
                "--subject",
                "Welcome, {{name}}!",
                "--text",
                "Hi {{name}}");
        Matcher m =
                ID.matcher(
                        ok(
                                "journey",
                                "create",
                                "--name",
                                "Pro Plan Onboarding",
                                "--entry-event",
                                "app.upgraded_plan",
                                "--entry-conditions",
                                "{\"plan\": \"pro\"}",
                                "--entry-node",
                                "welcome_email"));
        assertThat(m.find()).isTrue();
        journey = m.group();
        ok(
                "journey",
                "node",
                "add",
                journey,
                "--name",
                "welcome_email",
                "--action",
                "{\"type\": \"send_email\", \"templateSlug\": \"welcome-email\"}");
        ok("journey", "node", "add", journey, "--name", "done", "--terminal");
        ok(
                "journey",
                "transition",
                "add",
                journey,
                "--from",
                "welcome_email",
                "--to",
                "done",
                "--on",
                "app.completed_onboarding");
        ok("journey", "activate", journey);
        engine.userCreated("usr_456");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private String ok(String... args) {
        engine.tick();
        Result r = engine.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isZero();
        return r.out();
    }

    @Test
    void trackEnrollsWhenTheEntryConditionsMatch() {
        Result r =
                engine.run(
                        "track", "usr_456", "upgraded_plan", "--properties", "{\"plan\": \"pro\"}");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("Tracked app.upgraded_plan for user usr_456\n");
        assertThat(ok("journey", "show", journey)).contains("enrolled 1, active 1");
    }

    @Test
    void trackWithOtherPropertiesDoesNotEnroll() {
        ok("track", "usr_456", "upgraded_plan", "--properties", "{\"plan\": \"starter\"}");

        assertThat(ok("journey", "show", journey)).contains("enrolled 0, active 0");
    }

    @Test
    void appEventMovesTheUserAlongAndUserShowHasThePath() {
        ok("track", "usr_456", "app.upgraded_plan", "--properties", "{\"plan\": \"pro\"}");
        ok("track", "usr_456", "completed_onboarding");

        String user = ok("user", "show", "usr_456");

        assertThat(user)
                .startsWith("User usr_456\n  Email: usr_456@example.com\n")
                .contains("Provider: credentials")
                .contains("Journey " + journey + ": completed")
                .containsPattern(
                        "welcome_email +entered \\S+ +left \\S+ +via welcome_email-to-done")
                .containsPattern("done +entered ");
        assertThat(ok("journey", "show", journey)).contains("enrolled 1, active 0, completed 1");
    }

    @Test
    void eventSendsABuiltInEvent() {
        Result r =
                engine.run(
                        "event", "usr_789", "user.login", "--properties", "{\"method\": \"sso\"}");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("Sent user.login for user usr_789\n");
        assertThat(ok("user", "show", "usr_789"))
                .startsWith("User usr_789\n")
                .contains("In no journey.");
    }

    @Test
    void outboxListsTheEmailsOfAJourney() throws Exception {
        ok("track", "usr_456", "upgraded_plan", "--properties", "{\"plan\": \"pro\"}");

        // The engine's dispatcher may deliver the email between the two listings (its status
        // changes once, pending to delivered): list again until both see the same moment.
        String byJourney;
        String byUser;
        int listings = 0;
        do {
            byJourney = ok("outbox", "list", "--journey", journey);
            byUser = ok("outbox", "list", "--user", "usr_456");
        } while (!byUser.equals(byJourney) && ++listings < 5);
        JsonNode json =
                new ObjectMapper().readTree(ok("outbox", "list", "--journey", journey, "--json"));

        assertThat(byJourney)
                .startsWith("CREATED")
                .contains("usr_456@example.com", "Welcome, usr_456!", journey, "welcome_email");
        assertThat(byUser).isEqualTo(byJourney);
        assertThat(json.path("items").get(0).path("userId").asText()).isEqualTo("usr_456");
        assertThat(ok("outbox", "list", "--user", "nobody")).isEqualTo("No emails.\n");
    }

    @Test
    void unknownUserIsTheEnginesNotFound() {
        Result r = engine.run("user", "show", "usr_nobody");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("usr_nobody");
    }

    @Test
    void userShowJsonIsTheApisJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ok("user", "show", "usr_456", "--json"));

        assertThat(json.path("userId").asText()).isEqualTo("usr_456");
        assertThat(json.path("email").asText()).isEqualTo("usr_456@example.com");
    }

    @Test
    void outboxLimitIsChecked() {
        Result r = engine.run("outbox", "list", "--limit", "0");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("--limit must be 1 to 1000, was 0");
    }
}
