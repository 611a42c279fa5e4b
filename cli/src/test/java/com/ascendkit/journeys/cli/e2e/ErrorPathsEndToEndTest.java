package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.Terminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error paths against a real engine: each asserts the message and the exit code. */
class ErrorPathsEndToEndTest {
    private static final Pattern ID = Pattern.compile("jrn_[A-Za-z0-9]{12}");

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

    private String create(String... extra) {
        Result r =
                engine.run(
                        concat(
                                new String[] {
                                    "journey", "create", "--name", "Onboarding Flow",
                                    "--entry-event", "user.created", "--entry-node", "welcome_email"
                                },
                                extra));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Matcher m = ID.matcher(r.out());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void unknownJourneyIsTheEnginesNotFoundExit1() {
        Result r = engine.run("journey", "show", "jrn_000000000000");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: ").contains("jrn_000000000000").endsWith("\n");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void badInputIsTheEnginesMessageNamingTheField() {
        String id = create();

        Result r =
                engine.run(
                        "journey",
                        "transition",
                        "add",
                        id,
                        "--from",
                        "welcome_email",
                        "--to",
                        "nowhere",
                        "--on",
                        "user.login");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("'nowhere'").contains("'to'");
    }

    @Test
    void conflictWithTheJourneysStateIsExit1() {
        String id = create();
        engine.run("journey", "archive", id);

        Result r = engine.run("journey", "activate", id);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("archived");
    }

    @Test
    void wrongKeyIsRefusedWithAHint() {
        Result r =
                CliTesting.run(
                        engine.context()
                                .withEnvironment(
                                        java.util.Map.of(
                                                "ASCENDKIT_URL", engine.url(),
                                                "ASCENDKIT_SECRET_KEY",
                                                        "sk_wrongwrongwrongwrongwrongwrongwr",
                                                "HOME", dir.toString())),
                        "journey",
                        "list");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).startsWith("error: ").contains("check ASCENDKIT_SECRET_KEY");
    }

    @Test
    void updateThatChangesNothingIsAUsageError() {
        String id = create();

        Result r = engine.run("journey", "update", id);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Nothing to update: give --name");
    }

    @Test
    void topologyWarningsOfADraftAreCountedNotPrinted() {
        String id = create();

        Result r = engine.run("journey", "node", "add", id, "--name", "nudge_1");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .doesNotContain("warning:")
                .containsPattern(
                        "^\\d+ topology warnings? suppressed while the journey is draft \\(run"
                                + " journey show after activating to confirm the graph is"
                                + " valid\\)\n$");
    }

    @Test
    void referenceWarningsArePrintedEvenForADraft() {
        String id = create();

        Result r =
                engine.run(
                        "journey",
                        "node",
                        "add",
                        id,
                        "--name",
                        "welcome_email",
                        "--action",
                        "{\"type\": \"send_email\", \"templateSlug\": \"no-such-template\"}");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .contains("warning: ")
                .contains("no-such-template")
                .contains("(missing_template)")
                .contains("topology warning");
    }

    @Test
    void topologyWarningsOfAnActiveJourneyArePrinted() {
        String id = create();

        Result r = engine.run("journey", "activate", id);

        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .contains("warning: ")
                .contains("(dead_end)")
                .doesNotContain("suppressed");
    }

    @Test
    void quietHidesEveryWarning() {
        String id = create();

        Result r =
                engine.run(
                        "journey",
                        "node",
                        "add",
                        id,
                        "--name",
                        "welcome_email",
                        "--action",
                        "{\"type\": \"send_email\", \"templateSlug\": \"no-such-template\"}",
                        "--quiet");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Added node welcome_email");
    }

    @Test
    void showCountsSuppressedWarningsOfAPausedJourney() {
        String id = create();
        engine.run("journey", "activate", id);
        engine.run("journey", "pause", id);

        Result r = engine.run("journey", "show", id);

        assertThat(r.out())
                .contains("Status:    paused")
                .contains("topology warning")
                .contains("suppressed while the journey is paused")
                .doesNotContain("(dead_end)");
    }

    @Test
    void journeyWithoutActiveUsersIsPausedArchivedAndRemovedWithoutQuestion() {
        String id = create();
        engine.run("journey", "activate", id);

        assertThat(engine.run("journey", "pause", id).exitCode()).isZero();
        assertThat(engine.run("journey", "archive", id).exitCode()).isZero();
        Result removed = engine.run("journey", "remove", id);

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).isEqualTo("Removed journey " + id + " \"Onboarding Flow\"\n");
        assertThat(engine.run("journey", "show", id).exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void nodeRemoveWithBothWaysOnIsAUsageError() {
        String id = create();

        Result r =
                engine.run(
                        "journey",
                        "node",
                        "remove",
                        id,
                        "welcome_email",
                        "--force",
                        "--move-users-to",
                        "done");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void interactiveTerminalIsNotAskedWithoutActiveUsers() {
        String id = create();
        engine.run("journey", "activate", id);

        Result r =
                CliTesting.run(
                        engine.context().withTerminal(Terminal.answering(false)),
                        "journey",
                        "pause",
                        id);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Paused journey ");
    }

    /** An active journey with two users waiting in {@code welcome_email}. */
    private String liveJourneyWithTwoUsers() {
        String id = create();
        engine.run("journey", "node", "add", id, "--name", "done", "--terminal", "-q");
        engine.run(
                "journey",
                "transition",
                "add",
                id,
                "--from",
                "welcome_email",
                "--to",
                "done",
                "--on",
                "user.login",
                "-q");
        engine.run("journey", "activate", id, "-q");
        engine.userCreated("usr_1");
        engine.userCreated("usr_2");
        assertThat(engine.run("journey", "show", id).out()).contains("active 2,");
        return id;
    }

    private String status(String id) {
        Matcher m =
                Pattern.compile("Status:\\s+(\\w+)")
                        .matcher(engine.run("journey", "show", id).out());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void pauseOfAJourneyWithActiveUsersRefusesWithoutATerminal() {
        String id = liveJourneyWithTwoUsers();

        Result r = engine.run("journey", "pause", id);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo(
                        "error: Pausing journey "
                                + id
                                + " (2 active users) needs confirmation and there is no terminal"
                                + " to ask: rerun with --yes\n");
        assertThat(status(id)).isEqualTo("active");
    }

    @Test
    void pauseWithYesActsWithoutAsking() {
        String id = liveJourneyWithTwoUsers();

        Result r = engine.run("journey", "pause", id, "--yes");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Paused journey " + id + " \"Onboarding Flow\"\n");
        assertThat(status(id)).isEqualTo("paused");
    }

    @Test
    void archiveAndRemoveOfAJourneyWithActiveUsersRefuseWithoutATerminal() {
        String id = liveJourneyWithTwoUsers();

        Result archive = engine.run("journey", "archive", id);
        Result remove = engine.run("journey", "remove", id);

        assertThat(archive.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(archive.err())
                .startsWith(
                        "error: Archiving journey " + id + " (2 active users) needs confirmation")
                .endsWith("rerun with --yes\n");
        assertThat(remove.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(remove.err())
                .startsWith(
                        "error: Removing journey " + id + " (2 active users) needs confirmation")
                .endsWith("rerun with --yes\n");
        assertThat(status(id)).isEqualTo("active");
    }

    @Test
    void terminalAnswerYesPauses() {
        String id = liveJourneyWithTwoUsers();

        Result r =
                CliTesting.run(
                        engine.context().withTerminal(Terminal.answering(true)),
                        "journey",
                        "pause",
                        id);

        assertThat(r.exitCode()).isZero();
        assertThat(status(id)).isEqualTo("paused");
    }

    @Test
    void terminalAnswerNoCancels() {
        String id = liveJourneyWithTwoUsers();

        Result r =
                CliTesting.run(
                        engine.context().withTerminal(Terminal.answering(false)),
                        "journey",
                        "archive",
                        id);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err())
                .isEqualTo(
                        "error: cancelled: Archiving journey "
                                + id
                                + " (2 active users) was not done\n");
        assertThat(status(id)).isEqualTo("active");
    }

    @Test
    void pauseArchiveAndRemoveAskTheirOwnQuestionAndCancelOnNo() {
        String id = liveJourneyWithTwoUsers();
        List<String> asked = new ArrayList<>();
        Terminal refusing =
                new Terminal() {
                    @Override
                    public boolean interactive() {
                        return true;
                    }

                    @Override
                    public boolean confirm(String question) {
                        asked.add(question);
                        return false;
                    }
                };

        List<Result> results = new ArrayList<>();
        for (String verb : List.of("pause", "archive", "remove")) {
            results.add(
                    CliTesting.run(engine.context().withTerminal(refusing), "journey", verb, id));
        }

        String journey = "Journey " + id + " \"Onboarding Flow\" has 2 active users. ";
        assertThat(asked)
                .containsExactly(
                        journey + "Pause it?",
                        journey + "Archive it?",
                        journey + "Delete it and their states?");
        assertThat(results).extracting(Result::exitCode).containsOnly(ExitCodes.REFUSED);
        assertThat(results)
                .extracting(Result::err)
                .containsExactly(
                        "error: cancelled: Pausing journey "
                                + id
                                + " (2 active users) was not done\n",
                        "error: cancelled: Archiving journey "
                                + id
                                + " (2 active users) was not done\n",
                        "error: cancelled: Removing journey "
                                + id
                                + " (2 active users) was not done\n");
        assertThat(results).extracting(Result::out).containsOnly("");
        assertThat(status(id)).isEqualTo("active");
    }

    @Test
    void removeWithYesDeletesAJourneyWithUsers() {
        String id = liveJourneyWithTwoUsers();

        Result r = engine.run("journey", "remove", id, "--yes");

        assertThat(r.exitCode()).isZero();
        assertThat(engine.run("journey", "show", id).exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void nodeRemoveOfANodeWithUsersRefusesWithTheCountAndTheTwoWaysOn() {
        String id = liveJourneyWithTwoUsers();

        Result r = engine.run("journey", "node", "remove", id, "welcome_email");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo(
                        "error: node 'welcome_email' holds 2 users: move them with"
                                + " --move-users-to <node>, or exit them from the journey with"
                                + " --force\n");
        assertThat(engine.run("journey", "node", "list", id).out()).contains("welcome_email");
    }

    @Test
    void nodeRemoveMovesTheUsersWhereTold() {
        String id = liveJourneyWithTwoUsers();
        engine.run("journey", "node", "add", id, "--name", "waiting", "-q");

        Result r =
                engine.run(
                        "journey",
                        "node",
                        "remove",
                        id,
                        "welcome_email",
                        "--move-users-to",
                        "waiting");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .isEqualTo(
                        "Removed node welcome_email and its transitions from journey "
                                + id
                                + " \"Onboarding Flow\"; its users moved to waiting\n");
        assertThat(engine.run("journey", "node", "list", id).out())
                .containsPattern("waiting +none +0 +0 +2\n");
    }

    @Test
    void nodeRemoveWithForceExitsTheUsers() {
        String id = liveJourneyWithTwoUsers();

        Result r = engine.run("journey", "node", "remove", id, "welcome_email", "--force");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).endsWith("; its users exited the journey\n");
        assertThat(engine.run("journey", "show", id).out())
                .contains("active 0,")
                .contains("exited 2");
    }
}
