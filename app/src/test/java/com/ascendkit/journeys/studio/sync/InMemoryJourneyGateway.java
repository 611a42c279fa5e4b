package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.TransitionNames;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.model.api.NodeSummary;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link JourneyGateway} held in memory, behaving as API.md says: a version bumped by every
 * change, 412 with the current journey on a stale If-Match, default transition names, 400 naming
 * the field on unknown nodes, 409 for duplicates, users in a removed node and archived journeys. It
 * stands in until the engine (and engine-client) land on this branch; the real-engine TestFX tests
 * then replace it. Test sources only. Thread-safe (synchronized).
 */
public final class InMemoryJourneyGateway implements JourneyGateway {
    private final Map<String, Journey> journeys = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> users = new HashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Template> templates = new ArrayList<>();
    private final List<Survey> surveys = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();
    private volatile boolean reachable = true;
    private GatewayException refuseNext;
    private int nextId = 1;

    // --- test controls

    /** Every call made, as "method args", in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void clearCalls() {
        calls.clear();
    }

    /** While false every call fails as an engine that does not answer. */
    public void setReachable(boolean value) {
        reachable = value;
    }

    /**
     * The next change is refused with {@code error} and changes nothing, as the engine refuses a
     * change for a reason the editor could not see (another client's users, say).
     */
    public synchronized void refuseNext(GatewayException error) {
        refuseNext = error;
    }

    public synchronized void putUsers(String journeyId, String node, long count) {
        users.computeIfAbsent(journeyId, k -> new HashMap<>()).put(node, count);
    }

    public synchronized void addTemplate(String slug) {
        templates.add(new Template(slug, "Subject of " + slug, "<p>" + slug + "</p>", null));
    }

    public synchronized void addIdentity(String email, boolean verified) {
        identities.add(new Identity(email, null, verified));
    }

    /** Stores {@code journey} as it is (for generated test and benchmark journeys). */
    public synchronized void put(Journey journey) {
        journeys.put(journey.id(), journey);
    }

    /** The journey as stored now. */
    public synchronized Journey stored(String id) {
        return journeys.get(id);
    }

    /** Another client's change: bumps the version behind the editor's back. */
    public synchronized void changeElsewhere(String id, String node, Node value) {
        Journey j = journeys.get(id);
        Map<String, Node> nodes = new LinkedHashMap<>(j.nodes());
        nodes.put(node, value);
        save(JourneyEdits.with(j, nodes, j.transitions()));
    }

    // --- the API

    @Override
    public synchronized List<JourneySummary> listJourneys(JourneyStatus status) {
        call("listJourneys " + status);
        return journeys.values().stream()
                .filter(j -> status == null || j.status() == status)
                .map(
                        j ->
                                new JourneySummary(
                                        j.id(),
                                        j.name(),
                                        j.status(),
                                        j.version(),
                                        j.entryEvent(),
                                        j.nodes().size(),
                                        j.transitions().size(),
                                        j.stats(),
                                        j.updatedAt()))
                .toList();
    }

    @Override
    public synchronized JourneyResponse getJourney(String journeyId) {
        call("getJourney " + journeyId);
        return response(find(journeyId));
    }

    @Override
    public synchronized JourneyResponse createJourney(
            String name, String entryEvent, String entryNode) {
        call("createJourney " + name + " " + entryEvent);
        if (name == null || name.isBlank()) {
            throw GatewayException.invalid("name", "'name' is required");
        }
        checked(() -> Names.requireEventName("entryEvent", entryEvent));
        String entry = entryNode == null ? "start" : entryNode;
        String id = String.format("jrn_%012d", nextId++);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Journey j =
                new Journey(
                        id,
                        name,
                        JourneyStatus.DRAFT,
                        1,
                        entryEvent,
                        Map.of(),
                        entry,
                        ReEntryPolicy.SKIP,
                        Map.of(entry, Node.of(Action.none())),
                        List.of(),
                        JourneyStats.ZERO,
                        now,
                        now);
        journeys.put(id, j);
        return response(j);
    }

    @Override
    public synchronized void deleteJourney(String journeyId) {
        call("deleteJourney " + journeyId);
        find(journeyId);
        journeys.remove(journeyId);
    }

    @Override
    public synchronized JourneyResponse updateJourney(
            String journeyId, long expectedVersion, JourneyChanges changes) {
        call("updateJourney " + journeyId + " " + changes);
        Journey j = mutable(journeyId, expectedVersion);
        return save(checked(() -> JourneyEdits.updateJourney(j, changes)));
    }

    @Override
    public synchronized JourneyResponse addNode(
            String journeyId,
            long expectedVersion,
            String name,
            Action action,
            boolean terminal,
            Position position) {
        call(
                "addNode "
                        + name
                        + " "
                        + (action == null ? "none" : action.typeName())
                        + " "
                        + position);
        Journey j = mutable(journeyId, expectedVersion);
        Node node = new Node(action, terminal, position);
        if (name != null
                && name.equals(j.entryNode())
                && j.nodes().get(name) != null
                && j.nodes().get(name).equals(Node.of(Action.none()))) {
            return save(
                    checked(
                            () ->
                                    JourneyEdits.updateNode(
                                            j,
                                            name,
                                            new NodeChanges(
                                                    node.action(), terminal, position, null))));
        }
        if (name != null && j.nodes().containsKey(name)) {
            throw GatewayException.conflict("node '" + name + "' already exists");
        }
        return save(checked(() -> JourneyEdits.addNode(j, name, node)));
    }

    @Override
    public synchronized JourneyResponse updateNode(
            String journeyId, long expectedVersion, String name, NodeChanges changes) {
        call("updateNode " + name + " " + changes);
        Journey j = mutable(journeyId, expectedVersion);
        if (!j.nodes().containsKey(name)) {
            throw GatewayException.notFound("unknown node '" + name + "'");
        }
        if (changes.name() != null
                && !changes.name().equals(name)
                && j.nodes().containsKey(changes.name())) {
            throw GatewayException.conflict("node '" + changes.name() + "' already exists");
        }
        return save(checked(() -> JourneyEdits.updateNode(j, name, changes)));
    }

    @Override
    public synchronized JourneyResponse removeNode(
            String journeyId,
            long expectedVersion,
            String name,
            boolean force,
            String moveUsersTo) {
        call("removeNode " + name + " force=" + force + " moveUsersTo=" + moveUsersTo);
        Journey j = mutable(journeyId, expectedVersion);
        if (!j.nodes().containsKey(name)) {
            throw GatewayException.notFound("unknown node '" + name + "'");
        }
        Map<String, Long> here = users.computeIfAbsent(journeyId, k -> new HashMap<>());
        long count = here.getOrDefault(name, 0L);
        if (moveUsersTo != null
                && (!j.nodes().containsKey(moveUsersTo) || moveUsersTo.equals(name))) {
            throw GatewayException.invalid(
                    "moveUsersTo", "unknown node '" + moveUsersTo + "' in 'moveUsersTo'");
        }
        if (count > 0 && moveUsersTo == null && !force) {
            throw GatewayException.conflict(
                    "node '"
                            + name
                            + "' holds "
                            + count
                            + " user(s): move them with moveUsersTo or exit them with force=true");
        }
        here.remove(name);
        if (moveUsersTo != null && count > 0) {
            here.merge(moveUsersTo, count, Long::sum);
        }
        return save(JourneyEdits.removeNode(j, name));
    }

    @Override
    public synchronized JourneyResponse addTransition(
            String journeyId,
            long expectedVersion,
            String from,
            String to,
            Trigger trigger,
            String name) {
        call("addTransition " + from + " " + to + " " + trigger.describe() + " " + name);
        Journey j = mutable(journeyId, expectedVersion);
        for (String[] end : new String[][] {{"from", from}, {"to", to}}) {
            if (!j.nodes().containsKey(end[1])) {
                throw GatewayException.invalid(
                        end[0], "unknown node '" + end[1] + "' in '" + end[0] + "'");
            }
        }
        List<String> taken = j.transitions().stream().map(Transition::name).toList();
        String actual = name == null ? TransitionNames.next(from, to, taken) : name;
        if (taken.contains(actual)) {
            throw GatewayException.conflict("transition '" + actual + "' already exists");
        }
        return save(
                checked(
                        () ->
                                JourneyEdits.addTransition(
                                        j, new Transition(actual, from, to, trigger))));
    }

    @Override
    public synchronized JourneyResponse updateTransition(
            String journeyId, long expectedVersion, String name, TransitionChanges changes) {
        call("updateTransition " + name + " " + changes);
        Journey j = mutable(journeyId, expectedVersion);
        if (JourneyEdits.find(j, name) == null) {
            throw GatewayException.notFound("unknown transition '" + name + "'");
        }
        return save(checked(() -> JourneyEdits.updateTransition(j, name, changes)));
    }

    @Override
    public synchronized JourneyResponse removeTransition(
            String journeyId, long expectedVersion, String name) {
        call("removeTransition " + name);
        Journey j = mutable(journeyId, expectedVersion);
        if (JourneyEdits.find(j, name) == null) {
            throw GatewayException.notFound("unknown transition '" + name + "'");
        }
        return save(JourneyEdits.removeTransition(j, name));
    }

    @Override
    public synchronized JourneyResponse activate(String journeyId, long expectedVersion) {
        call("activate " + journeyId);
        return save(
                JourneyEdits.withStatus(mutable(journeyId, expectedVersion), JourneyStatus.ACTIVE));
    }

    @Override
    public synchronized JourneyResponse pause(String journeyId, long expectedVersion) {
        call("pause " + journeyId);
        Journey j = mutable(journeyId, expectedVersion);
        if (j.status() != JourneyStatus.ACTIVE) {
            throw GatewayException.conflict(
                    "only an active journey can be paused; this one is " + j.status().wireName());
        }
        return save(JourneyEdits.withStatus(j, JourneyStatus.PAUSED));
    }

    @Override
    public synchronized JourneyResponse archive(String journeyId, long expectedVersion) {
        call("archive " + journeyId);
        users.remove(journeyId);
        return save(
                JourneyEdits.withStatus(
                        mutable(journeyId, expectedVersion), JourneyStatus.ARCHIVED));
    }

    @Override
    public synchronized List<NodeSummary> listNodes(String journeyId) {
        call("listNodes " + journeyId);
        Journey j = find(journeyId);
        Map<String, Long> here = users.getOrDefault(journeyId, Map.of());
        List<NodeSummary> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : j.nodes().entrySet()) {
            String n = e.getKey();
            int in = (int) j.transitions().stream().filter(t -> t.to().equals(n)).count();
            int outs = (int) j.transitions().stream().filter(t -> t.from().equals(n)).count();
            out.add(
                    new NodeSummary(
                            n,
                            e.getValue().action(),
                            e.getValue().terminal(),
                            e.getValue().position(),
                            in,
                            outs,
                            here.getOrDefault(n, 0L)));
        }
        return out;
    }

    @Override
    public synchronized List<Template> listTemplates() {
        call("listTemplates");
        return List.copyOf(templates);
    }

    @Override
    public synchronized List<Survey> listSurveys() {
        call("listSurveys");
        return List.copyOf(surveys);
    }

    @Override
    public synchronized List<Identity> listIdentities() {
        call("listIdentities");
        return List.copyOf(identities);
    }

    // --- internals

    private void call(String text) {
        if (!reachable) {
            throw GatewayException.unreachable("connection refused", null);
        }
        calls.add(text);
    }

    private Journey find(String id) {
        Journey j = journeys.get(id);
        if (j == null) {
            throw GatewayException.notFound("journey '" + id + "' not found");
        }
        return j;
    }

    private Journey mutable(String id, long expectedVersion) {
        Journey j = find(id);
        if (refuseNext != null) {
            GatewayException e = refuseNext;
            refuseNext = null;
            throw e;
        }
        if (j.version() != expectedVersion) {
            throw GatewayException.preconditionFailed(
                    "journey '"
                            + id
                            + "' is at version "
                            + j.version()
                            + ", not "
                            + expectedVersion,
                    response(j));
        }
        if (j.status() == JourneyStatus.ARCHIVED) {
            throw GatewayException.conflict(
                    "journey '" + j.name() + "' is archived: it cannot change");
        }
        return j;
    }

    private JourneyResponse save(Journey j) {
        Journey bumped =
                new Journey(
                        j.id(),
                        j.name(),
                        j.status(),
                        j.version() + 1,
                        j.entryEvent(),
                        j.entryConditions(),
                        j.entryNode(),
                        j.reEntryPolicy(),
                        j.nodes(),
                        j.transitions(),
                        stats(j.id()),
                        j.createdAt(),
                        j.updatedAt());
        journeys.put(j.id(), bumped);
        return response(bumped);
    }

    private JourneyStats stats(String id) {
        long active =
                users.getOrDefault(id, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        return new JourneyStats(active, active, 0, 0, 0);
    }

    private static JourneyResponse response(Journey j) {
        return new JourneyResponse(
                j, Collections.emptyList(), j.status().suppressesTopologyWarnings());
    }

    private static <T> T checked(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw GatewayException.invalid(e.field(), e.getMessage());
        }
    }

    private static void checked(Runnable work) {
        checked(
                () -> {
                    work.run();
                    return null;
                });
    }
}
