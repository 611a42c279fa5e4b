package com.ascendkit.journeys.studio.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The undo history of the open journey, as Scene Builder's {@code JobManager}: every edit the
 * session is given is {@link #execute executed} here and recorded; {@link #undo} sends the inverse
 * of the last one and {@link #redo} sends it again, through the same session (shown at once,
 * If-Match, reverted when refused). Unlimited within a session; cleared when another journey opens.
 * An edit the engine refuses leaves the history as if it had not been asked for. {@link
 * #revisionProperty()} counts changes, so menus can follow. UI thread only.
 */
public final class CommandStack {
    private static final Logger LOG = LoggerFactory.getLogger(CommandStack.class);

    private final Predicate<Command> sender;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();

    /** What to do with the history if a command on its way to the engine is refused. */
    private final Map<Command, Runnable> onRefusal = new IdentityHashMap<>();

    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private boolean busy;

    /** {@code sender} shows and sends a command, false when it cannot apply (already said why). */
    public CommandStack(Predicate<Command> sender) {
        this.sender = sender;
        changed();
    }

    /**
     * Shows and sends {@code command} and records it. An edit asked for while an undo or redo is
     * being shown (a listener reacting to it) is sent but not recorded: it is not the user's.
     */
    boolean execute(Command command) {
        if (busy) {
            return sender.test(command);
        }
        if (!command.undoable()) {
            return send(command); // activating a draft, archiving: made, not recorded
        }
        done.push(command);
        onRefusal.put(command, () -> done.remove(command));
        // registered before sending: a refusal may come back before send returns
        if (!send(command)) {
            done.remove(command);
            onRefusal.remove(command);
            return false;
        }
        undone.clear();
        changed();
        return true;
    }

    /** Takes the last edit back; false when there is none or it no longer applies. */
    public boolean undo() {
        if (busy || done.isEmpty()) {
            return false;
        }
        Command command = done.pop();
        Command inverse = command.inverse();
        undone.push(command);
        onRefusal.put(inverse, () -> moveBack(command, undone, done));
        if (!send(inverse)) {
            undone.remove(command); // it cannot be taken back any more; the session said why
            onRefusal.remove(inverse);
            changed();
            return false;
        }
        changed();
        return true;
    }

    /** Makes the last undone edit again. */
    public boolean redo() {
        if (busy || undone.isEmpty()) {
            return false;
        }
        Command command = undone.pop();
        done.push(command);
        onRefusal.put(command, () -> moveBack(command, done, undone));
        if (!send(command)) {
            done.remove(command);
            onRefusal.remove(command);
            changed();
            return false;
        }
        changed();
        return true;
    }

    private boolean send(Command command) {
        busy = true;
        try {
            return sender.test(command);
        } finally {
            busy = false;
        }
    }

    private void moveBack(Command command, Deque<Command> from, Deque<Command> to) {
        if (from.remove(command)) {
            to.push(command);
        }
    }

    /** The engine took {@code command}. */
    void accepted(Command command) {
        onRefusal.remove(command);
    }

    /** The engine refused {@code command} (or it no longer applied): the history forgets it. */
    void refused(Command command) {
        Runnable r = onRefusal.remove(command);
        if (r != null) {
            LOG.debug("History: '{}' was refused", command.description());
            r.run();
            changed();
        }
    }

    /** Forgets everything (another journey opened). */
    public void clear() {
        done.clear();
        undone.clear();
        onRefusal.clear();
        changed();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    private void changed() {
        undoText.set(done.isEmpty() ? "Undo" : "Undo " + lower(done.peek().description()));
        redoText.set(undone.isEmpty() ? "Redo" : "Redo " + lower(undone.peek().description()));
        revision.set(revision.get() + 1);
    }

    private static String lower(String description) {
        return description.isEmpty()
                ? description
                : description.substring(0, 1).toLowerCase(Locale.ROOT) + description.substring(1);
    }

    /** Goes up by one on every change of the history. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The menu text: "Undo add transition 'welcome-to-done'", or "Undo" when there is none. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
