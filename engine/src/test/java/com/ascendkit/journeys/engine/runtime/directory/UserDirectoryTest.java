package com.ascendkit.journeys.engine.runtime.directory;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class UserDirectoryTest extends RuntimeTestCase {

    @Test
    void showsProfileTagsStageStatesAndPath() {
        String j = tagThenStageAfterADay();
        fx.runtime
                .users()
                .put(ENV, "u1", new ProfileFields("ada@example.com", "Ada", "github", null, null));
        fx.runtime.events().system(ENV, "u1", "user.created", null);
        fx.runtime.advanceClock(Duration.ofDays(1));

        UserView view = fx.runtime.users().get(ENV, "u1").orElseThrow();

        assertThat(view.profile().email()).isEqualTo("ada@example.com");
        assertThat(view.profile().provider()).isEqualTo("github");
        assertThat(view.profile().tags()).containsExactly("new");
        assertThat(view.profile().stage()).isEqualTo("onboarding");
        UserView.JourneyPath path = view.journeys().get(0);
        assertThat(path.journeyId()).isEqualTo(j);
        assertThat(path.currentNode()).isEqualTo("stage");
        assertThat(path.path())
                .extracting(UserView.Visit::node, UserView.Visit::transition)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tag", "tag-to-stage"),
                        org.assertj.core.groups.Tuple.tuple("stage", null));
    }

    @Test
    void putReplacesTheProfileWholeAndKeepsTagsStageAndJourneys() {
        String j = tagThenStageAfterADay();
        fx.runtime
                .users()
                .put(ENV, "u1", new ProfileFields("ada@example.com", "Ada", null, null, null));
        fx.runtime.events().system(ENV, "u1", "user.created", null);
        fx.runtime.advanceClock(Duration.ofDays(1));

        UserView v =
                fx.runtime
                        .users()
                        .put(ENV, "u1", new ProfileFields(null, null, "google", null, null));

        assertThat(v.profile().email()).isNull();
        assertThat(v.profile().name()).isNull();
        assertThat(v.profile().provider()).isEqualTo("google");
        assertThat(v.profile().tags()).containsExactly("new");
        assertThat(v.profile().stage()).isEqualTo("onboarding");
        assertThat(v.journeys()).extracting(UserView.JourneyPath::journeyId).containsExactly(j);
        assertThat(v.journeys().get(0).currentNode()).isEqualTo("stage");
    }

    @Test
    void rejectsBadEmailNamingTheField() {
        assertThatThrownBy(
                        () ->
                                fx.runtime
                                        .users()
                                        .put(
                                                ENV,
                                                "u1",
                                                new ProfileFields(
                                                        "not-an-email", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'not-an-email'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
        assertThat(fx.runtime.users().get(ENV, "u1")).isEmpty();
    }

    @Test
    void deleteErasesUserStatesTimersAndEmailsAndCountsActiveAsExited() {
        fx.template("t", "s", null, "body");
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.created", "mail")
                                .node("mail", new Action.SendEmail("t"))
                                .terminal("done")
                                .timer("mail", "done", "1d")
                                .build());
        fx.runtime
                .users()
                .put(ENV, "u1", new ProfileFields("ada@example.com", null, null, null, null));
        fx.runtime.events().system(ENV, "u1", "user.created", null);

        assertThat(fx.runtime.users().delete(ENV, "u1")).isTrue();

        assertThat(fx.runtime.users().get(ENV, "u1")).isEmpty();
        for (String table :
                new String[] {
                    "user_journey_states", "user_visits", "journey_timers", "email_outbox", "users"
                }) {
            assertThat(fx.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(fx.stats.totals(j)).isEqualTo(new JourneyStats(1, 0, 0, 0, 1));
        assertThat(fx.runtime.users().delete(ENV, "u1")).isFalse();
    }

    @Test
    void erasureLeavesTheUsersIdAndAddressInNoTable() {
        fx.template("t", "s", null, "body");
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.created", "mail")
                                .node("mail", new Action.SendEmail("t"))
                                .node("tag", new Action.TagUser("new"))
                                .timer("mail", "tag", "1d")
                                .build());
        String id = "erase-me-7f3";
        String email = "erase.me.7f3@example.com";
        fx.runtime
                .users()
                .put(
                        ENV,
                        id,
                        new ProfileFields(
                                email, "Ada", null, Map.of("plan", "pro"), "Europe/Paris"));
        fx.runtime.events().system(ENV, id, "user.created", Map.of("referrer", email));
        fx.runtime.dispatcher().dispatchDue();
        fx.runtime.advanceClock(Duration.ofDays(1));
        storedAnswer("k1", "/v1/users/" + id, "{}");
        storedAnswer("k2", "/v1/events/track", "{\"userId\":\"" + id + "\"}");
        storedAnswer("k3", "/v1/events/track", "{\"userId\":\"someone-else\"}");
        fx.runtime.events().system(ENV, "someone-else", "user.created", null);

        fx.runtime.users().delete(ENV, id);

        fx.db.jdbi()
                .useHandle(
                        h -> {
                            assertThat(ErasureScan.columnsHolding(h, id)).isEmpty();
                            assertThat(ErasureScan.columnsHolding(h, email)).isEmpty();
                        });
        assertThat(fx.count("SELECT COUNT(*) FROM idempotency_keys")).isEqualTo(1);
        assertThat(fx.count("SELECT COUNT(*) FROM user_steps WHERE journey_id = ?", j))
                .isPositive();
    }

    private void storedAnswer(String key, String path, String response) {
        fx.db.jdbi()
                .useHandle(
                        h ->
                                h.createUpdate(
                                                "INSERT INTO idempotency_keys (environment_id,"
                                                        + " idem_key, method, path, body_hash,"
                                                        + " status, response, created_at) VALUES"
                                                        + " (:e, :k, 'POST', :p, 'h', 200, :r,"
                                                        + " CURRENT_TIMESTAMP)")
                                        .bind("e", ENV)
                                        .bind("k", key)
                                        .bind("p", path)
                                        .bind("r", response)
                                        .execute());
    }

    /** An active journey: tag "new" on entry (user.created), the stage "onboarding" a day later. */
    private String tagThenStageAfterADay() {
        return fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "tag")
                        .node("tag", new Action.TagUser("new"))
                        .node("stage", new Action.AdvanceStage("onboarding"))
                        .timer("tag", "stage", "1d")
                        .build());
    }
}
