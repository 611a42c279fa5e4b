package com.ascendkit.journeys.engine.runtime.people;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.engine.runtime.RuntimeSettings;
import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.email.MessageIds;
import com.ascendkit.journeys.engine.runtime.email.SmtpConfig;
import com.ascendkit.journeys.engine.runtime.steps.StepRow;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

abstract class JourneyPeopleTest extends RuntimeTestCase {
    @RegisterExtension
    final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Override
    protected void configure(RuntimeSettings.Builder settings) {
        settings.smtp(SmtpConfig.plain("127.0.0.1", mail.getSmtp().getPort()))
                .defaultSender("journeys@localhost", "Journeys");
    }

    /** The product document's onboarding: welcome email, a nudge after 2 days, done on login. */
    private String onboarding() {
        fx.template("welcome", "Welcome", null, "Hi");
        fx.template("nudge", "Still there?", null, "Come back");
        return fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "welcome")
                        .node("welcome", new Action.SendEmail("welcome"))
                        .node("nudge", new Action.SendEmail("nudge"))
                        .terminal("done")
                        .timer("welcome", "nudge", "2d")
                        .on("login", "nudge", "done", "user.login")
                        .build());
    }

    private void signUp(String user, String email) {
        fx.runtime.users().put(ENV, user, new ProfileFields(email, null, null, null, null));
        fx.runtime.events().system(ENV, user, "user.created", Map.of("provider", "github"));
    }

    @Test
    void recordsThePathThroughOnboardingExactly() {
        String j = onboarding();
        signUp("u1", "ada@example.com");
        fx.runtime.dispatcher().dispatchDue();
        fx.runtime.advanceClock(Duration.ofDays(2));
        fx.runtime.dispatcher().dispatchDue();
        fx.runtime.events().system(ENV, "u1", "user.login", null);

        UserPath path = fx.runtime.people().path(ENV, j, "u1").orElseThrow();

        assertThat(path.status()).isEqualTo("completed");
        assertThat(path.node()).isEqualTo("done");
        assertThat(path.waiting()).isEmpty();
        assertThat(path.steps())
                .extracting(StepRow::kind, StepRow::node, StepRow::outcome, StepRow::target)
                .containsExactly(
                        tuple("entered", "welcome", null, null),
                        tuple("action", "welcome", "queued", null),
                        tuple("email", "welcome", "sent", null),
                        tuple("moved", "welcome", null, "nudge"),
                        tuple("action", "nudge", "queued", null),
                        tuple("email", "nudge", "sent", null),
                        tuple("moved", "nudge", null, "done"),
                        tuple("completed", "done", null, null));
        StepRow entered = path.steps().get(0);
        assertThat(entered.event()).isEqualTo("user.created");
        assertThat(entered.detail()).containsEntry("properties", Map.of("provider", "github"));
        assertThat(entered.at()).isEqualTo(START);
        assertThat(path.steps().get(1).messageId())
                .isEqualTo(MessageIds.of(j, "u1", 1, "welcome"))
                .isEqualTo(path.steps().get(2).messageId());
        StepRow timer = path.steps().get(3);
        assertThat(timer.transition()).isEqualTo("welcome-to-nudge");
        assertThat(timer.event()).isNull();
        assertThat(timer.detail())
                .containsEntry("dueAt", START.plus(Duration.ofDays(2)).toString());
        assertThat(path.steps().get(6).event()).isEqualTo("user.login");
    }

    @Test
    void showsTheTimerAUserIsWaitingFor() {
        String j = onboarding();
        signUp("u1", "ada@example.com");

        UserPath path = fx.runtime.people().path(ENV, j, "u1").orElseThrow();

        assertThat(path.waiting())
                .containsExactly(
                        new UserPath.Waiting(
                                "welcome-to-nudge", "nudge", START.plus(Duration.ofDays(2))));
    }

    @Test
    void recordsAFailedSendWithItsReasonInWords() {
        String j = onboarding();
        fx.runtime.events().system(ENV, "nomail", "user.created", null);

        PeoplePage failed =
                fx.runtime.people().list(ENV, j, PeopleQuery.of(null, null, true, null, null));

        assertThat(failed.items())
                .extracting(Person::userId, Person::node, Person::reason)
                .containsExactly(tuple("nomail", "welcome", "has no email address"));
        assertThat(failed.reasons())
                .containsExactly(new PeoplePage.Reason("has no email address", 1));
        assertThat(failed.items().get(0).lastStep().kind()).isEqualTo("failed");
        List<StepRow> steps = fx.runtime.people().path(ENV, j, "nomail").orElseThrow().steps();
        assertThat(steps)
                .extracting(StepRow::kind, StepRow::outcome)
                .containsExactly(
                        tuple("entered", null), tuple("action", "failed"), tuple("failed", null));
    }

    @Test
    void listsWhoIsInAStepNewestArrivalFirst() {
        String j = onboarding();
        signUp("a", "a@example.com");
        fx.runtime.advanceClock(Duration.ofHours(1));
        signUp("b", "b@example.com");
        fx.runtime.advanceClock(Duration.ofDays(2)); // both move on to nudge, a first
        fx.runtime.advanceClock(Duration.ofHours(1));
        signUp("c", "c@example.com");

        PeoplePage welcome =
                fx.runtime
                        .people()
                        .list(ENV, j, PeopleQuery.of("welcome", null, false, null, null));
        PeoplePage nudge =
                fx.runtime.people().list(ENV, j, PeopleQuery.of("nudge", null, false, null, null));

        assertThat(welcome.items()).extracting(Person::userId).containsExactly("c");
        assertThat(welcome.items().get(0).email()).isEqualTo("c@example.com");
        assertThat(welcome.items().get(0).lastStep().kind()).isEqualTo("action");
        assertThat(nudge.items()).extracting(Person::userId).containsExactly("b", "a");
        assertThat(nudge.reasons()).isEmpty();
    }

    @Test
    void pagesNeitherRepeatNorSkipUsersWhoStayWhileOthersMove() {
        String j = onboarding();
        for (int i = 0; i < 7; i++) {
            signUp("u" + i, "u" + i + "@example.com");
            fx.runtime.advanceClock(Duration.ofMinutes(1));
        }
        PeopleQuery first = PeopleQuery.of("welcome", null, false, "3", null);
        PeoplePage page = fx.runtime.people().list(ENV, j, first);
        List<String> seen = new ArrayList<>(page.items().stream().map(Person::userId).toList());
        // a newcomer arrives at the front while the pages are read: the later pages do not shift
        signUp("late", "late@example.com");
        while (page.nextCursor() != null) {
            page =
                    fx.runtime
                            .people()
                            .list(
                                    ENV,
                                    j,
                                    PeopleQuery.of("welcome", null, false, "3", page.nextCursor()));
            seen.addAll(page.items().stream().map(Person::userId).toList());
        }

        Set<String> unique = new HashSet<>(seen);
        assertThat(seen).hasSize(unique.size());
        assertThat(seen).containsExactly("u6", "u5", "u4", "u3", "u2", "u1", "u0");
    }

    @Test
    void refusesAJourneyOfAnotherEnvironment() {
        String j = onboarding();

        assertThatThrownBy(
                        () ->
                                fx.runtime
                                        .people()
                                        .list(
                                                "env_other",
                                                j,
                                                PeopleQuery.of(null, null, false, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.runtime.people().path(ENV, j, "nobody")).isEmpty();
    }

    @Test
    void refusesAnUnknownStatusNamingTheField() {
        assertThatThrownBy(() -> PeopleQuery.of(null, "asleep", false, null, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("status");
    }
}
