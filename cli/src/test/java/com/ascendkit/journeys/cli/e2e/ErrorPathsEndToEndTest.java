package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.Terminal;
import java.nio.file.Path;
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
}
