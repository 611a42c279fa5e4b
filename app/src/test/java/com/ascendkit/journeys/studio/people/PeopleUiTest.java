package com.ascendkit.journeys.studio.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.StudioWindow;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The people panel and the replay in the real window over a real engine: an active journey "start"
 * (entry, on {@code user.created}) → on {@code user.login} → "welcomed" → after 2 days →
 * "reminder". What a user sees and does: the counts open the list, a user's path is replayed with
 * the step controls, the search jumps to a user.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleUiTest {
    private StudioWindow window;
    private EngineClient cli;
    private String journeyId;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(stage, new ScriptedDialogs(), 1280, 800, () -> {});
        cli = window.cli;
        cli.templates().put(new Template("welcome-email", "Welcome", "<p>Hi</p>", null));
        journeyId =
                cli.journeys()
                        .create(CreateJourneyRequest.of("Onboarding", "user.created"))
                        .journey()
                        .id();
        cli.nodes()
                .update(
                        journeyId,
                        "start",
                        UpdateNodeRequest.empty().withPosition(new Position(40, 60)));
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("welcomed")
                                .withAction(new Action.TagUser("vip"))
                                .withPosition(new Position(340, 60)));
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("reminder")
                                .withTerminal(true)
                                .withPosition(new Position(640, 60)));
        cli.transitions()
                .add(
                        journeyId,
                        AddTransitionRequest.of("start", "welcomed", Trigger.on("user.login")));
        cli.transitions()
                .add(
                        journeyId,
                        AddTransitionRequest.of("welcomed", "reminder", Trigger.after("2d")));
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    private void activateAndSignUp(String... users) {
        cli.journeys().activate(journeyId);
        for (String u : users) {
            cli.events().system(SystemEvent.of(u, "user.created"));
        }
    }

    private void open() throws Exception {
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            window.studio.session().open(journeyId);
                            window.studio.analytics().shownProperty().set(true);
                        })
                .get();
        window.settle();
    }

    @SuppressWarnings("unchecked")
    private static ListView<JourneyUser> list(FxRobot robot) {
        return robot.lookup("#people-list").queryAs(ListView.class);
    }

    private static boolean styled(FxRobot robot, String id, String styleClass) {
        return robot.lookup(id).query().getStyleClass().contains(styleClass);
    }

    @Test
    void listsTheUsersInAStepWhenItsCountIsClicked(FxRobot robot) throws Exception {
        activateAndSignUp("ann", "bob", "cy");
        open();

        robot.clickOn("#stats-start");
        window.settle();

        assertThat(robot.lookup("#people-panel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#people-title").queryAs(Label.class).getText())
                .isEqualTo("In start now");
        assertThat(list(robot).getItems())
                .extracting(JourneyUser::userId)
                .containsExactly("cy", "bob", "ann");
        assertThat(robot.lookup("#people-status").queryAs(Label.class).getText())
                .isEqualTo("3 users");
    }

    /** Ten rows do not fit in the list at 1280×800: the first page ends out of sight. */
    @Test
    void loadsTheNextPageWhenAskedAtTheEndOfTheList(FxRobot robot) throws Exception {
        String[] users = new String[12];
        for (int i = 0; i < users.length; i++) {
            users[i] = String.format("u%02d", i + 1);
        }
        activateAndSignUp(users);
        window.studio.people().pageSize(10);
        open();
        robot.clickOn("#stats-start");
        window.settle();
        assertThat(list(robot).getItems()).hasSize(10);

        robot.clickOn("#people-more");
        window.settle();

        assertThat(list(robot).getItems()).hasSize(12);
        assertThat(list(robot).getItems().getLast().userId()).isEqualTo("u01");
        assertThat(robot.lookup("#people-more").query().isVisible()).isFalse();
    }

    @Test
    void listsTheFailedUsersGroupedByReason(FxRobot robot) throws Exception {
        cli.nodes()
                .update(
                        journeyId,
                        "start",
                        UpdateNodeRequest.action(new Action.SendEmail("welcome-email")));
        activateAndSignUp("nomail_1", "nomail_2");
        open();

        robot.clickOn("#failures-start");
        window.settle();

        assertThat(robot.lookup("#people-title").queryAs(Label.class).getText())
                .isEqualTo("Failed at start · 2");
        assertThat(robot.lookup("#people-reason-all").queryAs(ToggleButton.class).getText())
                .isEqualTo("All · 2");
        assertThat(robot.lookup("#people-reason-0").queryAs(ToggleButton.class).getText())
                .contains("email address")
                .endsWith(" · 2");
        assertThat(list(robot).getItems()).hasSize(2);
    }

    @Test
    void listsEveryFailedUserFromTheStatusBar(FxRobot robot) throws Exception {
        cli.nodes()
                .update(
                        journeyId,
                        "start",
                        UpdateNodeRequest.action(new Action.SendEmail("welcome-email")));
        activateAndSignUp("nomail_1", "nomail_2");
        open();

        robot.clickOn("#failed-users-link");
        window.settle();

        assertThat(robot.lookup("#people-title").queryAs(Label.class).getText())
                .isEqualTo("Failed users · 2");
        assertThat(list(robot).getItems()).extracting(JourneyUser::status).containsOnly("failed");
    }

    @Test
    void lightsTheNextCardWhenTheReplayStepsForward(FxRobot robot) throws Exception {
        activateAndSignUp("ann");
        cli.events().system(SystemEvent.of("ann", "user.login"));
        open();
        robot.clickOn("#stats-welcomed");
        window.settle();
        robot.clickOn(robot.lookup("#people-list .list-cell").nth(0).<Node>query());
        window.settle();
        assertThat(robot.lookup("#replay-bar").query().isVisible()).isTrue();
        assertThat(styled(robot, "#card-welcomed", "replay-current")).isTrue();
        assertThat(robot.lookup("#trail-note-welcomed").queryAs(Label.class).getText())
                .startsWith("due ");

        robot.clickOn("#replay-first");
        window.settle();
        assertThat(styled(robot, "#card-start", "replay-current")).isTrue();
        assertThat(styled(robot, "#card-welcomed", "visited")).isFalse();
        assertThat(styled(robot, "#edge-start-to-welcomed", "visited")).isFalse();
        for (int i = 0; i < 5 && !styled(robot, "#card-welcomed", "visited"); i++) {
            robot.clickOn("#replay-next");
            window.settle();
        }

        assertThat(styled(robot, "#card-welcomed", "replay-current")).isTrue();
        assertThat(styled(robot, "#edge-start-to-welcomed", "visited")).isTrue();
        assertThat(robot.lookup("#trail-welcomed").queryAs(Label.class).getText())
                .startsWith("2 · ");
    }

    @Test
    void jumpsToAUsersReplayFromTheSearchBox(FxRobot robot) throws Exception {
        cli.users().put("ann", UpsertUserRequest.email("ann@example.com"));
        cli.users().put("bob", UpsertUserRequest.email("bob@example.com"));
        activateAndSignUp("ann");
        open();
        robot.clickOn("#people-toggle");

        robot.clickOn("#people-search").write("bob").type(KeyCode.ENTER);
        window.settle();
        assertThat(robot.lookup("#people-search-message").queryAs(Label.class).getText())
                .isEqualTo("bob@example.com is not in this journey.");
        robot.doubleClickOn("#people-search").write("ANN@").type(KeyCode.ENTER);
        window.settle();

        assertThat(robot.lookup("#replay-who").queryAs(Label.class).getText())
                .isEqualTo("ann@example.com");
        assertThat(styled(robot, "#card-start", "replay-current")).isTrue();
    }

    @Test
    void leavesTheReplayOnEscape(FxRobot robot) throws Exception {
        activateAndSignUp("ann");
        open();
        robot.clickOn("#stats-start");
        window.settle();
        robot.clickOn(robot.lookup("#people-list .list-cell").nth(0).<Node>query());
        window.settle();
        assertThat(styled(robot, "#card-start", "replay-current")).isTrue();

        robot.clickOn("#replay-position").type(KeyCode.ESCAPE);
        window.settle();

        Node bar = robot.lookup("#replay-bar").query();
        assertThat(bar.isVisible()).isFalse();
        assertThat(styled(robot, "#card-start", "replay-current")).isFalse();
    }
}
