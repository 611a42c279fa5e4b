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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test spy around the real gateway: every call goes to the engine as it is, and is written down
 * first ("updateNode start NodeChanges[…]"), so a test can say which calls an edit made (one move
 * on drop, nothing for a refused name).
 */
public final class RecordingGateway implements JourneyGateway {
    private final JourneyGateway engine;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public RecordingGateway(JourneyGateway engine) {
        this.engine = engine;
    }

    /** Every call made, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void clearCalls() {
        calls.clear();
    }

    @Override
    public List<JourneySummary> listJourneys(JourneyStatus status) {
        calls.add("listJourneys " + status);
        return engine.listJourneys(status);
    }

    @Override
    public JourneyResponse getJourney(String journeyId) {
        calls.add("getJourney " + journeyId);
        return engine.getJourney(journeyId);
    }

    @Override
    public JourneyResponse createJourney(String name, String entryEvent, String entryNode) {
        calls.add("createJourney " + name + " " + entryEvent);
        return engine.createJourney(name, entryEvent, entryNode);
    }

    @Override
    public ExportedJourney exportJourney(String journeyId) {
        calls.add("exportJourney " + journeyId);
        return engine.exportJourney(journeyId);
    }

    @Override
    public JourneyResponse importJourney(ExportedJourney document) {
        calls.add("importJourney " + document.journey().name());
        return engine.importJourney(document);
    }

    @Override
    public void deleteJourney(String journeyId) {
        calls.add("deleteJourney " + journeyId);
        engine.deleteJourney(journeyId);
    }

    @Override
    public JourneyResponse updateJourney(
            String journeyId, long expectedVersion, JourneyChanges changes) {
        calls.add("updateJourney " + changes);
        return engine.updateJourney(journeyId, expectedVersion, changes);
    }

    @Override
    public JourneyResponse addNode(
            String journeyId,
            long expectedVersion,
            String name,
            Action action,
            boolean terminal,
            Position position) {
        calls.add("addNode " + name);
        return engine.addNode(journeyId, expectedVersion, name, action, terminal, position);
    }

    @Override
    public JourneyResponse updateNode(
            String journeyId, long expectedVersion, String name, NodeChanges changes) {
        calls.add("updateNode " + name + " " + changes);
        return engine.updateNode(journeyId, expectedVersion, name, changes);
    }

    @Override
    public JourneyResponse removeNode(
            String journeyId,
            long expectedVersion,
            String name,
            boolean force,
            String moveUsersTo) {
        calls.add("removeNode " + name + " force=" + force + " moveUsersTo=" + moveUsersTo);
        return engine.removeNode(journeyId, expectedVersion, name, force, moveUsersTo);
    }

    @Override
    public JourneyResponse addTransition(
            String journeyId,
            long expectedVersion,
            String from,
            String to,
            Trigger trigger,
            String name) {
        calls.add("addTransition " + from + " " + to + " " + trigger.describe() + " " + name);
        return engine.addTransition(journeyId, expectedVersion, from, to, trigger, name);
    }

    @Override
    public JourneyResponse updateTransition(
            String journeyId, long expectedVersion, String name, TransitionChanges changes) {
        calls.add("updateTransition " + name + " " + changes);
        return engine.updateTransition(journeyId, expectedVersion, name, changes);
    }

    @Override
    public JourneyResponse removeTransition(String journeyId, long expectedVersion, String name) {
        calls.add("removeTransition " + name);
        return engine.removeTransition(journeyId, expectedVersion, name);
    }

    @Override
    public JourneyResponse restore(
            String journeyId,
            long expectedVersion,
            String nodeName,
            Node node,
            List<Transition> transitions) {
        calls.add(
                "restore " + nodeName + " " + transitions.stream().map(Transition::name).toList());
        return engine.restore(journeyId, expectedVersion, nodeName, node, transitions);
    }

    @Override
    public JourneyAnalytics analytics(String journeyId) {
        calls.add("analytics " + journeyId);
        return engine.analytics(journeyId);
    }

    @Override
    public JourneyFailures failures(String journeyId) {
        calls.add("failures " + journeyId);
        return engine.failures(journeyId);
    }

    @Override
    public JourneyUserPage journeyUsers(String journeyId, JourneyUserQuery query) {
        calls.add("journeyUsers " + query);
        return engine.journeyUsers(journeyId, query);
    }

    @Override
    public UserPath userPath(String journeyId, String userId) {
        calls.add("userPath " + userId);
        return engine.userPath(journeyId, userId);
    }

    @Override
    public UserPage findUsers(String query, int limit) {
        calls.add("findUsers " + query);
        return engine.findUsers(query, limit);
    }

    @Override
    public Watch watch(String journeyId, JourneyWatcher watcher) {
        calls.add("watch " + journeyId);
        return engine.watch(journeyId, watcher);
    }

    @Override
    public JourneyResponse activate(String journeyId, long expectedVersion) {
        calls.add("activate");
        return engine.activate(journeyId, expectedVersion);
    }

    @Override
    public JourneyResponse pause(String journeyId, long expectedVersion) {
        calls.add("pause");
        return engine.pause(journeyId, expectedVersion);
    }

    @Override
    public JourneyResponse archive(String journeyId, long expectedVersion) {
        calls.add("archive");
        return engine.archive(journeyId, expectedVersion);
    }

    @Override
    public List<NodeSummary> listNodes(String journeyId) {
        calls.add("listNodes");
        return engine.listNodes(journeyId);
    }

    @Override
    public List<Template> listTemplates() {
        calls.add("listTemplates");
        return engine.listTemplates();
    }

    @Override
    public SavedTemplate saveTemplate(Template template) {
        calls.add("saveTemplate " + template.slug());
        return engine.saveTemplate(template);
    }

    @Override
    public TemplatePreview previewTemplate(Template template, String userIdOrNull) {
        calls.add("previewTemplate " + template.slug() + " for " + userIdOrNull);
        return engine.previewTemplate(template, userIdOrNull);
    }

    @Override
    public TestSend sendTestEmail(String slug, String to, String userIdOrNull) {
        calls.add("sendTestEmail " + slug + " to " + to + " for " + userIdOrNull);
        return engine.sendTestEmail(slug, to, userIdOrNull);
    }

    @Override
    public TemplateUsage templateUsage(String slug) {
        calls.add("templateUsage " + slug);
        return engine.templateUsage(slug);
    }

    @Override
    public void deleteTemplate(String slug) {
        calls.add("deleteTemplate " + slug);
        engine.deleteTemplate(slug);
    }

    @Override
    public List<Survey> listSurveys() {
        calls.add("listSurveys");
        return engine.listSurveys();
    }

    @Override
    public List<Identity> listIdentities() {
        calls.add("listIdentities");
        return engine.listIdentities();
    }

    @Override
    public Survey putSurvey(Survey survey) {
        calls.add("putSurvey " + survey.slug());
        return engine.putSurvey(survey);
    }

    @Override
    public Identity createIdentity(String email, String name) {
        calls.add("createIdentity " + email);
        return engine.createIdentity(email, name);
    }
}
