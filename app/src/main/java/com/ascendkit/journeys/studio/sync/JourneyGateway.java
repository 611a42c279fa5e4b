package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.client.people.JourneyUserPage;
import com.ascendkit.journeys.client.people.JourneyUserQuery;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.client.users.UserPage;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.model.api.NodeSummary;
import com.ascendkit.journeys.model.api.SavedTemplate;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.api.TemplatePreview;
import com.ascendkit.journeys.model.api.TemplateUsage;
import com.ascendkit.journeys.model.api.TestSend;
import java.util.List;

/**
 * The editor's port to the journey engine: one method per call of the HTTP contract ({@code
 * docs/openapi.yaml}), the same incremental calls the CLI makes. The engine-client adapter
 * implements it; the editor never sees HTTP. Every mutation takes the version the edit was made
 * against and sends it as {@code If-Match}.
 *
 * <p>Methods block on I/O: call them off the FX thread (through {@link TaskExecutor}). Every
 * failure is a {@link GatewayException} whose kind says what happened.
 */
public interface JourneyGateway {

    /** {@code GET /v1/journeys?status=}; {@code status} null lists every status. */
    List<JourneySummary> listJourneys(JourneyStatus status);

    /** {@code GET /v1/journeys/{id}}. */
    JourneyResponse getJourney(String journeyId);

    /** {@code POST /v1/journeys}; {@code entryNode} null lets the engine choose its default. */
    JourneyResponse createJourney(String name, String entryEvent, String entryNode);

    /** {@code GET /v1/journeys/{id}/export}: the {@code journey/1} document. */
    ExportedJourney exportJourney(String journeyId);

    /** {@code POST /v1/journeys/import}: a new draft from an export document. */
    JourneyResponse importJourney(ExportedJourney document);

    /** {@code DELETE /v1/journeys/{id}}. */
    void deleteJourney(String journeyId);

    /** {@code PATCH /v1/journeys/{id}} with only the fields {@code changes} gives. */
    JourneyResponse updateJourney(String journeyId, long expectedVersion, JourneyChanges changes);

    /** {@code POST /v1/journeys/{id}/nodes}; {@code position} may be null. */
    JourneyResponse addNode(
            String journeyId,
            long expectedVersion,
            String name,
            Action action,
            boolean terminal,
            Position position);

    /** {@code PATCH /v1/journeys/{id}/nodes/{name}} with only the fields {@code changes} gives. */
    JourneyResponse updateNode(
            String journeyId, long expectedVersion, String name, NodeChanges changes);

    /**
     * {@code DELETE /v1/journeys/{id}/nodes/{name}?force=&moveUsersTo=}; {@code moveUsersTo} may be
     * null.
     */
    JourneyResponse removeNode(
            String journeyId, long expectedVersion, String name, boolean force, String moveUsersTo);

    /** {@code POST /v1/journeys/{id}/transitions}; {@code name} null takes the default name. */
    JourneyResponse addTransition(
            String journeyId,
            long expectedVersion,
            String from,
            String to,
            Trigger trigger,
            String name);

    /** {@code PATCH /v1/journeys/{id}/transitions/{name}}. */
    JourneyResponse updateTransition(
            String journeyId, long expectedVersion, String name, TransitionChanges changes);

    /** {@code DELETE /v1/journeys/{id}/transitions/{name}}. */
    JourneyResponse removeTransition(String journeyId, long expectedVersion, String name);

    /**
     * {@code PATCH /v1/journeys/{id}} with {@code nodes: {nodeName: node}} (when {@code nodeName}
     * is not null) and the whole {@code transitions} list: puts back what a removal took, in one
     * change.
     */
    JourneyResponse restore(
            String journeyId,
            long expectedVersion,
            String nodeName,
            Node node,
            List<Transition> transitions);

    /** {@code POST /v1/journeys/{id}/activate}. */
    JourneyResponse activate(String journeyId, long expectedVersion);

    /** {@code POST /v1/journeys/{id}/pause}. */
    JourneyResponse pause(String journeyId, long expectedVersion);

    /** {@code POST /v1/journeys/{id}/archive}: permanent. */
    JourneyResponse archive(String journeyId, long expectedVersion);

    /** {@code GET /v1/journeys/{id}/nodes}: with the users in each node now. */
    List<NodeSummary> listNodes(String journeyId);

    /** {@code GET /v1/journeys/{id}/analytics}. */
    JourneyAnalytics analytics(String journeyId);

    /**
     * {@code GET /v1/journeys/{id}/failures}: where and why users failed. It reads the journey's
     * visits: ask only when its failed total is above zero.
     */
    JourneyFailures failures(String journeyId);

    /**
     * {@code GET /v1/journeys/{id}/users?node=&status=&failed=&limit=&cursor=}: one page of the
     * journey's users, newest arrival at their step first, with the failed ones counted by reason.
     */
    JourneyUserPage journeyUsers(String journeyId, JourneyUserQuery query);

    /**
     * {@code GET /v1/journeys/{id}/users/{userId}/path}: the user's steps there, oldest first;
     * {@link GatewayException.Kind#NOT_FOUND} when the user was never in the journey.
     */
    UserPath userPath(String journeyId, String userId);

    /**
     * {@code GET /v1/users?query=&limit=}: users whose id or email address starts with {@code
     * query}, ignoring case, by id.
     */
    UserPage findUsers(String query, int limit);

    /**
     * {@code GET /v1/journeys/{id}/stream}: returns at once; {@code watcher} is called on a
     * background thread until the result is cancelled or the stream ends.
     */
    Watch watch(String journeyId, JourneyWatcher watcher);

    /** The cancel handle of {@link #watch}. */
    @FunctionalInterface
    interface Watch {
        void cancel();
    }

    /** {@code GET /v1/email/templates}. */
    List<Template> listTemplates();

    /**
     * {@code PUT /v1/email/templates/{slug}}: creates or replaces the template; the answer warns
     * about variables nothing provides. A part that is not Liquid is {@link
     * GatewayException.Kind#INVALID} with the part as field ({@code subject}, {@code html}, {@code
     * text}) and the line and column in the message.
     */
    SavedTemplate saveTemplate(Template template);

    /**
     * {@code POST /v1/email/templates/preview}: the engine renders {@code template} (saved or not)
     * for {@code userIdOrNull}, or the sample profile when null. Liquid errors as {@link
     * #saveTemplate}.
     */
    TemplatePreview previewTemplate(Template template, String userIdOrNull);

    /**
     * {@code POST /v1/email/templates/{slug}/test}: sends the saved template to {@code to} through
     * the engine's SMTP server, or into its outbox without one.
     */
    TestSend sendTestEmail(String slug, String to, String userIdOrNull);

    /** {@code GET /v1/email/templates/{slug}/usage}: the journeys that send the template. */
    TemplateUsage templateUsage(String slug);

    /**
     * {@code DELETE /v1/email/templates/{slug}}; {@link GatewayException.Kind#CONFLICT} naming the
     * journeys while an active journey sends it.
     */
    void deleteTemplate(String slug);

    /** {@code GET /v1/surveys}. */
    List<Survey> listSurveys();

    /** {@code GET /v1/email/identities}. */
    List<Identity> listIdentities();

    /** {@code PUT /v1/surveys/{slug}}: creates or replaces the survey. */
    Survey putSurvey(Survey survey);

    /** {@code POST /v1/email/identities}: a new sender identity, unverified until verified. */
    Identity createIdentity(String email, String name);
}
