package com.ascendkit.journeys.studio.journeys;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.NodeChanges;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The journey list: search by name, filter by status, create (name and entry event), remove after
 * confirmation, open in the editor. The row of the open journey follows its edits.
 */
public final class JourneyListViewModel {
    private static final String OWNER = "journey-list";

    private final JourneySession session;
    private final Dialogs dialogs;
    private final Supplier<List<Template>> templates;
    private final ObservableList<JourneySummary> all = FXCollections.observableArrayList();
    private final FilteredList<JourneySummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<JourneyStatus> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter");
    private boolean openFirst;
    private String preferred;

    public JourneyListViewModel(
            JourneySession session, Dialogs dialogs, Supplier<List<Template>> templates) {
        this.session = session;
        this.templates = templates;
        this.dialogs = dialogs;
        search.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        session.serverJourneyProperty().addListener((o, a, b) -> follow(b));
    }

    public void refresh() {
        session.read(
                engine -> engine.listJourneys(null),
                list -> {
                    all.setAll(list);
                    if (openFirst && !list.isEmpty()) {
                        openFirst = false;
                        if (session.serverJourneyProperty().get() == null) {
                            session.open(
                                    list.stream()
                                            .filter(s -> s.id().equals(preferred))
                                            .findFirst()
                                            .orElse(list.get(0))
                                            .id());
                        }
                    }
                },
                Failed.saying("Could not list journeys: ")
                        .retriedWhenUnreachable(OWNER, this::refresh));
    }

    /**
     * Lists the journeys and, when none is open yet, opens the first listed (as the window starts,
     * so it does not open empty).
     */
    public void refreshAndOpenFirst() {
        refreshAndOpen(null);
    }

    /**
     * Lists the journeys and, when none is open yet, opens {@code preferred} (the journey open when
     * the editor was last closed) if it is still listed, else the first.
     */
    public void refreshAndOpen(String preferred) {
        this.preferred = preferred;
        openFirst = true;
        refresh();
    }

    /**
     * Asks for a name, an entry event and the first step, creates the journey with that step as its
     * entry node, gives the step its action and opens the journey.
     */
    public void create() {
        dialogs.askNewJourney(templates.get()).ifPresent(this::create);
    }

    public void create(String name, String entryEvent) {
        create(new Dialogs.NewJourney(name, entryEvent));
    }

    private void create(Dialogs.NewJourney n) {
        Dialogs.FirstStep step = n.firstStep();
        session.read(
                engine -> {
                    JourneyResponse r =
                            engine.createJourney(
                                    n.name().strip(),
                                    n.entryEvent().strip(),
                                    step == null ? null : step.name());
                    if (step != null && !step.action().equals(Action.none())) {
                        r =
                                engine.updateNode(
                                        r.journey().id(),
                                        r.journey().version(),
                                        step.name(),
                                        NodeChanges.action(step.action()));
                    }
                    return r;
                },
                r -> {
                    refresh();
                    session.open(r.journey().id());
                },
                Failed.saying("Could not create the journey: "));
    }

    /** Deletes a journey, with every user state in it, after the user confirms. */
    public void remove(JourneySummary journey) {
        String question =
                "Delete '"
                        + Words.shorten(journey.name())
                        + "' and every user's progress in it? This cannot be undone."
                        + (journey.stats().active() > 0
                                ? " "
                                        + Words.count(journey.stats().active(), "user")
                                        + " "
                                        + Words.isAre(journey.stats().active())
                                        + " in it now."
                                : "");
        if (!dialogs.confirm("Delete journey", question)) {
            return;
        }
        session.read(
                engine -> {
                    engine.deleteJourney(journey.id());
                    return journey.id();
                },
                id -> {
                    Journey open = session.serverJourneyProperty().get();
                    if (open != null && open.id().equals(id)) {
                        session.close();
                    }
                    all.removeIf(s -> s.id().equals(id));
                    session.tell(Notice.info("Deleted '" + journey.name() + "'"));
                },
                Failed.saying("Could not delete the journey: "));
    }

    public void open(JourneySummary journey) {
        if (journey != null) {
            session.open(journey.id());
        }
    }

    private void follow(Journey j) {
        if (j == null) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            JourneySummary s = all.get(i);
            if (s.id().equals(j.id())) {
                all.set(
                        i,
                        new JourneySummary(
                                j.id(),
                                j.name(),
                                j.status(),
                                j.version(),
                                j.entryEvent(),
                                j.nodes().size(),
                                j.transitions().size(),
                                j.stats(),
                                j.updatedAt()));
                return;
            }
        }
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        JourneyStatus status = statusFilter.get();
        shown.setPredicate(
                s ->
                        (status == null || s.status() == status)
                                && (text.isEmpty()
                                        || s.name().toLowerCase(Locale.ROOT).contains(text)));
    }

    public ObservableList<JourneySummary> journeys() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<JourneyStatus> statusFilterProperty() {
        return statusFilter;
    }
}
