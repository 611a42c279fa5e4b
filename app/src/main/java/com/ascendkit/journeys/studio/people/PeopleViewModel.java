package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.people.JourneyUserPage.FailureReason;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.text.Words;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The people panel: the users of the open journey in one step, or failed ({@link PeopleScope}),
 * read a page at a time ({@code GET /v1/journeys/{id}/users}, newest arrival first; {@link
 * #loadMore} follows the cursor), filtered by what is typed and, for failed users, by reason (the
 * reasons and their counts come with every page). Choosing a user replays their path. UI thread
 * only.
 */
public final class PeopleViewModel {
    static final int PAGE = 50;

    private final JourneySession session;
    private final ReplayViewModel replay;
    private final PersonWords words;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyObjectWrapper<PeopleScope> scope =
            new ReadOnlyObjectWrapper<>(this, "scope");
    private final ObservableList<JourneyUser> loaded = FXCollections.observableArrayList();
    private final FilteredList<JourneyUser> users = new FilteredList<>(loaded);
    private final ObservableList<FailureReason> reasons = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<String> reason = new SimpleObjectProperty<>(this, "reason");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "People");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private int pageSize = PAGE;
    private String cursor;
    private long generation;

    public PeopleViewModel(JourneySession session, ReplayViewModel replay, Clock clock) {
        this.session = session;
        this.replay = replay;
        this.words = new PersonWords(new StepTimes(clock));
        filter.addListener(o -> refilter());
        reason.addListener(o -> refilter());
        session.serverJourneyProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null || a == null || !a.id().equals(b.id())) {
                                scope.set(null);
                                generation++;
                                loaded.clear();
                                reasons.clear();
                                more.set(false);
                                describe();
                            }
                        });
        describe();
    }

    /** Shows the panel listing {@code which} users, from their first page. */
    public void open(PeopleScope which) {
        scope.set(which);
        shown.set(true);
        reload();
    }

    /** Reads the list again from its first page (the filter stays). */
    public void reload() {
        generation++;
        loaded.clear();
        reasons.clear();
        reason.set(null);
        cursor = null;
        more.set(false);
        loading.set(false);
        load();
    }

    /** The next page, when there is one and none is on its way (the list scrolled to its end). */
    public void loadMore() {
        if (more.get() && !loading.get()) {
            load();
        }
    }

    private void load() {
        Journey j = session.serverJourneyProperty().get();
        PeopleScope s = scope.get();
        describe();
        if (j == null || s == null) {
            return;
        }
        loading.set(true);
        long gen = generation;
        String id = j.id();
        var query = s.query().withLimit(pageSize).withCursor(cursor);
        session.read(
                engine -> engine.journeyUsers(id, query),
                page -> {
                    if (gen != generation) {
                        return;
                    }
                    loaded.addAll(page.items());
                    reasons.setAll(page.reasons());
                    cursor = page.nextCursor();
                    more.set(cursor != null);
                    loading.set(false);
                    describe();
                },
                Failed.shownIn(status::set, "Could not list the users: ")
                        .then(() -> loading.set(false)));
    }

    /** Replays {@code user}'s path on the canvas. */
    public void choose(JourneyUser user) {
        if (user != null) {
            replay.start(user.userId(), words.who(user));
        }
    }

    private void refilter() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        String r = reason.get();
        users.setPredicate(
                u ->
                        (r == null || r.equals(u.reason()))
                                && (f.isEmpty()
                                        || u.userId().toLowerCase(Locale.ROOT).contains(f)
                                        || (u.email() != null
                                                && u.email()
                                                        .toLowerCase(Locale.ROOT)
                                                        .contains(f))));
        describe();
    }

    private void describe() {
        PeopleScope s = scope.get();
        if (s == null) {
            title.set("People");
            status.set("Click a card's \"here\" or ✕ count to list its users.");
            return;
        }
        long failed = reasons.stream().mapToLong(FailureReason::users).sum();
        title.set(s.title() + (s.failed() && failed > 0 ? " · " + failed : ""));
        if (loading.get() && loaded.isEmpty()) {
            status.set("Reading…");
        } else if (loaded.isEmpty()) {
            status.set(s.failed() ? "Nobody failed here." : "Nobody is here now.");
        } else {
            status.set(
                    (users.size() == loaded.size()
                                    ? Words.count(loaded.size(), "user")
                                    : users.size() + " of " + Words.count(loaded.size(), "user"))
                            + (more.get() ? " shown, more below" : ""));
        }
    }

    PersonWords words() {
        return words;
    }

    /** For tests: a smaller page. */
    void pageSize(int size) {
        pageSize = size;
    }

    /** Whether the panel is shown (its toolbar toggle). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Which users are listed; null before a count was clicked. */
    public ReadOnlyObjectProperty<PeopleScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** The users read so far that pass the filter, in the engine's order. */
    public ObservableList<JourneyUser> users() {
        return users;
    }

    /** The failed users by reason, with counts (the whole list, not only the pages read). */
    public ObservableList<FailureReason> reasons() {
        return reasons;
    }

    /** Shows only users whose id or email address contains this. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Shows only failed users with this reason; null for all. */
    public ObjectProperty<String> reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How many are shown, or why none are. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether another page can be read. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Closes the panel (the list is kept for when it opens again). */
    public void close() {
        shown.set(false);
    }
}
