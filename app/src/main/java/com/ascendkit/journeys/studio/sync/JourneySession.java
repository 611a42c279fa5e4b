package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.studio.text.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open journey and the edits on their way to the engine. What the editor shows ({@link
 * #journeyProperty()}) is the server's last answer with every unsent edit applied on top, so an
 * edit shows at once. Edits go out one at a time, in order, each with the version of the answer
 * before it as If-Match. A refused edit is dropped and the view returns to the server's truth (plus
 * the edits still queued) with the reason in words; on 412 the journey is reloaded from the answer
 * and the queue dropped, saying so; when the engine is unreachable the queue waits and {@link
 * Reachability} retries. View models ask the engine anything else through {@link JourneyReads},
 * whose failures are told here too. UI thread only.
 */
public final class JourneySession implements JourneyReads {
    private static final Logger LOG = LoggerFactory.getLogger(JourneySession.class);
    private static final String OWNER = "journey";

    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final Reachability reachability;
    private final EngineReads reads;
    private final ReadOnlyObjectWrapper<Journey> journey =
            new ReadOnlyObjectWrapper<>(this, "journey");
    private final ReadOnlyObjectWrapper<Journey> serverJourney =
            new ReadOnlyObjectWrapper<>(this, "serverJourney");
    private final ReadOnlyObjectWrapper<Notice> notice =
            new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<ChangedElsewhere> changedElsewhere =
            new ReadOnlyObjectWrapper<>(this, "changedElsewhere");
    private final ReadOnlyObjectWrapper<Journey> opened =
            new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyIntegerWrapper unsaved = new ReadOnlyIntegerWrapper(this, "unsaved");
    private final Deque<Command> pending = new ArrayDeque<>();
    private final CommandStack history = new CommandStack(this::send);
    private boolean inFlight;
    private boolean waitingForEngine;
    private boolean catchingUp;

    /** The highest version the journey's stream announced. */
    private long announced;

    private long generation;

    public JourneySession(
            JourneyGateway gateway, TaskExecutor executor, Reachability reachability) {
        this.gateway = gateway;
        this.executor = executor;
        this.reachability = reachability;
        this.reads = new EngineReads(gateway, executor, reachability, this::tell);
    }

    @Override
    public <T> void read(EngineCall<T> call, Consumer<? super T> onResult, Failed failed) {
        reads.read(call, onResult, failed);
    }

    @Override
    public <T> void work(Callable<T> work, Consumer<? super T> onResult, Failed failed) {
        reads.work(work, onResult, failed);
    }

    /**
     * Loads a journey into the editor. Refused (with a notice) while edits of the open one are
     * still unsaved, so none is lost.
     */
    public boolean open(String journeyId) {
        if (!pending.isEmpty()) {
            tell(
                    Notice.warning(
                            Words.count(pending.size(), "edit")
                                    + " of '"
                                    + Words.shorten(journey.get().name())
                                    + "' are not saved yet; open another journey when they are."));
            return false;
        }
        long gen = ++generation;
        Failed failed =
                Failed.saying("Could not open the journey: ")
                        .retriedWhenUnreachable(OWNER, () -> open(journeyId));
        executor.submit(
                () -> gateway.getJourney(journeyId),
                r -> {
                    if (gen == generation) {
                        reads.answered(failed);
                        Journey before = serverJourney.get();
                        boolean same = before != null && before.id().equals(r.journey().id());
                        if (!same) {
                            history.clear();
                            announced = 0;
                        }
                        setServer(r.journey());
                        if (same) {
                            changedElsewhere(before, r.journey());
                        } else {
                            opened.set(null); // the same journey opened again is news too
                            opened.set(r.journey()); // shown by now: listeners may send edits
                        }
                    }
                },
                e -> {
                    if (gen == generation) {
                        reads.fail(failed, e);
                    }
                });
        return true;
    }

    /** Loads the open journey again from the engine. */
    public void reload() {
        Journey current = serverJourney.get();
        if (current != null) {
            open(current.id());
        }
    }

    /** Closes the editor's journey (after it was deleted, say). */
    public void close() {
        generation++;
        pending.clear();
        history.clear();
        inFlight = false;
        announced = 0;
        unsaved.set(0);
        serverJourney.set(null);
        journey.set(null);
    }

    /**
     * Shows {@code command} at once, sends it after the edits before it and records it in the
     * {@link #history()}.
     */
    public void submit(Command command) {
        history.execute(command);
    }

    /**
     * Shows and sends {@code command} without recording it in the history: an edit the user did not
     * make (a free place for a node the CLI added), which Undo should not take back.
     */
    public void submitUnrecorded(Command command) {
        send(command);
    }

    private void changedElsewhere(Journey before, Journey after) {
        changedElsewhere.set(new ChangedElsewhere(before, after));
    }

    /**
     * The last time the journey was read again after a change made elsewhere (the CLI, another
     * window): what the engine had before and has now.
     */
    public ReadOnlyObjectProperty<ChangedElsewhere> changedElsewhereProperty() {
        return changedElsewhere.getReadOnlyProperty();
    }

    /**
     * The journey just opened (another than the one open before), as the engine had it, once it is
     * shown: listeners may send edits of their own.
     */
    public ReadOnlyObjectProperty<Journey> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The journey before and after a change made elsewhere (a new instance each time). */
    public record ChangedElsewhere(Journey before, Journey after) {}

    /** Shows and queues {@code command}; false (with a notice) when it cannot apply. */
    private boolean send(Command command) {
        Journey shown = journey.get();
        if (shown == null) {
            return false;
        }
        Journey next;
        try {
            next = command.preview(shown);
        } catch (InvalidInputException e) {
            tell(Notice.error(command.description() + ": " + e.getMessage()));
            return false;
        }
        pending.addLast(command);
        unsaved.set(pending.size());
        journey.set(next);
        pump();
        return true;
    }

    private void pump() {
        if (inFlight || waitingForEngine || pending.isEmpty() || serverJourney.get() == null) {
            return;
        }
        Command command = pending.peekFirst();
        Journey base = serverJourney.get();
        long gen = generation;
        inFlight = true;
        executor.submit(
                () -> command.execute(gateway, base.id(), base.version()),
                r -> {
                    if (gen == generation) {
                        accepted(r);
                    }
                },
                e -> {
                    if (gen == generation) {
                        refused(command, e);
                    }
                });
    }

    private void accepted(JourneyResponse response) {
        inFlight = false;
        history.accepted(pending.pollFirst());
        reachability.reachable(OWNER);
        setServer(response.journey());
        pump();
        catchUp();
    }

    /**
     * The journey's stream says it is now at {@code version}. When that is beyond the editor's
     * (someone else edited it: the CLI, another window), the journey is reloaded and redrawn, the
     * unsent edits replayed on top; the selection is by name, so it stays. While an edit of ours is
     * on its way, this waits for its answer.
     */
    public void changedTo(long version) {
        announced = Math.max(announced, version);
        catchUp();
    }

    private void catchUp() {
        Journey server = serverJourney.get();
        if (server == null || inFlight || catchingUp || announced <= server.version()) {
            return;
        }
        catchingUp = true;
        long gen = generation;
        executor.submit(
                () -> gateway.getJourney(server.id()),
                r -> {
                    catchingUp = false;
                    Journey now = serverJourney.get();
                    if (gen == generation
                            && !inFlight
                            && now != null
                            && r.journey().version() > now.version()) {
                        setServer(r.journey());
                        changedElsewhere(now, r.journey());
                    }
                    pump();
                },
                e -> catchingUp = false);
    }

    private void refused(Command command, Throwable e) {
        inFlight = false;
        if (EngineReads.isUnreachable(e)) {
            waitingForEngine = true;
            reachability.unreachable(
                    OWNER,
                    e.getMessage(),
                    () -> {
                        waitingForEngine = false;
                        pump();
                    });
            return;
        }
        if (e instanceof GatewayException g
                && g.kind() == GatewayException.Kind.PRECONDITION_FAILED
                && g.current() != null) {
            reapply(command, g.current().journey());
            return;
        }
        pending.pollFirst();
        history.refused(command);
        if (!(e instanceof GatewayException)) {
            LOG.warn("Edit failed unexpectedly: {}", command.description(), e);
        }
        reachability.reachable(OWNER);
        setServer(serverJourney.get());
        tell(Notice.error(command.description() + " failed: " + e.getMessage()));
        pump();
    }

    /**
     * A 412: the journey changed elsewhere. The refused edit and those after it are replayed on the
     * new version and sent again where they still apply (a move of a node that still exists); one
     * that no longer applies is dropped, saying why.
     */
    private void reapply(Command command, Journey now) {
        Journey before = serverJourney.get();
        List<Notice> drops = setServer(now);
        boolean kept = pending.stream().anyMatch(c -> c == command);
        Notice dropped = drops.isEmpty() ? null : drops.get(drops.size() - 1);
        String head = "The journey was changed elsewhere (now version " + now.version() + "). ";
        if (kept) {
            tell(Notice.warning(head + command.description() + " was made on top of it."));
        } else {
            tell(
                    Notice.warning(
                            head
                                    + (dropped == null
                                            ? command.description() + " was not made."
                                            : dropped.text())));
        }
        if (before != null) {
            changedElsewhere(
                    before, now); // after the notice: listeners may send edits of their own
        }
        pump();
    }

    /**
     * The server's truth, with the queued edits replayed on top; one that no longer fits goes,
     * saying why. Returns those notices, in order (the last is the one left showing).
     */
    private List<Notice> setServer(Journey truth) {
        List<Notice> dropped = new ArrayList<>();
        serverJourney.set(truth);
        Journey shown = truth;
        Iterator<Command> it = pending.iterator();
        boolean head = true;
        while (it.hasNext()) {
            Command c = it.next();
            try {
                shown = c.preview(shown);
            } catch (InvalidInputException e) {
                if (head && inFlight) {
                    continue;
                }
                it.remove();
                history.refused(c);
                Notice why =
                        Notice.error(c.description() + " no longer applies: " + e.getMessage());
                dropped.add(why);
                tell(why);
            }
            head = false;
        }
        unsaved.set(pending.size());
        journey.set(shown);
        return dropped;
    }

    /** Shows a message (for failures found before anything is sent). */
    public void tell(Notice message) {
        notice.set(message);
    }

    /** The journey as the editor shows it: the engine's answer plus unsent edits. */
    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    /** The engine's last answer. */
    public ReadOnlyObjectProperty<Journey> serverJourneyProperty() {
        return serverJourney.getReadOnlyProperty();
    }

    /** The last thing the user should read. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Edits shown but not yet accepted by the engine. */
    public ReadOnlyIntegerProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** Undo and redo of the edits made in this session. */
    public CommandStack history() {
        return history;
    }
}
