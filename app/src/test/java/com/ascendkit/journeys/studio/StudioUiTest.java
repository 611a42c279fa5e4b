package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.RequestOptions;
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
import com.ascendkit.journeys.studio.canvas.Clip;
import com.ascendkit.journeys.studio.canvas.ClipJson;
import com.ascendkit.journeys.studio.canvas.Viewport;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.RecordingGateway;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
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
 * The real editor window, driven by a robot, headless (Monocle), against a real engine: the
 * engine's HTTP server on a random port over an H2 file in a temporary directory, reached through
 * engine-client as the application does. Work goes through the real FX executor (background
 * threads, results back on the FX thread). {@link #cli} is a second client of the same engine, as
 * the {@code ascendkit} CLI would be: it reads back what the editor stored and makes concurrent
 * edits.
 */
@ExtendWith(ApplicationExtension.class)
class StudioUiTest {
    @TempDir Path dataDir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestEngine engine;
    private TestEngine.Environment env;
    private EngineClient cli;
    private RecordingGateway gateway;
    private FxTaskExecutor executor;
    private String journeyId;
    private Studio studio;

    @Start
    void start(Stage stage) {
        engine = TestEngine.start(dataDir);
        env = engine.newEnvironment();
        cli = engine.client(env);
        cli.templates().put(new Template("welcome", "Welcome", "<p>Hello</p>", null));
        Journey j =
                cli.journeys()
                        .create(CreateJourneyRequest.of("Onboarding", "user.created"))
                        .journey();
        journeyId = j.id();
        long v =
                cli.nodes()
                        .update(
                                journeyId,
                                "start",
                                UpdateNodeRequest.empty().withPosition(new Position(40, 40)))
                        .version();
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("tag")
                                .withAction(new Action.TagUser("vip"))
                                .withPosition(new Position(400, 40)),
                        RequestOptions.ifMatch(v));
        gateway = new RecordingGateway(engine.gateway(env));
        executor = new FxTaskExecutor();
        studio =
                new Studio(
                        gateway,
                        executor,
                        dialogs,
                        JourneyValidator.standard(),
                        "embedded engine " + engine.url() + " · " + env.name());
        Scene scene = new Scene(new MainView(studio).root(), 1280, 800);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the robot's stage is reused: a test may have resized it
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

    /** The journey as the engine has it: read back over HTTP by another client. */
    private Journey stored() {
        return cli.journeys().get(journeyId).journey();
    }

    @Test
    void showsWhichEngineAndEnvironmentItEdits(FxRobot robot) throws TimeoutException {
        settle();

        assertThat(robot.lookup("#engine-label").queryAs(Label.class).getText())
                .isEqualTo("embedded engine " + engine.url() + " · " + env.name());
    }

    @Test
    void theStatusChipKeepsItsShapeWhenItShowsTheJourneysStatus(FxRobot robot)
            throws TimeoutException {
        settle();

        Label status = robot.lookup("#journey-status").queryAs(Label.class);
        assertThat(status.getStyleClass())
                .contains("status-chip")
                .anyMatch(c -> c.matches("status-(draft|active|paused|archived)"));
    }

    @Test
    void anOpenedJourneyIsFittedIntoTheCanvas(FxRobot robot) throws TimeoutException {
        settle();

        Bounds canvas = robot.lookup("#canvas").query().localToScreen(new BoundingBox(0, 0, 0, 0));
        double canvasWidth = robot.lookup("#canvas").queryAs(Region.class).getWidth();
        Bounds start =
                robot.lookup("#card-start")
                        .query()
                        .localToScreen(robot.lookup("#card-start").query().getBoundsInLocal());
        Bounds tag =
                robot.lookup("#card-tag")
                        .query()
                        .localToScreen(robot.lookup("#card-tag").query().getBoundsInLocal());
        double middle = (start.getMinX() + tag.getMaxX()) / 2;
        // (a card's bounds include its port, 6 px out on the right)
        assertThat(middle).isCloseTo(canvas.getMinX() + canvasWidth / 2, within(6.0));
    }

    @Test
    void farOutNodesAreDrawnNotBuiltAndAClickSelectsOne(FxRobot robot) throws Exception {
        settle();
        Viewport vp = studio.canvas().viewport();

        WaitForAsyncUtils.asyncFx(() -> vp.zoomBy(0.3)).get();
        settle();

        assertThat(robot.lookup("#card-tag").tryQuery()).isEmpty();
        Position tag = studio.canvas().positionOf("tag");
        double x = vp.panXProperty().get() + (tag.x() + 20) * vp.zoomProperty().get();
        double y = vp.panYProperty().get() + (tag.y() + 20) * vp.zoomProperty().get();
        robot.clickOn(robot.lookup("#canvas-overview").query().localToScreen(x, y));
        settle();
        assertThat(studio.selection().get()).isEqualTo(Selection.node("tag"));

        WaitForAsyncUtils.asyncFx(() -> vp.zoomBy(1 / vp.zoomProperty().get())).get();
        settle();
        assertThat(robot.lookup("#card-tag").tryQuery()).isPresent();
    }

    @Test
    void dragsANodeFromThePaletteOntoTheCanvas(FxRobot robot) throws TimeoutException {
        settle();

        robot.drag("#palette-advance_stage").moveTo("#canvas").moveBy(0, 200).drop();
        settle();

        assertThat(stored().nodes()).containsKey("stage");
        assertThat(stored().nodes().get("stage").action())
                .isEqualTo(new Action.AdvanceStage("new-stage"));
        assertThat(robot.lookup("#card-stage").tryQuery()).isPresent();
    }

    @Test
    void connectsTwoNodesByDraggingFromAPortAndChoosingATimerInPlace(FxRobot robot)
            throws TimeoutException {
        settle();

        robot.drag("#port-start").moveTo("#card-tag").drop();
        settle();
        robot.clickOn("#chooser-timer");
        robot.doubleClickOn("#chooser-delay").eraseText(2).write("2d");
        robot.clickOn("#chooser-add");
        settle();

        assertThat(stored().transitions())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.name()).isEqualTo("start-to-tag");
                            assertThat(t.trigger()).isEqualTo(Trigger.after("2d"));
                        });
        assertThat(robot.lookup("#edge-label-start-to-tag").queryAs(Label.class).getText())
                .isEqualTo("after 2d");
    }

    @Test
    void editsADelayShowingTheErrorInWordsThenSendingTheValidOne(FxRobot robot)
            throws TimeoutException {
        connectElsewhere();
        robot.clickOn("#edge-label-start-to-tag");
        settle();

        robot.doubleClickOn("#transition-delay").eraseText(3).write("2x");
        assertThat(robot.lookup("#transition-error").queryAs(Label.class).getText()).isEmpty();
        robot.type(KeyCode.ENTER); // said once the user is done typing, not before
        assertThat(robot.lookup("#transition-error").queryAs(Label.class).getText())
                .startsWith("'2x' is not a delay: use a whole number");
        robot.eraseText(2).write("3d").type(KeyCode.ENTER);
        settle();

        assertThat(robot.lookup("#transition-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(stored().transitions().get(0).trigger()).isEqualTo(Trigger.after("3d"));
    }

    @Test
    void movingANodeStoresItsPositionWithOneCallOnDrop(FxRobot robot) throws TimeoutException {
        settle();
        long version = stored().version();
        Region card = robot.lookup("#card-tag").queryAs(Region.class);
        double before = card.getLayoutX();
        gateway.clearCalls();

        robot.drag("#card-tag").moveBy(30, 20).moveBy(30, 20).moveBy(40, 20).drop();
        settle();

        assertThat(gateway.calls()).filteredOn(c -> c.startsWith("updateNode")).hasSize(1);
        Journey stored = stored();
        assertThat(stored.version()).isEqualTo(version + 1);
        Position p = stored.nodes().get("tag").position();
        assertThat(p.x()).isGreaterThan(before + 50);
        assertThat(p.x()).isEqualTo(card.getLayoutX());
        assertThat(p.y()).isEqualTo(card.getLayoutY());
    }

    @Test
    void deleteKeyRemovesTheSelectedNode(FxRobot robot) throws TimeoutException {
        settle();

        robot.clickOn("#card-tag").type(KeyCode.DELETE);
        settle();

        assertThat(stored().nodes()).doesNotContainKey("tag");
        assertThat(robot.lookup("#card-tag").tryQuery()).isEmpty();
    }

    @Test
    void aWarningAppearsAndClearsAsTheJourneyChanges(FxRobot robot) throws TimeoutException {
        connectElsewhere();
        robot.clickOn("#card-tag");
        robot.clickOn("#node-terminal");
        settle();
        ListView<?> list = robot.lookup("#warning-list").queryAs(ListView.class);
        assertThat(list.getItems()).isEmpty();

        robot.clickOn("#node-terminal");
        settle();
        assertThat(list.getItems()).extracting(Object::toString).anyMatch(w -> w.contains("tag"));
        assertThat(robot.lookup("#card-tag").query().getStyleClass()).contains("has-hint");
        assertThat(stored().nodes().get("tag").terminal()).isFalse();

        robot.clickOn("#node-terminal");
        settle();
        assertThat(list.getItems()).isEmpty();
        assertThat(stored().nodes().get("tag").terminal()).isTrue();
    }

    @Test
    void aConflictingEditIsMadeOnTopOfTheEnginesNewVersionAndSaysSo(FxRobot robot)
            throws TimeoutException {
        settle();
        Region card = robot.lookup("#card-tag").queryAs(Region.class);
        double before = card.getLayoutX();
        // the CLI changes the journey meanwhile: the editor's move carries a stale If-Match
        cli.nodes()
                .add(journeyId, AddNodeRequest.named("other").withPosition(new Position(40, 300)));
        long now = stored().version();

        robot.drag("#card-tag").moveBy(60, 40).drop();
        settle();

        assertThat(robot.lookup("#card-other").tryQuery()).isPresent();
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText())
                .isEqualTo(
                        "The journey was changed elsewhere (now version "
                                + now
                                + "). Move 'tag' was made on top of it.");
        assertThat(stored().version()).isEqualTo(now + 1);
        assertThat(stored().nodes().get("tag").position().x()).isEqualTo(card.getLayoutX());
        assertThat(card.getLayoutX()).isGreaterThan(before);
    }

    @Test
    void anUnreachableEngineIsShownAndTheEditIsSentOnRetry(FxRobot robot) throws TimeoutException {
        settle();
        engine.stop();

        robot.drag("#card-tag").moveBy(60, 40).drop();
        settle();
        assertThat(robot.lookup("#connection-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#connection-message").queryAs(Label.class).getText())
                .contains("Cannot reach the engine")
                .contains(engine.url());

        engine.restart();
        robot.clickOn("#retry");
        settle();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#connection-banner").query().isVisible());

        assertThat(stored().nodes().get("tag").position()).isNotEqualTo(new Position(400, 40));
        assertThat(studio.session().unsavedProperty().get()).isZero();
    }

    @Test
    void ctrlZBringsBackARemovedNodeWithItsTransitionsAndCtrlShiftZRemovesItAgain(FxRobot robot)
            throws TimeoutException {
        connectElsewhere();
        cli.transitions()
                .add(journeyId, AddTransitionRequest.of("tag", "start", Trigger.on("again")));
        WaitForAsyncUtils.asyncFx(() -> studio.session().reload());
        settle();
        Journey before = stored();

        robot.clickOn("#card-tag").type(KeyCode.DELETE);
        settle();
        assertThat(stored().nodes()).doesNotContainKey("tag");
        assertThat(undoMenu(robot).getText()).isEqualTo("Undo remove node 'tag'");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();

        Journey restored = stored();
        assertThat(restored.nodes().get("tag")).isEqualTo(before.nodes().get("tag"));
        assertThat(restored.transitions()).isEqualTo(before.transitions());
        assertThat(robot.lookup("#card-tag").tryQuery()).isPresent();
        assertThat(redoMenu(robot).getText()).isEqualTo("Redo remove node 'tag'");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        assertThat(stored().nodes()).doesNotContainKey("tag");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        settle();
        assertThat(stored().nodes()).doesNotContainKey("tag");
    }

    @Test
    void shiftDragSelectsCardsThatThenMoveTogetherAndComeBackWithOneUndo(FxRobot robot)
            throws TimeoutException {
        settle();
        Bounds start =
                robot.lookup("#card-start").query().localToScreen(new BoundingBox(0, 0, 1, 1));
        Bounds tag =
                robot.lookup("#card-tag")
                        .query()
                        .localToScreen(robot.lookup("#card-tag").query().getLayoutBounds());

        robot.press(KeyCode.SHIFT)
                .drag(start.getMinX() - 12, start.getMinY() - 12)
                .moveTo(tag.getMaxX() + 12, tag.getMaxY() + 12)
                .drop()
                .release(KeyCode.SHIFT);
        settle();
        assertThat(studio.selection().get().nodes()).containsOnly("start", "tag");

        robot.drag("#card-tag").moveBy(20, 30).moveBy(20, 30).drop();
        settle();

        Journey moved = stored();
        Position s = moved.nodes().get("start").position();
        Position t = moved.nodes().get("tag").position();
        assertThat(s).isNotEqualTo(new Position(40, 40));
        assertThat(t.x() - s.x()).isEqualTo(360.0);
        assertThat(t.y() - s.y()).isEqualTo(0.0);
        assertThat(undoMenu(robot).getText()).isEqualTo("Undo move 2 nodes");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();

        assertThat(stored().nodes().get("start").position()).isEqualTo(new Position(40, 40));
        assertThat(stored().nodes().get("tag").position()).isEqualTo(new Position(400, 40));
    }

    @Test
    void anEditMadeWithTheCliAppearsOnTheOpenCanvasKeepingTheSelection(FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> studio.feed().start());
        settle();
        robot.clickOn("#card-tag");

        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("from-cli")
                                .withAction(new Action.TagUser("cli"))
                                .withPosition(new Position(400, 200)));

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#card-from-cli").tryQuery().isPresent());
        settle();
        assertThat(studio.session().journeyProperty().get().version())
                .isEqualTo(stored().version());
        assertThat(studio.selection().get()).isEqualTo(Selection.node("tag"));
    }

    @Test
    void theAnalyticsOverlayShowsTheEnginesCountsAndFollowsNewEvents(FxRobot robot)
            throws TimeoutException {
        connectElsewhere();
        WaitForAsyncUtils.asyncFx(() -> studio.feed().start());
        cli.journeys().activate(journeyId);
        for (int i = 1; i <= 3; i++) {
            engine.systemEvent(env, "user-" + i, "user.created");
        }
        settle();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A)
                .release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitStats(robot, "3 here · 3 entered");

        for (int i = 4; i <= 5; i++) {
            engine.systemEvent(env, "user-" + i, "user.created");
        }
        awaitStats(robot, "5 here · 5 entered");

        var analytics = cli.journeys().analytics(journeyId);
        var start = analytics.nodes().get("start");
        assertThat(start.current()).isEqualTo(5);
        assertThat(start.entered()).isEqualTo(5);
        assertThat(robot.lookup("#stats-strip").queryAs(Label.class).getText())
                .isEqualTo(
                        "enrolled "
                                + analytics.totals().enrolled()
                                + " · active "
                                + analytics.totals().active()
                                + " · completed 0 · failed 0 · exited 0");
        double rate = analytics.transitions().get("start-to-tag").conversionRate();
        assertThat(robot.lookup("#edge-label-start-to-tag").queryAs(Label.class).getText())
                .isEqualTo(
                        "after 1d · "
                                + String.format(java.util.Locale.ROOT, "%.0f %%", rate * 100));
        assertThat(robot.lookup("#analytics-toggle").queryAs(ToggleButton.class).isSelected())
                .isTrue();
    }

    private void awaitStats(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () ->
                        robot.lookup("#stats-start")
                                .tryQueryAs(Label.class)
                                .map(l -> l.isVisible() && text.equals(l.getText()))
                                .orElse(false));
    }

    @Test
    void exportsTheJourneyAsAPngWithCtrlShiftE(FxRobot robot) throws Exception {
        settle();
        Path file = dataDir.resolve("canvas.png");
        dialogs.pngFile = java.util.Optional.of(file);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E)
                .release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();

        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(file.toFile());
        // both cards (40 to 600 by 40 to 116 world px) at 100 %, and a margin
        assertThat(png.getWidth()).isBetween(560, 700);
        assertThat(png.getHeight()).isBetween(76, 200);
        long colours =
                java.util.stream.IntStream.range(0, png.getWidth() * png.getHeight() / 16)
                        .map(i -> png.getRGB((i * 4) % png.getWidth(), (i * 16) / png.getWidth()))
                        .distinct()
                        .count();
        assertThat(colours).as("cards drawn, not a blank image").isGreaterThan(10);
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText())
                .startsWith("Saved a picture of the journey to " + file + " (");
    }

    @Test
    void f1ShowsEveryShortcutAndEscapeClosesIt(FxRobot robot) throws TimeoutException {
        settle();

        robot.type(KeyCode.F1);
        settle();

        assertThat(robot.lookup("#shortcut-help").query().isVisible()).isTrue();
        assertThat(robot.lookup("#shortcut-help").lookup("Ctrl+Shift+Z / Ctrl+Y").tryQuery())
                .isPresent();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(robot.lookup("#shortcut-help").query().isVisible()).isFalse();
    }

    /**
     * Every control Tab could reach — derived from the scene graph: focus-traversable, shown and
     * enabled, whatever its kind — gets the focus when Tab is pressed often enough, the canvas's
     * cards on the way (Tab steps through them, then leaves).
     */
    @Test
    void tabReachesEveryControlOfTheWindow(FxRobot robot) throws TimeoutException {
        settle();
        Scene scene = robot.lookup("#canvas").query().getScene();
        List<Node> reachable = new ArrayList<>();
        robot.interact(() -> collectReachable(scene.getRoot(), reachable));
        assertThat(reachable).extracting(StudioUiTest::describe).contains("#canvas", "#fit");
        robot.interact(() -> reachable.get(0).requestFocus());
        Set<Node> visited = new HashSet<>();
        visited.add(scene.getFocusOwner());
        Node canvas = robot.lookup("#canvas").query();
        for (int i = 0; i < reachable.size() + 5; i++) {
            // Ctrl+Tab leaves the canvas at once: a card selected by Tab would swap the inspector's
            // journey form (part of the chain) for the card's (walked in the keyboard tests)
            if (scene.getFocusOwner() == canvas) {
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            visited.add(scene.getFocusOwner());
        }
        assertThat(studio.selection().get()).isEqualTo(Selection.EMPTY);

        assertThat(visited.stream().map(StudioUiTest::describe))
                .containsAll(reachable.stream().map(StudioUiTest::describe).toList());
        assertThat(reachable)
                .extracting(StudioUiTest::describe)
                .contains("#palette-send_email", "#journeys-toggle", "#inspector-toggle");
    }

    private static void collectReachable(Node n, List<Node> into) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable()) {
            into.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectReachable(c, into));
        }
    }

    private static String describe(Node n) {
        if (n == null) {
            return "nothing";
        }
        return n.getId() != null
                ? "#" + n.getId()
                : n.getClass().getSimpleName()
                        + (n instanceof Labeled l ? " '" + l.getText() + "'" : "")
                        + "@"
                        + System.identityHashCode(n);
    }

    /** Tabs until the control {@code query} has the focus (at most once round the window). */
    private void tabTo(FxRobot robot, String query) {
        Node target = robot.lookup(query).query();
        for (int i = 0; i < 80 && target.getScene().getFocusOwner() != target; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(target.getScene().getFocusOwner()).isSameAs(target);
    }

    @Test
    void theKeyboardAloneAddsSelectsMovesAndRemovesCards(FxRobot robot) throws TimeoutException {
        settle();
        Node canvas = robot.lookup("#canvas").query();

        tabTo(robot, "#palette-tag_user");
        robot.type(KeyCode.SPACE);
        settle();
        robot.type(KeyCode.ENTER); // the new card's name field: Enter keeps the proposed name
        assertThat(stored().nodes()).containsKey("tag-2");
        assertThat(canvas.isFocused()).isTrue();
        assertThat(studio.selection().get()).isEqualTo(Selection.node("tag-2"));
        robot.type(KeyCode.DELETE);
        settle();
        assertThat(stored().nodes()).doesNotContainKey("tag-2");

        robot.type(KeyCode.TAB); // the canvas got the focus anew: Tab starts at the first card
        assertThat(studio.selection().get()).isEqualTo(Selection.node("start"));
        robot.type(KeyCode.TAB);
        assertThat(studio.selection().get()).isEqualTo(Selection.node("tag"));
        gateway.clearCalls();
        robot.press(KeyCode.RIGHT).press(KeyCode.DOWN); // two presses, held: one step
        robot.release(KeyCode.DOWN, KeyCode.RIGHT);
        settle();

        assertThat(gateway.calls()).filteredOn(c -> c.startsWith("updateNode")).hasSize(1);
        assertThat(stored().nodes().get("tag").position()).isEqualTo(new Position(410, 50));
        assertThat(studio.session().history().undoTextProperty().get()).contains("move 'tag'");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertThat(stored().nodes().get("tag").position()).isEqualTo(new Position(400, 40));

        robot.type(KeyCode.TAB); // past the last card (no arrows yet): the focus moves on
        assertThat(canvas.isFocused()).isFalse();
    }

    @Test
    void theKeyboardAloneConnectsTwoCardsAndOpensTheArrowInTheInspector(FxRobot robot)
            throws TimeoutException {
        settle();
        Node canvas = robot.lookup("#canvas").query();
        tabTo(robot, "#canvas");

        robot.type(KeyCode.TAB).type(KeyCode.C);
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText())
                .startsWith("Connect 'start' to:");
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup("#chooser-title").queryAs(Label.class).getText())
                .isEqualTo("Connect start → tag");
        robot.write("signed.in").type(KeyCode.ENTER);
        settle();

        assertThat(stored().transitions())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.from()).isEqualTo("start");
                            assertThat(t.to()).isEqualTo("tag");
                            assertThat(t.trigger()).isEqualTo(Trigger.on("signed.in"));
                        });
        assertThat(canvas.isFocused()).isTrue();
        assertThat(studio.selection().get()).isEqualTo(Selection.transition("start-to-tag"));

        robot.type(KeyCode.ENTER);
        Node inspector = robot.lookup("#transition-inspector").query();
        assertThat(isInside(canvas.getScene().getFocusOwner(), inspector)).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(canvas.isFocused()).isTrue();
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void copiedCardsGoToTheSystemClipboardAndCardsCopiedElsewherePasteFromIt(FxRobot robot)
            throws Exception {
        settle();
        robot.clickOn("#card-tag");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        DataFormat fragment = DataFormat.lookupMimeType(ClipJson.MIME_TYPE);
        String copied =
                WaitForAsyncUtils.asyncFx(
                                () -> (String) Clipboard.getSystemClipboard().getContent(fragment))
                        .get();
        assertThat(copied).contains("\"format\" : \"journey-fragment/1\"", "\"tag\"", "vip");
        assertThat(
                        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                                .get())
                .isEqualTo(copied);

        // what another editor window or process puts there: two cards and the arrow between them
        String elsewhere =
                ClipJson.write(
                        new Clip(
                                java.util.Map.of(
                                        "welcome",
                                        new com.ascendkit.journeys.model.Node(
                                                new Action.SendEmail("welcome"),
                                                false,
                                                new Position(0, 0))),
                                List.of()));
        robot.interact(
                () ->
                        Clipboard.getSystemClipboard()
                                .setContent(java.util.Map.of(fragment, elsewhere)));
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        robot.clickOn(canvas.localToScreen(30, canvas.getHeight() - 30)); // empty canvas
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        settle();

        assertThat(stored().nodes()).containsKey("welcome");
        assertThat(stored().nodes().get("welcome").action())
                .isEqualTo(new Action.SendEmail("welcome"));
        assertThat(studio.selection().get()).isEqualTo(Selection.node("welcome"));
    }

    /**
     * 200 % on a 1920×1080 screen leaves a window of 960×540: no button is cut short (an ellipsis)
     * there, in the toolbar, palette, panels or status bar.
     */
    @Test
    void noButtonIsCutShortInAWindowOf960By540(FxRobot robot) throws TimeoutException {
        settle();
        Scene scene = robot.lookup("#canvas").query().getScene();
        robot.interact(
                () -> {
                    scene.getWindow().setWidth(960);
                    scene.getWindow().setHeight(540);
                });
        robot.interact(() -> studio.analytics().shownProperty().set(true));
        settle();

        List<String> cut = new ArrayList<>();
        robot.interact(() -> collectCut(scene.getRoot(), cut));
        assertThat(cut).isEmpty();
        assertThat(scene.getRoot().getLayoutBounds().getWidth()).isEqualTo(960);
    }

    private static void collectCut(Node n, List<String> into) {
        if (!n.isVisible()) {
            return;
        }
        boolean mayShrink = "journey-title".equals(n.getId()) || "engine-label".equals(n.getId());
        if (n instanceof Labeled l
                && !mayShrink
                && !(n instanceof javafx.scene.control.ListCell<?>)
                && !l.isWrapText()
                && l.lookup(".text") instanceof Text shown
                && !shown.getText().equals(l.getText().replace("_", ""))
                && !l.getText().isEmpty()) {
            into.add(describe(n) + " shows '" + shown.getText() + "'");
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectCut(c, into));
        }
    }

    @Test
    void ctrlCThenCtrlVOverTheCanvasPastesTheSelectedCardAtThePointer(FxRobot robot)
            throws TimeoutException {
        settle();
        robot.clickOn("#card-tag");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        Viewport vp = studio.canvas().viewport();
        double sx = canvas.getWidth() / 2;
        double sy = canvas.getHeight() - 60;
        robot.moveTo(canvas.localToScreen(sx, sy));
        Position expected = new Position(vp.toWorldX(sx), vp.toWorldY(sy));

        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        settle();

        Position p = stored().nodes().get("tag_2").position();
        assertThat(p.x()).isCloseTo(expected.x(), within(2.0));
        assertThat(p.y()).isCloseTo(expected.y(), within(2.0));
        assertThat(robot.lookup("#card-tag_2").tryQuery()).isPresent();
    }

    @Test
    void aClickOnTheMinimapPansThereAndCtrlShiftMHidesIt(FxRobot robot) throws TimeoutException {
        settle();
        Viewport vp = studio.canvas().viewport();
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        double centreBefore = vp.toWorldX(canvas.getWidth() / 2);
        Region minimap = robot.lookup("#minimap").queryAs(Region.class);

        robot.clickOn(minimap.localToScreen(minimap.getWidth() - 4, minimap.getHeight() - 4));
        settle();

        assertThat(vp.toWorldX(canvas.getWidth() / 2)).isGreaterThan(centreBefore + 10);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M)
                .release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        assertThat(minimap.isVisible()).isFalse();
        assertThat(studio.settings().minimapProperty().get()).isFalse();
    }

    @Test
    void ctrlShiftTSwitchesToPrimerDarkAndBack(FxRobot robot) throws TimeoutException {
        settle();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
                .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
                .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        assertThat(javafx.application.Application.getUserAgentStylesheet())
                .contains("primer-light");
    }

    @Test
    void cardsAndPaletteShowTheFeatherIconOfTheirAction(FxRobot robot) throws TimeoutException {
        settle();

        org.kordamp.ikonli.javafx.FontIcon icon =
                robot.lookup("#card-tag")
                        .lookup(".action-icon")
                        .queryAs(org.kordamp.ikonli.javafx.FontIcon.class);

        assertThat(icon.getIconCode()).isEqualTo(org.kordamp.ikonli.feather.Feather.TAG);
        assertThat(robot.lookup(".palette-item").lookup(".icon-send-email").tryQuery()).isPresent();
    }

    private static MenuItem undoMenu(FxRobot robot) {
        return menuItem(robot, "undo");
    }

    private static MenuItem redoMenu(FxRobot robot) {
        return menuItem(robot, "redo");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    /** A transition made by another client; the editor learns of it by reloading. */
    private void connectElsewhere() throws TimeoutException {
        settle();
        cli.transitions()
                .add(journeyId, AddTransitionRequest.of("start", "tag", Trigger.after("1d")));
        WaitForAsyncUtils.asyncFx(() -> studio.session().reload());
        settle();
    }
}
