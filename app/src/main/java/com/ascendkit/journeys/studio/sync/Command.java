package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * One edit of a journey, as in Scene Builder's {@code Job}: {@link #preview} shows it on the canvas
 * at once, {@link #execute} makes the API call(s), {@link #undo} the inverse call(s). A drag is one
 * command on release. A {@code CommandStack} only has to keep executed commands and call {@link
 * #inverse()}.
 */
public interface Command {

    /** For menus and messages: "Move 'welcome'". */
    String description();

    /**
     * The journey as it will be once the engine accepts the edit.
     *
     * @throws com.ascendkit.journeys.model.InvalidInputException when it cannot apply to {@code
     *     journey}
     */
    Journey preview(Journey journey);

    /** Makes the call against the journey at {@code expectedVersion} (sent as If-Match). */
    JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion);

    /** The edit that takes this one back. */
    Command inverse();

    /** False for edits that cannot be taken back (archive). */
    default boolean undoable() {
        return true;
    }

    /** Makes the inverse call(s). */
    default JourneyResponse undo(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return inverse().execute(gateway, journeyId, expectedVersion);
    }
}
