package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Quoted;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Runs a {@code send_email} action: renders the template for the user and writes the email into the
 * outbox, in the caller's transaction, for the dispatcher to deliver, with the variables of {@link
 * EmailVariables}. Stateless, thread-safe.
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
            return Optional.of("user " + Quoted.of(user.userId()) + " has no email address");
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
            return Optional.of("template " + Quoted.of(action.templateSlug()) + " not found");
        }
        String surveyLink = null;
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
                return Optional.of("survey " + Quoted.of(action.surveySlug()) + " not found");
            }
            surveyLink = url.get();
        }
        Map<String, String> values =
                EmailVariables.of(
                        run.cached(
                                List.of("variables", env),
                                () -> strings(environment.get().get("variables"))),
                        action.variables(),
                        (String) environment.get().get("name"),
                        new EmailVariables.Recipient(
                                user.displayName(), user.email(), user.provider()),
                        surveyLink);
        String envDefault = (String) environment.get().get("default_identity_email");
        Sender from =
                run.cached(
                        Arrays.asList("sender", env, action.fromIdentityEmail(), envDefault),
                        () -> senders.resolve(h, env, action.fromIdentityEmail(), envDefault));
        Map<String, Object> t = template.get();
        RenderedEmail email;
        try {
            email =
                    RenderedEmail.of(
                            (String) t.get("subject"),
                            (String) t.get("html"),
                            (String) t.get("text_body"),
                            values);
        } catch (TemplateSyntaxException | IllegalArgumentException e) {
            // A template saved before Liquid that is not valid Liquid, or a filter given the wrong
            // kind of value.
            return Optional.of(
                    "template "
                            + Quoted.of(action.templateSlug())
                            + " cannot be rendered: "
                            + e.getMessage());
        }
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
                        email.subject(),
                        email.html(),
                        email.text()));
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
