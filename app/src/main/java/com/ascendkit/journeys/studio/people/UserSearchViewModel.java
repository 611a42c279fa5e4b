package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.client.users.UserSummary;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.GatewayException;
import com.ascendkit.journeys.studio.sync.JourneySession;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The people panel's search box: a user id or the start of one, or of an email address ({@code GET
 * /v1/users?query=}); the user whose id or address is exactly that, else the first by id, is
 * replayed in the open journey. Says so in words when nobody matches or the user was never in this
 * journey. UI thread only.
 */
public final class UserSearchViewModel {
    private static final int CANDIDATES = 20;

    private final JourneySession session;
    private final ReplayViewModel replay;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** What one search found: no one ({@code user} null), or a user and their path (null: none). */
    private record Found(UserSummary user, UserPath path) {}

    public UserSearchViewModel(JourneySession session, ReplayViewModel replay) {
        this.session = session;
        this.replay = replay;
        query.addListener(o -> message.set(""));
    }

    /** Looks the query up and jumps to that user's replay. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        Journey j = session.serverJourneyProperty().get();
        if (text.isEmpty()) {
            message.set("Type a user id or the start of an email address.");
            return;
        }
        if (j == null) {
            message.set("Open a journey to find its users.");
            return;
        }
        String journeyId = j.id();
        session.read(
                engine -> {
                    UserSummary user = pick(engine.findUsers(text, CANDIDATES).items(), text);
                    if (user == null) {
                        return new Found(null, null);
                    }
                    try {
                        return new Found(user, engine.userPath(journeyId, user.userId()));
                    } catch (GatewayException e) {
                        if (e.kind() == GatewayException.Kind.NOT_FOUND) {
                            return new Found(user, null);
                        }
                        throw e;
                    }
                },
                found -> {
                    if (found.user() == null) {
                        message.set("No user's id or email address starts with \"" + text + "\".");
                    } else if (found.path() == null) {
                        message.set(label(found.user()) + " is not in this journey.");
                    } else {
                        message.set("");
                        replay.show(found.path(), label(found.user()));
                    }
                },
                Failed.shownIn(message::set, "Could not search the users: "));
    }

    /** The exact id or address when one matches, else the first (by id). */
    static UserSummary pick(List<UserSummary> users, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return users.stream()
                .filter(
                        u ->
                                u.userId().toLowerCase(Locale.ROOT).equals(t)
                                        || (u.email() != null
                                                && u.email().toLowerCase(Locale.ROOT).equals(t)))
                .findFirst()
                .orElse(users.isEmpty() ? null : users.getFirst());
    }

    private static String label(UserSummary u) {
        return u.email() == null || u.email().isBlank() ? u.userId() : u.email();
    }

    /** The search box's text. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Why the search jumped nowhere; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
