package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several edits as one step of the history (a move or removal of a multi-selection), as Scene
 * Builder's {@code CompositeJob}. They are sent in order, each with the version the one before
 * answered; when one is refused, those already made are taken back (best effort) so the journey is
 * not left half-changed, and the refusal is passed on.
 */
public record CompositeCommand(String description, List<Command> parts) implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(CompositeCommand.class);

    public CompositeCommand {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite command needs at least one part");
        }
    }

    @Override
    public Journey preview(Journey journey) {
        Journey out = journey;
        for (Command c : parts) {
            out = c.preview(out);
        }
        return out;
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        List<Command> made = new ArrayList<>();
        long version = expectedVersion;
        JourneyResponse last = null;
        try {
            for (Command c : parts) {
                last = c.execute(gateway, journeyId, version);
                version = last.journey().version();
                made.add(c);
            }
            return last;
        } catch (RuntimeException e) {
            takeBack(gateway, journeyId, version, made);
            throw e;
        }
    }

    private static void takeBack(
            JourneyGateway gateway, String journeyId, long version, List<Command> made) {
        long v = version;
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                v = made.get(i).undo(gateway, journeyId, v).journey().version();
            } catch (RuntimeException e) {
                LOG.warn("Could not take back '{}' of a refused step", made.get(i).description());
                return;
            }
        }
    }

    @Override
    public Command inverse() {
        List<Command> back = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            back.add(parts.get(i).inverse());
        }
        return new CompositeCommand("Undo: " + description, back);
    }

    @Override
    public boolean undoable() {
        return parts.stream().allMatch(Command::undoable);
    }
}
