package com.ascendkit.journeys.engine.runtime.actions;

import com.ascendkit.journeys.engine.runtime.email.EmailComposer;
import com.ascendkit.journeys.engine.runtime.email.MessageIds;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.steps.Steps;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Quoted;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a node's action for a user, in the caller's transaction: {@code send_email} writes an outbox
 * row, {@code tag_user} and {@code advance_stage} update the user, {@code none} does nothing.
 * Stateless, thread-safe.
 */
public final class ActionRunner {
    private final UserStore users;
    private final EmailComposer email;

    public ActionRunner(UserStore users, EmailComposer email) {
        this.users = users;
        this.email = email;
    }

    /**
     * Tells the transaction the user's profile as just read (with its row locked), so that the
     * actions of a batch do not read it again. The profile is not otherwise changed in a run-time
     * transaction but by the actions here, which keep it up to date.
     */
    public static void remember(RunContext run, UserProfile user) {
        run.recache(profileKey(user.environmentId(), user.userId()), Optional.of(user));
    }

    private static Object profileKey(String environmentId, String userId) {
        return List.of("user", environmentId, userId);
    }

    /**
     * Runs the action of {@code node}'s visit {@code visitNo} and records it as a step of the
     * user's path; returns why it failed, if it did.
     */
    public Optional<String> run(
            RunContext run,
            String environmentId,
            String journeyId,
            String userId,
            int visitNo,
            String node,
            Action action) {
        if (action instanceof Action.None) {
            return Optional.empty();
        }
        Steps.Place place = new Steps.Place(environmentId, journeyId, userId, visitNo, node);
        Optional<String> failure = apply(run, environmentId, journeyId, userId, place, action);
        String messageId =
                action instanceof Action.SendEmail && failure.isEmpty()
                        ? MessageIds.of(journeyId, userId, visitNo, node)
                        : null;
        Steps.action(
                run,
                place,
                action.type().wireName(),
                failure.isPresent() ? "failed" : messageId != null ? "queued" : "done",
                messageId,
                failure.orElse(null),
                detail(action));
        return failure;
    }

    private Optional<String> apply(
            RunContext run,
            String environmentId,
            String journeyId,
            String userId,
            Steps.Place place,
            Action action) {
        Object key = profileKey(environmentId, userId);
        Optional<UserProfile> found =
                run.cached(key, () -> users.find(run.handle(), environmentId, userId));
        if (found.isEmpty()) {
            return Optional.of("user " + Quoted.of(userId) + " no longer exists");
        }
        UserProfile user = found.get();
        // exhaustive, no default: a new action type does not compile until it is run here
        return switch (action) {
            case Action.SendEmail send ->
                    email.compose(run, journeyId, place.visitNo(), place.node(), send, user);
            case Action.TagUser tag ->
                    recached(run, key, users.addTag(run.handle(), user, tag.tagName(), run.now()));
            case Action.AdvanceStage stage ->
                    recached(
                            run,
                            key,
                            users.setStage(run.handle(), user, stage.stageName(), run.now()));
            case Action.None none -> Optional.empty(); // returned above, before the lookup
        };
    }

    /** What the path shows of an action besides its type and outcome. */
    private static Map<String, Object> detail(Action action) {
        return switch (action) {
            case Action.SendEmail send -> Map.of("template", send.templateSlug());
            case Action.TagUser tag -> Map.of("tag", tag.tagName());
            case Action.AdvanceStage stage -> Map.of("stage", stage.stageName());
            case Action.None none -> Map.of();
        };
    }

    /** Keeps the changed profile for the rest of the run; the action succeeded. */
    private static Optional<String> recached(RunContext run, Object key, UserProfile user) {
        run.recache(key, Optional.of(user));
        return Optional.empty();
    }
}
