package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.canvas.Viewport;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.settings.StudioSettings;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window around the canvas, at the smallest size it is made for (1024×700) and at 1280×800: the
 * canvas gets most of it, the minimap never takes the canvas's gestures, the help fits, and the PNG
 * export draws the whole journey. A real engine on a random port holds a journey of 10 steps in
 * four columns, as auto-layout would place the product document's onboarding journey grown by a few
 * steps.
 */
@ExtendWith(ApplicationExtension.class)
class WindowUiTest {
    /** Columns of the journey's cards, left to right; each column top to bottom. */
    private static final String[][] COLUMNS = {
        {"welcome_email"},
        {"nudge_1", "done", "tag_active"},
        {"nudge_2", "stage_activated", "survey_email"},
        {"give_up", "tag_lapsed", "stage_lapsed"}
    };

    @TempDir Path dataDir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StudioSettings settings = StudioSettings.inMemory();
    private TestEngine engine;
    private FxTaskExecutor executor;
    private Studio studio;
    private Stage stage;
    private EngineClient cli;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        engine = TestEngine.start(dataDir);
        TestEngine.Environment env = engine.newEnvironment();
        cli = engine.client(env);
        String id =
                cli.journeys()
                        .create(
                                CreateJourneyRequest.of("Café onboarding", "user.created")
                                        .withEntryNode("welcome_email"))
                        .journey()
                        .id();
        for (int c = 0; c < COLUMNS.length; c++) {
            for (int r = 0; r < COLUMNS[c].length; r++) {
                String name = COLUMNS[c][r];
                Position p = new Position(40 + 280 * c, 40 + 116 * (c == 0 ? 1 : r));
                if (c == 0) {
                    cli.nodes()
                            .update(
                                    id,
                                    name,
                                    UpdateNodeRequest.empty()
                                            .withAction(new Action.TagUser("new"))
                                            .withPosition(p));
                } else {
                    cli.nodes()
                            .add(
                                    id,
                                    AddNodeRequest.named(name)
                                            .withAction(new Action.TagUser(name))
                                            .withPosition(p));
                }
            }
        }
        cli.transitions()
                .add(id, AddTransitionRequest.of("welcome_email", "nudge_1", Trigger.after("2d")));
        cli.transitions()
                .add(id, AddTransitionRequest.of("nudge_1", "nudge_2", Trigger.after("3d")));
        executor = new FxTaskExecutor();
        studio =
                new Studio(
                        engine.gateway(env),
                        executor,
                        dialogs,
                        JourneyValidator.standard(),
                        "embedded engine " + engine.url(),
                        settings);
        Scene scene = new Scene(new MainView(studio).root(), 1024, 700);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        studio.start();
        studio.session().open(id);
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

    private static Bounds onScreen(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }

    @Test
    void theConnectPopupTakesAClickWhereItCoversTheMinimap(FxRobot robot) throws Exception {
        settle();
        Viewport vp = studio.canvas().viewport();
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        Region minimap = robot.lookup("#minimap").queryAs(Region.class);
        Bounds map = canvas.sceneToLocal(minimap.localToScene(minimap.getBoundsInLocal()));
        // the last card right under the minimap, so that the connect popup opens over it
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            vp.centerOn(880 + 100, 272 + 38);
                            vp.panBy(
                                    map.getCenterX() - canvas.getWidth() / 2,
                                    map.getCenterY() - canvas.getHeight() / 2);
                        })
                .get();
        settle();
        robot.drag("#port-welcome_email").moveTo(minimap).drop();
        settle();
        Node chooser = robot.lookup("#connect-chooser").query();
        Bounds both = intersection(onScreen(chooser), onScreen(minimap));
        assertThat(both).as("the connect popup over the minimap").isNotNull();
        double panX = vp.panXProperty().get();
        double panY = vp.panYProperty().get();

        robot.clickOn(new javafx.geometry.Point2D(both.getCenterX(), both.getCenterY()));
        settle();

        assertThat(vp.panXProperty().get()).isEqualTo(panX);
        assertThat(vp.panYProperty().get()).isEqualTo(panY);
        assertThat(chooser.isVisible()).isTrue();
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX - minX < 2 || maxY - minY < 2
                ? null
                : new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Test
    void theMinimapIsASmallPartOfTheCanvasAt1024By700(FxRobot robot) throws TimeoutException {
        settle();

        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        Region minimap = robot.lookup("#minimap").queryAs(Region.class);
        assertThat(minimap.isVisible()).isTrue();
        assertThat(minimap.getWidth()).isLessThanOrEqualTo(canvas.getWidth() * 0.18 + 1);
        assertThat(minimap.getHeight()).isLessThanOrEqualTo(canvas.getHeight() * 0.18 + 1);
    }

    @Test
    void theMinimapsCloseButtonHidesItAndTheSettingRemembersIt(FxRobot robot)
            throws TimeoutException {
        settle();

        robot.clickOn("#minimap-close");
        settle();

        assertThat(robot.lookup("#minimap").query().isVisible()).isFalse();
        assertThat(settings.minimapProperty().get()).isFalse();
    }

    @Test
    void aCardDraggedOverTheMinimapLeavesItMouseTransparentUntilTheDrop(FxRobot robot)
            throws TimeoutException {
        settle();
        Region minimap = robot.lookup("#minimap").queryAs(Region.class);

        robot.moveTo("#card-welcome_email").press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(minimap);
        boolean duringDrag = minimap.isMouseTransparent();
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        settle();

        assertThat(duringDrag).isTrue();
        assertThat(minimap.isMouseTransparent()).isFalse();
    }

    @Test
    void theCanvasTakesMostOfA1024By700Window(FxRobot robot) throws TimeoutException {
        settle();

        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        assertThat(canvas.getWidth() / canvas.getScene().getWidth()).isGreaterThanOrEqualTo(0.6);
        assertThat(robot.lookup("#list-slot").query().isVisible()).isFalse();
    }

    @Test
    void fitShowsTenStepsAtAReadableZoomAt1280By800(FxRobot robot) throws TimeoutException {
        settle();
        robot.interact(
                () -> {
                    stage.setWidth(1280);
                    stage.setHeight(800);
                });
        settle();

        robot.clickOn("#fit");
        settle();

        assertThat(studio.canvas().viewport().zoomProperty().get()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void theJourneysButtonShowsTheCollapsedListAndTheSettingRemembersIt(FxRobot robot)
            throws TimeoutException {
        settle();

        robot.clickOn("#journeys-toggle");
        settle();

        assertThat(robot.lookup("#list-slot").query().isVisible()).isTrue();
        assertThat(settings.journeyListProperty().get()).isTrue();
    }

    @Test
    void showingTheJourneyListListsAJourneyMadeElsewhereMeanwhile(FxRobot robot)
            throws TimeoutException {
        settle();
        if (robot.lookup("#list-slot").query().isVisible()) {
            robot.clickOn("#journeys-toggle");
            settle();
        }
        cli.journeys().create(CreateJourneyRequest.of("Made at the CLI", "user.login"));

        robot.clickOn("#journeys-toggle");
        settle();

        assertThat(
                        robot.lookup("#journey-list").queryListView().getItems().stream()
                                .map(Object::toString))
                .anyMatch(s -> s.contains("Made at the CLI"));
    }

    @Test
    void theInspectorButtonCollapsesTheInspectorAndTheCanvasTakesItsPlace(FxRobot robot)
            throws TimeoutException {
        settle();
        Region canvas = robot.lookup("#canvas").queryAs(Region.class);
        double before = canvas.getWidth();

        robot.clickOn("#inspector-toggle");
        settle();

        assertThat(robot.lookup("#side-scroll").query().isVisible()).isFalse();
        assertThat(canvas.getWidth()).isGreaterThan(before + 200);
        assertThat(settings.inspectorProperty().get()).isFalse();
    }

    @Test
    void theShortcutHelpFitsA1024By700Window(FxRobot robot) throws TimeoutException {
        settle();

        robot.type(javafx.scene.input.KeyCode.F1);
        settle();

        Bounds panel = onScreen(robot.lookup("#shortcut-panel").query());
        Bounds window = onScreen(robot.lookup("#studio").query());
        assertThat(panel.getMinY()).isGreaterThanOrEqualTo(window.getMinY());
        assertThat(panel.getMaxY()).isLessThanOrEqualTo(window.getMaxY());
        assertThat(panel.getMinX()).isGreaterThanOrEqualTo(window.getMinX());
        assertThat(panel.getMaxX()).isLessThanOrEqualTo(window.getMaxX());
    }

    @Test
    void exportsTheWholeJourneyWithoutTheFocusFrameOrTheSelection(FxRobot robot) throws Exception {
        settle();
        Viewport vp = studio.canvas().viewport();
        WaitForAsyncUtils.asyncFx(() -> vp.zoomBy(1 / vp.zoomProperty().get())).get();
        robot.clickOn("#card-nudge_1");
        settle();
        Node canvas = robot.lookup("#canvas").query();
        robot.interact(canvas::requestFocus); // the frame shows where the keys go
        assertThat(canvas.isFocused()).isTrue();
        Path file = dataDir.resolve("Café onboarding.png");
        dialogs.pngFile = Optional.of(file);

        robot.clickOn("#file-menu").clickOn("#export-png");
        settle();

        assertThat(dialogs.asked).contains("png: Café onboarding.png");
        BufferedImage png = ImageIO.read(file.toFile());
        // the four columns of cards: 3 × 280 + 200 by 2 × 116 + 76 world pixels, at 100 %
        assertThat(png.getWidth()).isGreaterThanOrEqualTo(1040);
        assertThat(png.getHeight()).isGreaterThanOrEqualTo(308);
        int frame = 0x0969da; // Primer's accent, the focus frame's and the selection's colour
        for (int x = 0; x < png.getWidth(); x++) {
            for (int y : new int[] {0, 1, png.getHeight() - 1}) {
                assertThat(png.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isNotEqualTo(frame);
            }
        }
        assertThat(studio.selection().get()).isEqualTo(Selection.node("nudge_1"));
        assertThat(robot.lookup("#card-nudge_1").query().getStyleClass()).contains("selected");
    }

    @Test
    void exportsAtTwiceTheSizeWhenAskedFor(FxRobot robot) throws Exception {
        settle();
        Path one = dataDir.resolve("one.png");
        Path two = dataDir.resolve("two.png");

        dialogs.pngFile = Optional.of(one);
        robot.clickOn("#file-menu").clickOn("#export-png");
        settle();
        dialogs.pngFile = Optional.of(two);
        robot.clickOn("#file-menu").clickOn("#export-png-2x");
        settle();

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(large.getWidth()).isBetween(2 * small.getWidth() - 2, 2 * small.getWidth() + 2);
        assertThat(large.getHeight())
                .isBetween(2 * small.getHeight() - 2, 2 * small.getHeight() + 2);
    }
}
