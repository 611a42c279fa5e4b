package com.ascendkit.journeys.engine.runtime.directory;

import com.ascendkit.journeys.engine.runtime.actions.QueuedActions;
import com.ascendkit.journeys.engine.runtime.email.OutboxStore;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.states.StateMachine;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.engine.runtime.users.UserIds;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@code /v1/users/{userId}}: read a user with their journeys and paths, set their profile, erase
 * them. Erasing deletes the user, their states, paths, steps, timers, queued actions, outbox emails
 * (their address and rendered content are personal data) and the stored answers of idempotent
 * requests that name them ({@link StoredAnswers}). Counters are history and stay, except that a
 * user still active in a journey is first counted as exited there, so that the totals keep adding
 * up (enrolled = active + completed + failed + exited). Thread-safe.
 */
public final class UserDirectory {
    private final Database db;
    private final Clock clock;
    private final UserStore users;
    private final StateMachine machine;
    private final QueuedActions queue;
    private final OutboxStore outbox;
    private final JourneyEvents events;

    public UserDirectory(
            Database db,
            Clock clock,
            UserStore users,
            StateMachine machine,
            QueuedActions queue,
            OutboxStore outbox,
            JourneyEvents events) {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.machine = machine;
        this.queue = queue;
        this.outbox = outbox;
        this.events = events;
    }

    /** {@code GET /v1/users}: a page of the environment's users ({@link UserList}). */
    public UserList.Page list(String environmentId, String query, String limit, String cursor) {
        return db.jdbi().withHandle(h -> UserList.read(h, environmentId, query, limit, cursor));
    }

    public Optional<UserView> get(String environmentId, String userId) {
        return db.jdbi().withHandle(h -> view(h, environmentId, userId));
    }

    /**
     * {@code PUT /v1/users/{userId}}: creates the user or replaces the profile whole (a null field
     * is cleared); tags, stage and journey states are kept.
     */
    public UserView put(String environmentId, String userId, ProfileFields profile) {
        UserIds.require(userId);
        return Transactions.inTransaction(
                db,
                h -> {
                    var now = clock.instant();
                    users.ensure(h, environmentId, userId, now);
                    users.lock(h, environmentId, userId);
                    users.replaceProfile(h, environmentId, userId, profile, now);
                    return view(h, environmentId, userId).orElseThrow();
                });
    }

    /** {@code DELETE /v1/users/{userId}}: erases the user; false when there was none. */
    public boolean delete(String environmentId, String userId) {
        return Transactions.inTransaction(
                db,
                h -> {
                    if (users.lock(h, environmentId, userId).isEmpty()) {
                        return false;
                    }
                    RunContext run = new RunContext(h, clock.instant(), db.dialect());
                    List<UserState> states = machine.states().ofUser(h, environmentId, userId);
                    for (UserState s : states) {
                        if (s.isActive()) {
                            machine.end(run, s, UserState.EXITED, "user deleted");
                        }
                    }
                    run.finish(events);
                    for (UserState s : states) {
                        for (String table :
                                List.of(
                                        "journey_timers",
                                        "user_steps",
                                        "user_visits",
                                        "user_journey_states")) {
                            h.createUpdate(
                                            "DELETE FROM "
                                                    + table
                                                    + " WHERE journey_id = :j AND user_id = :u")
                                    .bind("j", s.journeyId())
                                    .bind("u", userId)
                                    .execute();
                        }
                    }
                    queue.deleteForUser(h, environmentId, userId);
                    StoredAnswers.forget(h, environmentId, userId, email(h, environmentId, userId));
                    outbox.deleteForUser(h, environmentId, userId);
                    return users.delete(h, environmentId, userId);
                });
    }

    private Optional<UserView> view(Handle h, String environmentId, String userId) {
        return users.find(h, environmentId, userId)
                .map(
                        profile -> {
                            List<UserView.JourneyPath> paths = new ArrayList<>();
                            Map<String, Instant[]> spans = spans(h, environmentId, userId);
                            for (UserState s : machine.states().ofUser(h, environmentId, userId)) {
                                Instant[] span = spans.get(s.journeyId());
                                paths.add(
                                        new UserView.JourneyPath(
                                                s.journeyId(),
                                                s.status(),
                                                s.node(),
                                                s.enteredAt(),
                                                span == null ? null : span[0],
                                                span == null ? null : span[1],
                                                visits(h, s.journeyId(), userId)));
                            }
                            return new UserView(profile, paths);
                        });
    }

    /** Per journey: when the user enrolled and when the state ended (null while active). */
    private static Map<String, Instant[]> spans(Handle h, String environmentId, String userId) {
        Map<String, Instant[]> spans = new HashMap<>();
        h.createQuery(
                        "SELECT journey_id, enrolled_at, ended_at FROM user_journey_states"
                                + " WHERE environment_id = :e AND user_id = :u")
                .bind("e", environmentId)
                .bind("u", userId)
                .map(
                        (rs, ctx) -> {
                            OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
                            return Map.entry(
                                    rs.getString("journey_id"),
                                    new Instant[] {
                                        rs.getObject("enrolled_at", OffsetDateTime.class)
                                                .toInstant(),
                                        ended == null ? null : ended.toInstant()
                                    });
                        })
                .forEach(e -> spans.put(e.getKey(), e.getValue()));
        return spans;
    }

    private static List<UserView.Visit> visits(Handle h, String journeyId, String userId) {
        return h.createQuery(
                        "SELECT visit_no, node, entered_at, left_at, transition, outcome, reason"
                                + " FROM user_visits WHERE journey_id = :j AND user_id = :u"
                                + " ORDER BY visit_no")
                .bind("j", journeyId)
                .bind("u", userId)
                .map(
                        (rs, ctx) -> {
                            OffsetDateTime left = rs.getObject("left_at", OffsetDateTime.class);
                            return new UserView.Visit(
                                    rs.getInt("visit_no"),
                                    rs.getString("node"),
                                    rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                                    left == null ? null : left.toInstant(),
                                    rs.getString("transition"),
                                    rs.getString("outcome"),
                                    rs.getString("reason"));
                        })
                .list();
    }

    private String email(Handle h, String environmentId, String userId) {
        return users.find(h, environmentId, userId).map(UserProfile::email).orElse(null);
    }
}
