package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.DocumentExamples;
import com.ascendkit.journeys.cli.DocumentExamples.Example;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example command of the product document, in the document's order, run through the CLI's
 * entry point against a real engine; the outputs are compared with {@code
 * golden/document-examples.txt} and the key lines the document shows are asserted directly.
 *
 * <p>The document's examples all say {@code jrn_abc123}, but they describe different moments: the
 * {@code show} example shows a journey that already has its transitions, the {@code --email-id}
 * form of {@code node add welcome_email} is an alternative to the plain one, {@code pause --yes} is
 * for a journey with users. So each example runs on a journey in the state its text implies (the
 * {@link #SCENARIO} table), made by setup steps through the typed client.
 */
class DocumentExamplesEndToEndTest {
    private static final Pattern CREATED =
            Pattern.compile("^Created journey (jrn_[A-Za-z0-9]{12}) ");

    @TempDir Path dir;

    private RunningEngine engine;
    private EngineClient client;
    private final Map<String, String> ids = new HashMap<>();
    private final Transcript transcript = new Transcript();

    /** Which journey an example runs on, what is done before it, and the id it creates. */
    private record Step(
            int index,
            String journey,
            Consumer<DocumentExamplesEndToEndTest> setup,
            String creates) {}

    private static Step on(int index, String journey) {
        return new Step(index, journey, t -> {}, null);
    }

    private static Step on(
            int index, String journey, Consumer<DocumentExamplesEndToEndTest> setup) {
        return new Step(index, journey, setup, null);
    }

    private static Step creates(int index, String label) {
        return new Step(index, null, t -> {}, label);
    }

    private static final List<Step> SCENARIO =
            List.of(
                    creates(0, "onboarding"),
                    // "Inspect a journey": the journey the show example prints.
                    on(1, "built", t -> t.buildShownJourney("built")),
                    on(2, "built"),
                    on(3, "built"),
                    on(4, "built"),
                    on(5, "built"),
                    // "Add nodes", on the journey just created: welcome_email fills its entry node.
                    on(6, "onboarding"),
                    on(7, "onboarding"),
                    // The --email-id form is another way to add welcome_email: a fresh journey.
                    on(8, "alt_sender", t -> t.createLikeTheDocument("alt_sender")),
                    on(9, "onboarding"),
                    on(10, "onboarding"),
                    on(11, "onboarding"),
                    on(12, "onboarding"),
                    on(13, "onboarding"),
                    on(14, "onboarding"),
                    on(15, "onboarding"),
                    // "Add transitions": the first two forms on a copy that has nudge_1 again,
                    // the named and --quiet forms (their alternatives) on the journey itself.
                    on(16, "onboarding_b", t -> t.readdNudgeAndCopy("onboarding", "onboarding_b")),
                    on(17, "onboarding_b"),
                    on(18, "onboarding"),
                    on(19, "onboarding"),
                    on(20, "onboarding"),
                    on(21, "onboarding"),
                    on(22, "onboarding"),
                    on(23, null, DocumentExamplesEndToEndTest::activateBuiltWithUsers),
                    on(24, null),
                    on(25, "onboarding"),
                    on(26, "onboarding"),
                    on(27, "onboarding"),
                    on(28, "onboarding"),
                    on(29, "onboarding"),
                    on(30, "onboarding"),
                    // "--yes to skip" the question asked for a journey with active users.
                    on(31, "built"),
                    creates(32, "credentials"),
                    creates(33, "silver"),
                    on(34, "built"),
                    on(35, "built"),
                    on(36, "built"),
                    on(37, "onboarding"),
                    on(38, "alt_sender_2", t -> t.createLikeTheDocument("alt_sender_2")),
                    on(39, "upgrades", t -> t.createUpgradesJourney("upgrades")),
                    creates(40, "pro_plan"),
                    on(41, "upgrades"),
                    on(42, "built"));

    @Test
    void everyExampleOfTheProductDocumentWorksAsWritten() throws Exception {
        List<Example> examples = DocumentExamples.productDocument();
        assertThat(SCENARIO)
                .extracting(Step::index)
                .containsExactlyElementsOf(range(examples.size()));
        try (RunningEngine running = RunningEngine.start(dir)) {
            engine = running;
            client = running.client();
            createCatalog();
            for (Step step : SCENARIO) {
                Example example = examples.get(step.index());
                running.tick();
                step.setup().accept(this);
                List<String> args = substitute(example.args(), step.journey());
                Result result = running.run(args);
                int expected = example.isPlaceholder() ? ExitCodes.USAGE : ExitCodes.OK;
                assertThat(result.exitCode()).as(example + "\n" + result).isEqualTo(expected);
                if (step.creates() != null) {
                    capture(step.creates(), result.out());
                }
                transcript.add("line " + example.line(), args, result);
                check(step.index(), result);
            }
        }
        Golden.assertMatches("document-examples.txt", transcript.toString());
    }

    /** The lines the document itself shows, asserted directly (the golden file holds the rest). */
    private void check(int index, Result result) {
        switch (index) {
            case 0 ->
                    assertThat(result.out())
                            .startsWith("Created journey jrn_")
                            .contains("\"Onboarding Flow\"");
            case 1 ->
                    assertThat(result.out())
                            .contains(
                                    "Transitions:\n"
                                            + "  welcome_email → nudge_1 [timer (2d)] (welcome_email-to-nudge_1)\n"
                                            + "  welcome_email → done [on user.login] (welcome_email-to-done)\n")
                            .contains("enrolled 0, active 0, completed 0");
            case 2 -> assertThat(result.out()).contains("send_email", "welcome-email", "terminal");
            case 3 ->
                    assertThat(result.out())
                            .contains("on user.login -> done", "after 2d -> nudge_1");
            case 4 ->
                    assertThat(result.out())
                            .contains("welcome_email-to-nudge_1", "welcome_email-to-done");
            case 5 ->
                    assertThat(result.out())
                            .contains("on user.login -> done")
                            .doesNotContain("nudge_1");
            case 10, 26 -> assertThat(result.err()).contains("not valid JSON");
            case 18 -> assertThat(result.out()).contains("(login-success)");
            case 24 -> assertThat(result.out()).contains("active").doesNotContain("draft");
            case 31 -> assertThat(result.out()).startsWith("Paused journey ");
            case 36 -> assertThat(result.out()).startsWith("Totals: enrolled 2, active 2");
            default -> {}
        }
    }

    private void capture(String label, String out) {
        Matcher m = CREATED.matcher(out);
        assertThat(m.find()).as("new id on the first line of: " + out).isTrue();
        ids.put(label, m.group(1));
        transcript.label(m.group(1), label);
    }

    private List<String> substitute(List<String> args, String journey) {
        if (journey == null) {
            return args;
        }
        String id = ids.get(journey);
        assertThat(id).as("journey " + journey).isNotNull();
        return args.stream().map(a -> a.equals("jrn_abc123") ? id : a).toList();
    }

    private void remember(String label, String id) {
        ids.put(label, id);
        transcript.label(id, label);
    }

    /** The templates, survey and verified sender the examples name, so their nodes are ready. */
    private void createCatalog() {
        client.templates()
                .put(
                        new Template(
                                "welcome-email", "Welcome, {{name}}!", "<p>Hi {{name}}</p>", null));
        client.templates()
                .put(new Template("login-nudge", "We miss you", null, "Come back, {{name}}."));
        client.surveys()
                .put(
                        new Survey(
                                "onboarding-nps",
                                "How was onboarding?",
                                "https://example.com/nps"));
        Identity sender = client.identities().create(DocumentExamples.SENDER, "Your App");
        client.identities().verify(sender.email());
    }

    private String createLikeTheDocument(String label) {
        String id =
                client.journeys()
                        .create(
                                CreateJourneyRequest.of("Onboarding Flow", "user.created")
                                        .withEntryNode("welcome_email"))
                        .journey()
                        .id();
        remember(label, id);
        return id;
    }

    private void buildShownJourney(String label) {
        String id = createLikeTheDocument(label);
        client.nodes()
                .add(
                        id,
                        AddNodeRequest.named("welcome_email")
                                .withAction(new Action.SendEmail("welcome-email")));
        client.nodes()
                .add(
                        id,
                        AddNodeRequest.named("nudge_1")
                                .withAction(new Action.SendEmail("login-nudge")));
        client.nodes().add(id, AddNodeRequest.named("done").withTerminal(true));
        client.transitions()
                .add(id, AddTransitionRequest.of("welcome_email", "nudge_1", Trigger.after("2d")));
        client.transitions()
                .add(
                        id,
                        AddTransitionRequest.of("welcome_email", "done", Trigger.on("user.login")));
    }

    /** The shown journey goes live and two users sign up: it has active users from now on. */
    private void activateBuiltWithUsers() {
        client.journeys().activate(ids.get("built"));
        engine.userCreated("usr_ada");
        engine.userCreated("usr_grace");
    }

    private void readdNudgeAndCopy(String from, String copy) {
        String id = ids.get(from);
        client.nodes()
                .add(
                        id,
                        AddNodeRequest.named("nudge_1")
                                .withAction(new Action.SendEmail("login-nudge")));
        String copied =
                client.journeys().importJourney(client.journeys().export(id)).journey().id();
        remember(copy, copied);
    }

    private void createUpgradesJourney(String label) {
        String id =
                client.journeys()
                        .create(
                                CreateJourneyRequest.of("Trial Upgrades", "app.trial_started")
                                        .withEntryNode("trial_started"))
                        .journey()
                        .id();
        remember(label, id);
        for (String node : List.of("pro_onboarding", "trial_active", "annual_onboarding")) {
            client.nodes().add(id, AddNodeRequest.named(node));
        }
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }
}
