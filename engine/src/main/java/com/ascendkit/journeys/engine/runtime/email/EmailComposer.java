package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Action;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Runs a {@code send_email} action: renders the template for the user and writes the email into the
 * outbox, in the caller's transaction, for the dispatcher to deliver. Variables, later ones
 * winning: the environment's {@code variables}, the action's {@code variables}, then the built-ins
 * {@code name}, {@code email}, {@code environment}, {@code provider} (empty when unknown) and
 * {@code surveyLink} (the survey's URL, when the action names a survey). Stateless, thread-safe.
 */
public final class EmailComposer {
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

    private final SenderResolver senders;
    private final OutboxStore outbox;

    public EmailComposer(SenderResolver senders, OutboxStore outbox) {
        this.senders = senders;
        this.outbox = outbox;
    }

    /** Writes the email; returns why it cannot be sent instead, when it cannot. */
    public Optional<String> compose(
            RunContext run,
            String journeyId,
            int visitNo,
            String node,
            Action.SendEmail action,
            UserProfile user) {
        Handle h = run.lookups();
        String env = user.environmentId();
        if (user.email() == null) {
            return Optional.of("user '" + user.userId() + "' has no email address");
        }
        // Looked up once per transaction: a batch of events sends many emails of one template.
        Optional<Map<String, Object>> environment =
                run.cached(
                        List.of("environment", env),
                        () ->
                                h.createQuery(
                                                "SELECT name, default_identity_email, variables"
                                                        + " FROM environments WHERE id = :e")
                                        .bind("e", env)
                                        .mapToMap()
                                        .findOne());
        Optional<Map<String, Object>> template =
                run.cached(
                        List.of("template", env, action.templateSlug()),
                        () ->
                                h.createQuery(
                                                "SELECT subject, html, text_body FROM templates"
                                                        + " WHERE environment_id = :e AND slug ="
                                                        + " :s")
                                        .bind("e", env)
                                        .bind("s", action.templateSlug())
                                        .mapToMap()
                                        .findOne());
        if (environment.isEmpty() || template.isEmpty()) {
            return Optional.of("template '" + action.templateSlug() + "' not found");
        }
        Map<String, String> values =
                new HashMap<>(
                        run.cached(
                                List.of("variables", env),
                                () -> strings(environment.get().get("variables"))));
        if (action.variables() != null) {
            values.putAll(action.variables());
        }
        values.put("name", user.displayName());
        values.put("email", user.email());
        values.put("environment", (String) environment.get().get("name"));
        values.put("provider", user.provider() == null ? "" : user.provider());
        if (action.surveySlug() != null) {
            Optional<String> url =
                    run.cached(
                            List.of("survey", env, action.surveySlug()),
                            () ->
                                    h.createQuery(
                                                    "SELECT url FROM surveys WHERE environment_id"
                                                            + " = :e AND slug = :s")
                                            .bind("e", env)
                                            .bind("s", action.surveySlug())
                                            .mapTo(String.class)
                                            .findOne());
            if (url.isEmpty()) {
                return Optional.of("survey '" + action.surveySlug() + "' not found");
            }
            values.put("surveyLink", url.get());
        }
        String envDefault = (String) environment.get().get("default_identity_email");
        Sender from =
                run.cached(
                        Arrays.asList("sender", env, action.fromIdentityEmail(), envDefault),
                        () -> senders.resolve(h, env, action.fromIdentityEmail(), envDefault));
        Map<String, Object> t = template.get();
        outbox.insert(
                run,
                new OutboxStore.NewEmail(
                        MessageIds.of(journeyId, user.userId(), visitNo, node),
                        env,
                        journeyId,
                        user.userId(),
                        node,
                        visitNo,
                        user.email(),
                        from,
                        TemplateRenderer.render((String) t.get("subject"), values, false)
                                .replaceAll("[\\r\\n]+", " "),
                        TemplateRenderer.render((String) t.get("html"), values, true),
                        TemplateRenderer.render((String) t.get("text_body"), values, false)));
        return Optional.empty();
    }

    private static Map<String, String> strings(Object json) {
        try {
            return json == null ? Map.of() : EngineJson.mapper().readValue((String) json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored environment variables are unreadable", e);
        }
    }
}
