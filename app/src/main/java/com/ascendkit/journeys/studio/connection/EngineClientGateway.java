package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.journeys.UpdateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.RemoveNodeOptions;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.people.JourneyUserPage;
import com.ascendkit.journeys.client.people.JourneyUserQuery;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.client.stream.JourneyStreamListener;
import com.ascendkit.journeys.client.stream.ServerSentEvent;
import com.ascendkit.journeys.client.stream.Subscription;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.client.transitions.UpdateTransitionRequest;
import com.ascendkit.journeys.client.users.UserPage;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
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
import com.ascendkit.journeys.studio.sync.JourneyChanges;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.JourneyWatcher;
import com.ascendkit.journeys.studio.sync.NodeChanges;
import com.ascendkit.journeys.studio.sync.TransitionChanges;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The editor's port implemented with engine-client: each method is one incremental call, the same
 * the CLI makes, with the expected version as {@code If-Match}. Every failure leaves as a {@link
 * com.ascendkit.journeys.studio.sync.GatewayException} ({@link GatewayErrors}).
 *
 * <p>It keeps the last journey an answer gave: an edit made against that journey's version asks for
 * a minimal answer ({@link RequestOptions#basedOn}), which the client applies to it, so that an
 * edit of a journey of thousands of nodes carries a few hundred bytes back instead of megabytes;
 * the journey's stats then stay those of the last whole answer. Thread-safe.
 */
public final class EngineClientGateway implements JourneyGateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EngineClient client;
    private final AtomicReference<Journey> last = new AtomicReference<>();

    public EngineClientGateway(EngineClient client) {
        this.client = client;
    }

    @Override
    public List<JourneySummary> listJourneys(JourneyStatus status) {
        return call(() -> client.journeys().list(status));
    }

    @Override
    public JourneyResponse getJourney(String journeyId) {
        return journey(() -> client.journeys().get(journeyId));
    }

    @Override
    public JourneyResponse createJourney(String name, String entryEvent, String entryNode) {
        return journey(
                () -> {
                    CreateJourneyRequest request = CreateJourneyRequest.of(name, entryEvent);
                    if (entryNode != null) {
                        request = request.withEntryNode(entryNode);
                    }
                    return client.journeys().create(request);
                });
    }

    @Override
    public ExportedJourney exportJourney(String journeyId) {
        return call(() -> client.journeys().export(journeyId));
    }

    @Override
    public JourneyResponse importJourney(ExportedJourney document) {
        return journey(() -> client.journeys().importJourney(document));
    }

    @Override
    public void deleteJourney(String journeyId) {
        call(
                () -> {
                    client.journeys().delete(journeyId);
                    return null;
                });
    }

    @Override
    public JourneyResponse updateJourney(
            String journeyId, long expectedVersion, JourneyChanges changes) {
        UpdateJourneyRequest.Builder b = UpdateJourneyRequest.builder();
        if (changes.name() != null) {
            b.name(changes.name());
        }
        if (changes.entryEvent() != null) {
            b.entryEvent(changes.entryEvent());
        }
        if (changes.entryConditions() != null) {
            b.entryConditions(changes.entryConditions());
        }
        if (changes.entryNode() != null) {
            b.entryNode(changes.entryNode());
        }
        if (changes.reEntryPolicy() != null) {
            b.reEntryPolicy(changes.reEntryPolicy());
        }
        return journey(
                () ->
                        client.journeys()
                                .update(journeyId, b.build(), at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse addNode(
            String journeyId,
            long expectedVersion,
            String name,
            Action action,
            boolean terminal,
            Position position) {
        return journey(
                () -> {
                    AddNodeRequest request = AddNodeRequest.named(name).withAction(action);
                    if (terminal) {
                        request = request.withTerminal(true);
                    }
                    if (position != null) {
                        request = request.withPosition(position);
                    }
                    return client.nodes().add(journeyId, request, at(journeyId, expectedVersion));
                });
    }

    @Override
    public JourneyResponse updateNode(
            String journeyId, long expectedVersion, String name, NodeChanges changes) {
        UpdateNodeRequest request =
                new UpdateNodeRequest(
                        changes.action(),
                        changes.terminal(),
                        null,
                        changes.position(),
                        changes.name());
        return journey(
                () ->
                        client.nodes()
                                .update(journeyId, name, request, at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse removeNode(
            String journeyId,
            long expectedVersion,
            String name,
            boolean force,
            String moveUsersTo) {
        return journey(
                () ->
                        client.nodes()
                                .remove(
                                        journeyId,
                                        name,
                                        new RemoveNodeOptions(force, moveUsersTo),
                                        at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse addTransition(
            String journeyId,
            long expectedVersion,
            String from,
            String to,
            Trigger trigger,
            String name) {
        return journey(
                () ->
                        client.transitions()
                                .add(
                                        journeyId,
                                        new AddTransitionRequest(from, to, trigger, name),
                                        at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse updateTransition(
            String journeyId, long expectedVersion, String name, TransitionChanges changes) {
        UpdateTransitionRequest request =
                new UpdateTransitionRequest(
                        changes.from(), changes.to(), changes.trigger(), changes.name());
        return journey(
                () ->
                        client.transitions()
                                .update(journeyId, name, request, at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse removeTransition(String journeyId, long expectedVersion, String name) {
        return journey(
                () -> client.transitions().remove(journeyId, name, at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse restore(
            String journeyId,
            long expectedVersion,
            String nodeName,
            Node node,
            List<Transition> transitions) {
        UpdateJourneyRequest.Builder b = UpdateJourneyRequest.builder().transitions(transitions);
        if (nodeName != null) {
            b.putNode(nodeName, node);
        }
        return journey(
                () ->
                        client.journeys()
                                .update(journeyId, b.build(), at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse activate(String journeyId, long expectedVersion) {
        return journey(() -> client.journeys().activate(journeyId, at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse pause(String journeyId, long expectedVersion) {
        return journey(() -> client.journeys().pause(journeyId, at(journeyId, expectedVersion)));
    }

    @Override
    public JourneyResponse archive(String journeyId, long expectedVersion) {
        return journey(() -> client.journeys().archive(journeyId, at(journeyId, expectedVersion)));
    }

    @Override
    public List<NodeSummary> listNodes(String journeyId) {
        return call(() -> client.nodes().list(journeyId));
    }

    @Override
    public JourneyAnalytics analytics(String journeyId) {
        return call(() -> client.journeys().analytics(journeyId));
    }

    @Override
    public JourneyFailures failures(String journeyId) {
        return call(() -> client.journeys().failures(journeyId));
    }

    @Override
    public JourneyUserPage journeyUsers(String journeyId, JourneyUserQuery query) {
        return call(() -> client.people().list(journeyId, query));
    }

    @Override
    public UserPath userPath(String journeyId, String userId) {
        return call(() -> client.people().path(journeyId, userId));
    }

    @Override
    public UserPage findUsers(String query, int limit) {
        return call(() -> client.users().list(query, limit, null));
    }

    @Override
    public Watch watch(String journeyId, JourneyWatcher watcher) {
        Subscription s =
                call(
                        () ->
                                client.journeys().stream(
                                        journeyId,
                                        new JourneyStreamListener() {
                                            @Override
                                            public void onJourneyChanged(long version) {
                                                watcher.journeyChanged(version);
                                            }

                                            @Override
                                            public void onAnalyticsChanged(ServerSentEvent event) {
                                                watcher.analyticsChanged(failed(event.data()));
                                            }

                                            @Override
                                            public void onClosed() {
                                                watcher.ended("the stream ended");
                                            }

                                            @Override
                                            public void onFailure(EngineException e) {
                                                watcher.ended(e.getMessage());
                                            }
                                        }));
        return s::cancel;
    }

    /** The {@code totals.failed} of an {@code analytics} event's data; -1 when unreadable. */
    static long failed(String data) {
        try {
            JsonNode failed = JSON.readTree(data).path("totals").path("failed");
            return failed.canConvertToLong() ? failed.asLong() : -1;
        } catch (IOException | RuntimeException notAnalytics) {
            return -1;
        }
    }

    @Override
    public List<Template> listTemplates() {
        return call(() -> client.templates().list());
    }

    @Override
    public SavedTemplate saveTemplate(Template template) {
        return call(() -> client.templates().save(template));
    }

    @Override
    public TemplatePreview previewTemplate(Template template, String userIdOrNull) {
        return call(() -> client.templates().preview(template, userIdOrNull));
    }

    @Override
    public TestSend sendTestEmail(String slug, String to, String userIdOrNull) {
        return call(() -> client.templates().sendTest(slug, to, userIdOrNull));
    }

    @Override
    public TemplateUsage templateUsage(String slug) {
        return call(() -> client.templates().usage(slug));
    }

    @Override
    public void deleteTemplate(String slug) {
        call(
                () -> {
                    client.templates().delete(slug);
                    return null;
                });
    }

    @Override
    public List<Survey> listSurveys() {
        return call(() -> client.surveys().list());
    }

    @Override
    public List<Identity> listIdentities() {
        return call(() -> client.identities().list());
    }

    @Override
    public Survey putSurvey(Survey survey) {
        return call(() -> client.surveys().put(survey));
    }

    @Override
    public Identity createIdentity(String email, String name) {
        return call(() -> client.identities().create(email, name));
    }

    /** The journey at {@code expectedVersion} as basis when it is the one last answered. */
    private RequestOptions at(String journeyId, long expectedVersion) {
        Journey basis = last.get();
        if (basis != null && basis.id().equals(journeyId) && basis.version() == expectedVersion) {
            return RequestOptions.basedOn(basis);
        }
        return RequestOptions.ifMatch(expectedVersion);
    }

    private JourneyResponse journey(Supplier<JourneyResult> call) {
        JourneyResponse r = call(call).response();
        last.set(r.journey());
        return r;
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw GatewayErrors.translate(e);
        }
    }
}
