package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.studio.dialogs.FxDialogs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A marketer builds the product document's Onboarding Flow in the editor from an empty engine, with
 * only the gestures a person makes: clicks, drags, typed text and keys, each counted as one (a
 * typed text is one gesture; the Enter after it is another). The two emails are written in the
 * editor's Templates window first, through the window too, but not counted. No call goes into a
 * view model or the client until the journey is read back to compare it with the document's.
 */
@ExtendWith(ApplicationExtension.class)
class MarketerFlowUiTest {
    static final int MOST_GESTURES = 20;

    private StudioWindow window;
    private FxRobot robot;
    private int gestures;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(stage, new FxDialogs(() -> stage), 1280, 800, () -> {});
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void buildsTheOnboardingFlowInAtMostTwentyGestures(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        window.settle();
        writeEmail("welcome-email", "Welcome aboard", "Hi {{ name | default: \"there\" }}");
        writeEmail("login-nudge", "Still there?", "Log in to finish setting up");
        gestures = 0;

        // New journey: its name, and its first step with the email it sends, in one dialog
        click("#new-journey");
        robot.targetWindow(window("#new-journey-name")); // a keyboard types into the dialog
        write("Onboarding Flow");
        click("#new-journey-step-name");
        write("welcome_email");
        click("#new-journey-template");
        click(cell("welcome-email"));
        key(KeyCode.ENTER);
        awaitCard("welcome_email");

        // done: a connection dropped on empty canvas, an End step; the question offers the name
        // "done" and the trigger "on user.login"
        drag("#port-welcome_email", beside("#card-welcome_email", 320, -110));
        click("#next-step-end");
        key(KeyCode.ENTER);
        awaitCard("done");

        // nudge_1: another dropped connection, an email step named nudge_1 after 2 days
        drag("#port-welcome_email", beside("#card-welcome_email", 320, 150));
        click("#next-step-send_email");
        write("nudge_1");
        click("#chooser-timer");
        write("2d");
        key(KeyCode.ENTER);
        awaitCard("nudge_1");
        click("#node-template");
        click(cell("login-nudge"));
        window.settle();

        System.out.println(
                "marketer flow: the Onboarding Flow took "
                        + gestures
                        + " gestures (at most "
                        + MOST_GESTURES
                        + ")");
        Journey j = onlyJourney();
        assertThat(j.name()).isEqualTo("Onboarding Flow");
        assertThat(j.entryEvent()).isEqualTo("user.created");
        assertThat(j.entryNode()).isEqualTo("welcome_email");
        assertThat(j.nodes())
                .containsOnlyKeys("welcome_email", "nudge_1", "done")
                .satisfies(
                        n -> {
                            assertThat(action(n, "welcome_email"))
                                    .isEqualTo(new Action.SendEmail("welcome-email"));
                            assertThat(action(n, "nudge_1"))
                                    .isEqualTo(new Action.SendEmail("login-nudge"));
                            assertThat(action(n, "done")).isEqualTo(Action.none());
                            assertThat(n.get("done").terminal()).isTrue();
                            assertThat(n.get("welcome_email").terminal()).isFalse();
                        });
        assertThat(j.transitions())
                .extracting(Transition::name, Transition::from, Transition::to, Transition::trigger)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "welcome_email-to-nudge_1",
                                "welcome_email",
                                "nudge_1",
                                Trigger.after("2d")),
                        org.assertj.core.groups.Tuple.tuple(
                                "welcome_email-to-done",
                                "welcome_email",
                                "done",
                                Trigger.on("user.login")));
        assertThat(gestures).isLessThanOrEqualTo(MOST_GESTURES);
    }

    /** Writes an email in the Templates window (View → Email templates…), then closes it. */
    private void writeEmail(String slug, String subject, String text) throws TimeoutException {
        robot.clickOn("View").clickOn("Email templates…");
        window.settle();
        robot.clickOn("#template-new");
        robot.clickOn("#template-slug").write(slug);
        robot.clickOn("#template-subject").write(subject);
        robot.clickOn("#template-text").write(text);
        robot.clickOn("#template-save");
        await(() -> window.studio.catalog().templateExists(slug));
        Window templates = window("#template-slug");
        WaitForAsyncUtils.asyncFx(templates::hide);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(window("#new-journey"));
    }

    private static Action action(Map<String, Node> nodes, String name) {
        return nodes.get(name).action();
    }

    private Journey onlyJourney() {
        List<JourneySummary> all = window.cli.journeys().list();
        assertThat(all).hasSize(1);
        return window.cli.journeys().get(all.get(0).id()).journey();
    }

    private Window window(String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    private ListCell<?> cell(String item) {
        return robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> item.equals(c.getItem()))
                .queryAs(ListCell.class);
    }

    /** A point on empty canvas, {@code dx}/{@code dy} from the centre of a card, on screen. */
    private Point2D beside(String card, double dx, double dy) {
        Bounds b =
                robot.lookup(card)
                        .query()
                        .localToScreen(robot.lookup(card).query().getBoundsInLocal());
        return new Point2D(b.getCenterX() + dx, b.getCenterY() + dy);
    }

    private void awaitCard(String name) throws TimeoutException {
        await(() -> robot.lookup("#card-" + name).tryQuery().isPresent());
    }

    private void await(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        window.settle();
    }

    private void click(String query) throws TimeoutException {
        gestures++;
        robot.clickOn(query, MouseButton.PRIMARY);
        window.settle();
    }

    private void click(ListCell<?> cell) throws TimeoutException {
        gestures++;
        robot.clickOn(cell, MouseButton.PRIMARY);
        window.settle();
    }

    private void drag(String from, Point2D to) throws TimeoutException {
        gestures++;
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        window.settle();
    }

    private void write(String text) throws TimeoutException {
        gestures++;
        robot.write(text);
        window.settle();
    }

    private void key(KeyCode code) throws TimeoutException {
        gestures++;
        robot.type(code);
        window.settle();
    }
}
