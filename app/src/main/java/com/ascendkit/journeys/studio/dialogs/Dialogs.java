package com.ascendkit.journeys.studio.dialogs;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions view models ask the user (as JabRef's {@code DialogService}). The FX implementation
 * shows modal dialogs; tests answer them with a script.
 */
public interface Dialogs {

    /** Yes or no. */
    boolean confirm(String title, String message);

    /** True only when the user types {@code expected} exactly: for permanent steps. */
    boolean confirmTyped(String title, String message, String expected);

    /**
     * What to do with the users in a node being removed: move them to one of {@code otherNodes}, or
     * exit them. Empty when the user cancels.
     */
    Optional<UsersFate> askUsersFate(String node, long users, List<String> otherNodes);

    /**
     * Name, entry event and first step of a new journey ({@code templates}: the emails a first
     * send_email step may send); empty when cancelled.
     */
    Optional<NewJourney> askNewJourney(List<Template> templates);

    /**
     * On quitting while this editor's own engine runs active journeys: keep it running in the
     * background, stop it, or stay.
     */
    QuitChoice askQuitWithEngine(String message);

    /** A new survey to link to (slug, title, address); empty when cancelled. */
    Optional<Survey> askNewSurvey();

    /** A new sender identity (address and display name); empty when cancelled. */
    Optional<Identity> askNewIdentity();

    /** Where to save a PNG of the canvas ({@code suggested} as the file name); empty: cancelled. */
    Optional<Path> askPngFile(String suggested);

    /** Where to save an exported journey ({@code suggested} as the file name); empty: cancelled. */
    Optional<Path> askExportFile(String suggested);

    /** Which exported journey (JSON) to import; empty: cancelled. */
    Optional<Path> askImportFile();

    /**
     * The URL and secret key of a remote engine to connect to; {@code keyHint} says where a key
     * left empty is taken from. Empty: cancelled.
     */
    Optional<RemoteEngine> askRemoteEngine(String suggestedUrl, String keyHint);

    /** A remote engine; {@code key} blank: use the one kept for the URL. */
    record RemoteEngine(String url, String key) {
        @Override
        public String toString() {
            return "RemoteEngine[url=" + url + "]"; // never the key
        }
    }

    /** The answers of {@link #askQuitWithEngine}. */
    enum QuitChoice {
        KEEP_RUNNING,
        STOP,
        CANCEL
    }

    /** Move the users to {@code moveTo}, or exit them when it is null. */
    record UsersFate(String moveTo) {
        public static UsersFate exit() {
            return new UsersFate(null);
        }

        public boolean exits() {
            return moveTo == null;
        }
    }

    /** A new journey; {@code firstStep} null: the engine's default entry node. */
    record NewJourney(String name, String entryEvent, FirstStep firstStep) {
        public NewJourney(String name, String entryEvent) {
            this(name, entryEvent, null);
        }
    }

    /** The entry node a new journey starts with, as {@code journey create --entry-node} makes. */
    record FirstStep(String name, Action action) {}
}
