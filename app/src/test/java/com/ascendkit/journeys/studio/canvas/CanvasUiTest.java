package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.MainView;
import com.ascendkit.journeys.studio.Studio;
import com.ascendkit.journeys.studio.StudioTheme;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.CubicCurve;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas in the real window against a real engine (as {@code StudioUiTest}): how cards show
 * names, where new cards go, what auto-layout leaves visible, and the in-place gestures. {@link
 * #cli} is the CLI: another client of the same engine.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasUiTest {
    /** Exactly 40 characters. */
    static final String FORTY = "remind_users_who_never_opened_the_app_xy";

    static final String TOO_LONG = "a_very_long_name_that_goes_on_beyond_forty_characters_yes";

    @TempDir Path dataDir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestEngine engine;
    private EngineClient cli;
    private FxTaskExecutor executor;
    private String journeyId;
    private Studio studio;

    @Start
    void start(Stage stage) {
        engine = TestEngine.start(dataDir);
        TestEngine.Environment env = engine.newEnvironment();
        cli = engine.client(env);
        cli.templates().put(new Template("welcome", "Welcome", "<p>Hello</p>", null));
        journeyId =
                cli.journeys()
                        .create(
                                CreateJourneyRequest.of("Onboarding Flow", "user.created")
                                        .withEntryNode("welcome_email"))
                        .journey()
                        .id();
        cli.nodes()
                .update(
                        journeyId,
                        "welcome_email",
                        UpdateNodeRequest.empty().withPosition(new Position(40, 40)));
        executor = new FxTaskExecutor();
        studio =
                new Studio(
                        engine.gateway(env),
                        executor,
                        dialogs,
                        JourneyValidator.standard(),
                        "embedded engine " + engine.url());
        Scene scene = new Scene(new MainView(studio).root(), 1280, 800);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        studio.start();
        studio.session().open(journeyId);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> studio.feed().stop()).get();
        executor.close();
        engine.close();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> executor.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Journey stored() {
        return cli.journeys().get(journeyId).journey();
    }

    /** Adds nodes as the CLI would, then opens the journey again to show them. */
    private void addWithCli(AddNodeRequest... nodes) throws Exception {
        for (AddNodeRequest n : nodes) {
            cli.nodes().add(journeyId, n);
        }
        WaitForAsyncUtils.asyncFx(() -> studio.session().open(journeyId)).get();
        settle();
    }

    /** What a label really draws (its text node: ellipsis included), lines joined. */
    private static String drawn(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        Text text = (Text) label.lookup(".text");
        return text.getText();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void showsNamesOfUpToFortyCharactersWholeOnTheCard(FxRobot robot) throws Exception {
        addWithCli(
                AddNodeRequest.named("login_nudge_after_two_days")
                        .withPosition(new Position(40, 160)),
                AddNodeRequest.named(FORTY).withPosition(new Position(40, 280)));

        for (String name : new String[] {"welcome_email", "login_nudge_after_two_days", FORTY}) {
            assertThat(drawn(robot, "#card-" + name + " .card-title").replace("\n", ""))
                    .isEqualTo(name);
            Bounds title = inScene(robot.lookup("#card-" + name + " .card-title").query());
            Bounds card = inScene(robot.lookup("#card-" + name).query());
            assertThat(card.contains(title)).as(name).isTrue();
        }
    }

    @Test
    void theEntryBadgeNeverSqueezesTheName(FxRobot robot) throws Exception {
        settle();

        Label entry = robot.lookup("#card-welcome_email .entry-badge").queryAs(Label.class);
        assertThat(((Text) entry.lookup(".text")).getText()).isEqualTo("ENTRY");
        assertThat(drawn(robot, "#card-welcome_email .card-title")).isEqualTo("welcome_email");
    }

    @Test
    void endsLongerNamesInAnEllipsisWithTheWholeNameInATooltip(FxRobot robot) throws Exception {
        addWithCli(AddNodeRequest.named(TOO_LONG).withPosition(new Position(40, 160)));

        String shown = drawn(robot, "#card-" + TOO_LONG + " .card-title");
        assertThat(shown).endsWith("…").contains("\n");
        assertThat(TOO_LONG).startsWith(shown.replace("\n", "").replace("…", ""));
        assertThat(
                        robot.lookup("#card-" + TOO_LONG + " .card-title")
                                .queryAs(Label.class)
                                .getTooltip()
                                .getText())
                .isEqualTo(TOO_LONG);
    }

    /** A card's rectangle in world coordinates, as stored. */
    private static boolean overlapsAnother(Journey j, String name) {
        Position p = j.nodes().get(name).position();
        return j.nodes().entrySet().stream()
                .filter(e -> !e.getKey().equals(name))
                .map(e -> e.getValue().position())
                .anyMatch(
                        q ->
                                q != null
                                        && p.x() < q.x() + CardGeometry.WIDTH
                                        && q.x() < p.x() + CardGeometry.WIDTH
                                        && p.y() < q.y() + CardGeometry.HEIGHT
                                        && q.y() < p.y() + CardGeometry.HEIGHT);
    }

    @Test
    void aPaletteClickPutsTheNewStepBesideTheSelectedCardNotOverOne(FxRobot robot)
            throws Exception {
        addWithCli(AddNodeRequest.named("done").withPosition(new Position(340, 40)));
        robot.clickOn("#card-welcome_email");

        robot.clickOn("#palette-tag_user");
        settle();

        Journey j = stored();
        Position tag = j.nodes().get("tag").position();
        assertThat(overlapsAnother(j, "tag")).isFalse();
        assertThat(tag.x()).isGreaterThanOrEqualTo(40 + CardGeometry.WIDTH);
        assertThat(Math.abs(tag.y() - 40)).isLessThan(2 * CardGeometry.HEIGHT);
    }

    @Test
    void aStepTheCliAddsGetsAFreePlaceBesideItsSourceAndIsPointedOutInView(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> studio.feed().start());
        settle();
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("nudge_1")
                                .withAction(new Action.SendEmail("welcome")));
        cli.transitions()
                .add(
                        journeyId,
                        AddTransitionRequest.of("welcome_email", "nudge_1", Trigger.after("2d")));

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> stored().nodes().get("nudge_1").position() != null);
        settle();

        Journey j = stored();
        assertThat(overlapsAnother(j, "nudge_1")).isFalse();
        assertThat(j.nodes().get("nudge_1").position().x()).isGreaterThan(40);
        Node card = robot.lookup("#card-nudge_1").query();
        assertThat(card.getStyleClass()).contains("arrived");
        Bounds canvas = inScene(robot.lookup("#canvas").query());
        assertThat(canvas.contains(inScene(card))).isTrue();
    }

    @Test
    void autoLayoutKeepsArrowsAndTheirLabelsClearOfCards(FxRobot robot) throws Exception {
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("nudge_1")
                                .withAction(new Action.SendEmail("welcome"))
                                .withPosition(new Position(40, 400)));
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("done")
                                .withTerminal(true)
                                .withPosition(new Position(40, 600)));
        cli.transitions()
                .add(
                        journeyId,
                        AddTransitionRequest.of("welcome_email", "nudge_1", Trigger.after("2d")));
        cli.transitions()
                .add(
                        journeyId,
                        AddTransitionRequest.of("welcome_email", "done", Trigger.on("user.login")));
        cli.transitions()
                .add(
                        journeyId,
                        AddTransitionRequest.of("nudge_1", "done", Trigger.on("user.login")));
        addWithCli();
        robot.clickOn("#card-welcome_email");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L)
                .release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        WaitForAsyncUtils.asyncFx(() -> studio.canvas().framing().fitToView())
                .get(); // all cards built
        settle();

        Journey j = stored();
        assertThat(j.nodes().values()).allMatch(n -> n.position() != null);
        assertThat(studio.canvas().viewport().zoomProperty().get())
                .as("cards are drawn, not an overview")
                .isGreaterThanOrEqualTo(CanvasView.FAR_ZOOM);
        for (var t : j.transitions()) {
            Node edge = robot.lookup("#edge-" + t.name()).query();
            Bounds label = robot.lookup("#edge-label-" + t.name()).query().getBoundsInParent();
            CubicCurve curve = (CubicCurve) edge.lookup(".edge-line");
            for (String name : j.nodes().keySet()) {
                NodeCard card = robot.lookup("#card-" + name).queryAs(NodeCard.class);
                BoundingBox box =
                        new BoundingBox(
                                card.getLayoutX(),
                                card.getLayoutY(),
                                CardGeometry.WIDTH,
                                CardGeometry.HEIGHT);
                assertThat(label.intersects(box)).as(t.name() + "'s label on " + name).isFalse();
                if (!name.equals(t.from()) && !name.equals(t.to())) {
                    assertThat(crosses(curve, box)).as(t.name() + " through " + name).isFalse();
                }
            }
        }
    }

    private static boolean crosses(CubicCurve c, Bounds box) {
        for (int i = 0; i <= 100; i++) {
            double t = i / 100.0;
            double u = 1 - t;
            double x =
                    u * u * u * c.getStartX()
                            + 3 * u * u * t * c.getControlX1()
                            + 3 * u * t * t * c.getControlX2()
                            + t * t * t * c.getEndX();
            double y =
                    u * u * u * c.getStartY()
                            + 3 * u * u * t * c.getControlY1()
                            + 3 * u * t * t * c.getControlY2()
                            + t * t * t * c.getEndY();
            if (box.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private void twoMoreCards() throws Exception {
        addWithCli(
                AddNodeRequest.named("first").withPosition(new Position(380, 40)),
                AddNodeRequest.named("second").withPosition(new Position(380, 200)));
    }

    @Test
    void theConnectQuestionStartsOnTheTriggerLastUsedInThisJourneyAndEnterTakesIt(FxRobot robot)
            throws Exception {
        twoMoreCards();
        robot.drag("#port-welcome_email").moveTo("#card-first").drop();
        robot.clickOn("#chooser-timer");
        robot.doubleClickOn("#chooser-delay").eraseText(2).write("3d").type(KeyCode.ENTER);
        settle();
        // a question left with another trigger, then cancelled, is not what the next starts on
        robot.drag("#port-welcome_email").moveTo("#card-second").drop();
        robot.clickOn("#chooser-event");
        robot.clickOn("#chooser-event-name").write("app.other").type(KeyCode.ESCAPE);

        robot.drag("#port-welcome_email").moveTo("#card-second").drop();
        robot.type(KeyCode.ENTER);
        settle();

        assertThat(stored().transitions())
                .extracting(t -> t.to() + " " + t.trigger().describe())
                .containsExactly("first after 3d", "second after 3d");
    }

    @Test
    void doubleClickingACardsNameRenamesItInPlaceWithEnter(FxRobot robot) throws Exception {
        settle();

        robot.doubleClickOn("#card-welcome_email .card-title");
        robot.write("hello_email").type(KeyCode.ENTER);
        settle();

        assertThat(stored().nodes()).containsKey("hello_email").doesNotContainKey("welcome_email");
        assertThat(robot.lookup("#card-hello_email").tryQuery()).isPresent();
    }

    @Test
    void escapeLeavesTheNameAsItWasAndAnInvalidNameIsNotSent(FxRobot robot) throws Exception {
        settle();

        robot.doubleClickOn("#card-welcome_email .card-title");
        robot.write("café").type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup(".card-name-editor").queryAs(TextField.class).getStyleClass())
                .contains("invalid");
        robot.type(KeyCode.ESCAPE);
        settle();

        assertThat(stored().nodes().keySet()).containsExactly("welcome_email");
        assertThat(robot.lookup(".card-name-editor").tryQuery()).isEmpty();
    }

    @Test
    void aNewCardOpensItsNameReadyForTyping(FxRobot robot) throws Exception {
        settle();

        robot.clickOn("#palette-send_email");
        robot.write("login_nudge").type(KeyCode.ENTER);
        settle();

        assertThat(stored().nodes()).containsKey("login_nudge").doesNotContainKey("email");
    }

    @Test
    void aConnectionDroppedOnEmptyCanvasMakesTheNextStepThereAsOneUndoableStep(FxRobot robot)
            throws Exception {
        settle();
        Bounds from = inScene(robot.lookup("#card-welcome_email").query());

        robot.drag("#port-welcome_email")
                .moveTo(new javafx.geometry.Point2D(from.getMinX() + 40, from.getMaxY() + 150))
                .drop();
        assertThat(robot.lookup("#step-chooser").query().isVisible()).isTrue();
        robot.clickOn("#next-step-tag_user");
        robot.type(KeyCode.ENTER); // the proposed name, tag, and the first trigger: on user.login
        settle();

        Journey j = stored();
        assertThat(j.nodes()).containsKey("tag");
        assertThat(j.transitions())
                .extracting(t -> t.from() + " → " + t.to() + " " + t.trigger().describe())
                .containsExactly("welcome_email → tag on user.login");
        assertThat(overlapsAnother(j, "tag")).isFalse();

        WaitForAsyncUtils.asyncFx(() -> studio.session().history().undo()).get();
        settle();
        assertThat(stored().nodes().keySet()).containsExactly("welcome_email");
        assertThat(stored().transitions()).isEmpty();
    }
}
