package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.Terminal;
import com.ascendkit.journeys.client.users.UpsertUserRequest;
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
 * {@code user set|list|delete}, {@code journey users|path} and the missing-email hint of {@code
 * event} against a real engine: a "Welcome" journey emails each new user and waits two days.
 */
class PeopleCommandsEndToEndTest {
    private static final Pattern ID = Pattern.compile("jrn_[A-Za-z0-9]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private RunningEngine engine;
    private String journey;

    @BeforeEach
    void start() {
        engine = RunningEngine.start(dir);
        ok("template", "put", "welcome-email", "--subject", "Welcome!", "--text", "Hi");
        Matcher m =
                ID.matcher(
                        ok(
                                "journey",
                                "create",
                                "--name",
                                "Welcome",
                                "--entry-event",
                                "user.created",
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
                "--after",
                "2d");
        ok("journey", "activate", journey);
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

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void userSetCreatesAUserWithTypedProperties() throws Exception {
        String out =
                ok(
                        "user",
                        "set",
                        "u1",
                        "--email",
                        "ada@example.com",
                        "--name",
                        "Ada",
                        "--property",
                        "plan=pro",
                        "--property",
                        "seats=3",
                        "--property",
                        "beta=true",
                        "--time-zone",
                        "Europe/Paris");

        assertThat(out)
                .isEqualTo(
                        """
                        Created user u1
                          Email: ada@example.com
                          Name: Ada
                          Time zone: Europe/Paris
                          Properties: plan=pro, seats=3, beta=true
                        """);
        JsonNode stored = json(ok("user", "show", "u1", "--json")).path("properties");
        assertThat(stored.path("plan").isTextual()).isTrue();
        assertThat(stored.path("seats").isIntegralNumber()).isTrue();
        assertThat(stored.path("beta").isBoolean()).isTrue();
    }

    @Test
    void userSetKeepsWhatItIsNotGiven() {
        ok("user", "set", "u1", "--email", "ada@example.com", "--property", "plan=pro");
        ok("user", "set", "u1", "--property", "seats=3");

        String out = ok("user", "set", "u1", "--name", "Ada", "--property", "plan=");

        assertThat(out)
                .isEqualTo(
                        """
                        Updated user u1
                          Email: ada@example.com
                          Name: Ada
                          Properties: seats=3
                        """);
    }

    @Test
    void userSetKeepsTheProviderTagsAndJourneys() {
        engine.userCreated("usr_1");

        ok("user", "set", "usr_1", "--name", "Ada");

        assertThat(ok("user", "show", "usr_1"))
                .contains("Provider: credentials", "Journey " + journey + ": active");
    }

    @Test
    void userSetClearsAFieldGivenEmpty() {
        ok("user", "set", "u1", "--email", "ada@example.com", "--name", "Ada");

        assertThat(ok("user", "set", "u1", "--email=")).isEqualTo("Updated user u1\n  Name: Ada\n");
    }

    @Test
    void userSetJsonIsTheApisJson() throws Exception {
        JsonNode out = json(ok("user", "set", "u1", "--email", "ada@example.com", "--json"));

        assertThat(out.path("userId").asText()).isEqualTo("u1");
        assertThat(out.path("email").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void userSetPrintsTheEnginesRefusalOfABadTimeZone() {
        Result r = engine.run("user", "set", "u1", "--time-zone", "Mars/Olympus");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("Mars/Olympus");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void userSetWithoutOptionsIsAUsageError() {
        Result r = engine.run("user", "set", "u1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err())
                .startsWith("nothing to set: give --email, --name, --property or --time-zone");
    }

    @Test
    void userSetRefusesAPropertyWithoutEquals() {
        Result r = engine.run("user", "set", "u1", "--property", "plan");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--property", "expected key=value");
    }

    @Test
    void userListShowsUsersByIdUpToTheLimit() {
        for (String id : new String[] {"u3", "u1", "u2", "v1"}) {
            engine.client().users().put(id, UpsertUserRequest.email(id + "@example.com"));
        }

        Result r = engine.run("user", "list", "--query", "u", "--limit", "2");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .startsWith("USER  EMAIL           NAME  CREATED\n")
                .containsPattern("(?m)^u1 +u1@example\\.com +2026-\\S+Z\n")
                .containsPattern("(?m)^u2 +u2@example\\.com +2026-\\S+Z\n")
                .doesNotContain("u3", "v1");
        assertThat(r.err()).isEqualTo("(more: showing the first 2; --limit shows more)\n");
    }

    @Test
    void userListJsonIsTheApisShape() throws Exception {
        engine.client().users().put("u1", UpsertUserRequest.email("u1@example.com"));

        JsonNode out = json(ok("user", "list", "--json"));

        assertThat(out.path("items").size()).isEqualTo(1);
        assertThat(out.path("items").get(0).path("email").asText()).isEqualTo("u1@example.com");
        assertThat(out.has("nextCursor")).isTrue();
    }

    @Test
    void userListSaysSoWhenNoUserMatches() {
        assertThat(ok("user", "list", "--query", "nobody")).isEqualTo("No users.\n");
    }

    @Test
    void userDeleteWithoutYesRefusesAndKeepsTheUser() {
        engine.userCreated("usr_1");

        Result r = engine.run("user", "delete", "usr_1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err())
                .startsWith("error: Deleting user usr_1 (erasing everything about them: ")
                .endsWith("rerun with --yes\n");
        assertThat(ok("user", "show", "usr_1")).startsWith("User usr_1\n");
    }

    @Test
    void userDeleteDeclinedOnATerminalKeepsTheUser() {
        engine.userCreated("usr_1");

        Result r =
                CliTesting.run(
                        engine.context().withTerminal(Terminal.answering(false)),
                        "user",
                        "delete",
                        "usr_1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: cancelled: Deleting user usr_1");
        assertThat(ok("user", "show", "usr_1")).startsWith("User usr_1\n");
    }

    @Test
    void userDeleteWithYesErasesTheUser() {
        engine.userCreated("usr_1");

        String out = ok("user", "delete", "usr_1", "--yes");

        assertThat(out).startsWith("Deleted user usr_1 (");
        assertThat(engine.run("user", "show", "usr_1").exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(ok("journey", "users", journey, "--status", "any")).isEqualTo("No users.\n");
    }

    @Test
    void userDeleteOfAnUnknownUserIsTheEnginesNotFound() {
        Result r = engine.run("user", "delete", "nobody", "--yes");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("nobody");
    }

    @Test
    void journeyUsersShowsWhoIsWhereAndForHowLong() {
        engine.userCreated("usr_1");

        String out = ok("journey", "users", journey);

        assertThat(out)
                .startsWith(
                        "USER   EMAIL              STATUS  STEP           TIME IN STEP  LAST STEP\n")
                .containsPattern(
                        "(?m)^usr_1  usr_1@example\\.com  active  welcome_email  1m            \\S");
    }

    @Test
    void journeyUsersFiltersByStep() {
        engine.userCreated("usr_1");

        assertThat(ok("journey", "users", journey, "--node", "done"))
                .isEqualTo("No active users at done.\n");
        assertThat(ok("journey", "users", journey, "--node", "welcome_email")).contains("usr_1");
    }

    @Test
    void journeyUsersFailedCountsByReasonFirst() {
        engine.userCreated("usr_1");
        ok("event", "usr_2", "user.created");

        String out = ok("journey", "users", journey, "--failed");

        assertThat(out)
                .startsWith("Failed by reason:\nREASON")
                .containsPattern("no email address +1\n")
                .contains("usr_2")
                .doesNotContain("usr_1");
    }

    @Test
    void journeyUsersShowsActiveUsersUnlessAskedForOthers() {
        engine.userCreated("usr_1");
        ok("event", "usr_2", "user.created");

        assertThat(ok("journey", "users", journey)).contains("usr_1").doesNotContain("usr_2");
        assertThat(ok("journey", "users", journey, "--status", "any")).contains("usr_1", "usr_2");
    }

    @Test
    void journeyUsersStatusIsCheckedByTheEngine() {
        Result r = engine.run("journey", "users", journey, "--status", "bogus");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: invalid status 'bogus'");
    }

    @Test
    void journeyUsersLimitSaysThereAreMore() {
        engine.userCreated("usr_1");
        engine.tick();
        engine.userCreated("usr_2");

        Result r = engine.run("journey", "users", journey, "--limit", "1");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("usr_2").doesNotContain("usr_1");
        assertThat(r.err()).isEqualTo("(more: showing the first 1; --limit shows more)\n");
    }

    @Test
    void journeyUsersJsonIsTheApisShape() throws Exception {
        ok("event", "usr_2", "user.created");

        JsonNode out = json(ok("journey", "users", journey, "--failed", "--json"));

        assertThat(out.path("items").get(0).path("userId").asText()).isEqualTo("usr_2");
        assertThat(out.path("items").get(0).path("status").asText()).isEqualTo("failed");
        assertThat(out.path("reasons").get(0).path("users").asLong()).isEqualTo(1);
    }

    @Test
    void journeyPathShowsEachStepThenTheTimersWaiting() {
        engine.userCreated("usr_1");

        String out = ok("journey", "path", journey, "usr_1");

        assertThat(out)
                .startsWith(RunningEngine.START.toString().substring(0, 11))
                .containsPattern("(?m)^\\S+Z  welcome_email  \\S.*\n")
                .containsPattern(
                        "(?m)^Waiting: welcome_email-to-done → done at 2026-01-\\d\\dT\\S+Z\n\\z");
    }

    @Test
    void journeyPathJsonIsTheApisShape() throws Exception {
        engine.userCreated("usr_1");

        JsonNode out = json(ok("journey", "path", journey, "usr_1", "--json"));

        assertThat(out.path("userId").asText()).isEqualTo("usr_1");
        assertThat(out.path("steps").get(0).path("kind").asText()).isEqualTo("entered");
        assertThat(out.path("waiting").get(0).path("to").asText()).isEqualTo("done");
    }

    @Test
    void journeyPathOfAUserNeverInTheJourneyIsNotFound() {
        Result r = engine.run("journey", "path", journey, "nobody");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ");
    }

    @Test
    void eventHintsWhenTheJourneyCannotEmailTheUser() {
        Result r = engine.run("event", "usr_2", "user.created");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("Sent user.created for user usr_2\n");
        assertThat(r.err())
                .isEqualTo(
                        "hint: user usr_2 has no email address, so \"Welcome\" cannot email them:"
                                + " ascendkit user set usr_2 --email <address>\n");
    }

    @Test
    void eventGivesNoHintForAUserWithAnEmailAddress() {
        engine.client().users().put("usr_1", UpsertUserRequest.email("usr_1@example.com"));

        Result r = engine.run("event", "usr_1", "user.created");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void trackGivesNoHintWhenTheEventEnrollsInNoJourney() {
        Result r = engine.run("track", "usr_3", "opened_app");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
