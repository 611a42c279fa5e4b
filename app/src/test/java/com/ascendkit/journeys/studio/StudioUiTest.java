package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.GatewayException;
import com.ascendkit.journeys.studio.sync.InMemoryJourneyGateway;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real editor window, driven by a robot, headless (Monocle). Work goes through the real FX
 * executor (background threads, results back on the FX thread). The engine is {@link
 * InMemoryJourneyGateway} until the engine lands on this branch; then these tests run against a
 * real engine on a random port.
 */
@ExtendWith(ApplicationExtension.class)
class StudioUiTest {
    private final InMemoryJourneyGateway gateway = new InMemoryJourneyGateway();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskExecutor executor;
    private String journeyId;
    private Studio studio;

    @Start
    void start(Stage stage) {
        gateway.addTemplate("welcome");
        journeyId = gateway.createJourney("Onboarding", "user.created", null).journey().id();
        Journey j = gateway.getJourney(journeyId).journey();
        gateway.updateNode(
                journeyId,
                j.version(),
                "start",
                com.ascendkit.journeys.studio.sync.NodeChanges.position(new Position(40, 40)));
        j = gateway.getJourney(journeyId).journey();
        gateway.addNode(
                journeyId,
                j.version(),
                "tag",
                new Action.TagUser("vip"),
                false,
                new Position(400, 40));
        gateway.clearCalls();
        executor = new FxTaskExecutor();
        studio = new Studio(gateway, executor, dialogs, StudioFixture.validator());
        Scene scene = new Scene(new MainView(studio).root(), 1280, 800);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.show();
        studio.start();
        studio.session().open(journeyId);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> executor.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Journey stored() {
        return gateway.stored(journeyId);
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
        connect();
        robot.clickOn("#edge-label-start-to-tag");
        settle();

        robot.doubleClickOn("#transition-delay").eraseText(3).write("2x");
        assertThat(robot.lookup("#transition-error").queryAs(Label.class).getText())
                .startsWith("invalid delay '2x' in 'delay': use a whole number");
        robot.eraseText(2).write("3d").type(KeyCode.ENTER);
        settle();

        assertThat(robot.lookup("#transition-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(stored().transitions().get(0).trigger()).isEqualTo(Trigger.after("3d"));
    }

    @Test
    void movingANodeStoresItsPositionWithOneCallOnDrop(FxRobot robot) throws TimeoutException {
        settle();
        Region card = robot.lookup("#card-tag").queryAs(Region.class);
        double before = card.getLayoutX();

        robot.drag("#card-tag").moveBy(30, 20).moveBy(30, 20).moveBy(40, 20).drop();
        settle();

        assertThat(gateway.calls()).filteredOn(c -> c.startsWith("updateNode")).hasSize(1);
        Position p = stored().nodes().get("tag").position();
        assertThat(p.x()).isGreaterThan(before + 50);
        assertThat(p.x()).isEqualTo(card.getLayoutX());
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
    void aWarningAppearsAndClearsAsTheJourneyIsFixed(FxRobot robot) throws TimeoutException {
        settle();
        ListView<?> list = robot.lookup("#warning-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);

        connect();
        robot.clickOn("#card-tag");
        robot.clickOn("#node-terminal");
        settle();

        assertThat(list.getItems()).isEmpty();
        assertThat(stored().nodes().get("tag").terminal()).isTrue();
    }

    @Test
    void anEngineErrorIsShownInWordsAndTheCanvasReturnsToTheServersTruth(FxRobot robot)
            throws TimeoutException {
        settle();
        Region card = robot.lookup("#card-tag").queryAs(Region.class);
        double before = card.getLayoutX();
        gateway.refuseNext(GatewayException.conflict("node 'tag' holds 2 user(s) and is locked"));

        robot.drag("#card-tag").moveBy(60, 40).drop();
        settle();

        assertThat(card.getLayoutX()).isEqualTo(before);
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText())
                .isEqualTo("Move 'tag' failed: node 'tag' holds 2 user(s) and is locked");
    }

    @Test
    void anUnreachableEngineIsShownAndTheEditIsSentOnRetry(FxRobot robot) throws TimeoutException {
        settle();
        gateway.setReachable(false);

        robot.drag("#card-tag").moveBy(60, 40).drop();
        settle();
        assertThat(robot.lookup("#connection-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#connection-message").queryAs(Label.class).getText())
                .contains("Cannot reach the engine");

        gateway.setReachable(true);
        robot.clickOn("#retry");
        settle();

        assertThat(stored().nodes().get("tag").position()).isNotEqualTo(new Position(400, 40));
        assertThat(robot.lookup("#connection-banner").query().isVisible()).isFalse();
    }

    private void connect() throws TimeoutException {
        settle();
        Journey j = stored();
        gateway.addTransition(journeyId, j.version(), "start", "tag", Trigger.after("1d"), null);
        // made through the API directly: the editor learns of it by reloading
        WaitForAsyncUtils.asyncFx(() -> studio.session().reload());
        settle();
    }
}
