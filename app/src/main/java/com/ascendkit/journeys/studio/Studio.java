package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.background.BackgroundServiceViewModel;
import com.ascendkit.journeys.studio.background.ServiceAccess;
import com.ascendkit.journeys.studio.canvas.CanvasViewModel;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.inspector.InspectorViewModel;
import com.ascendkit.journeys.studio.journeys.JourneyListViewModel;
import com.ascendkit.journeys.studio.journeys.JourneyTransfer;
import com.ascendkit.journeys.studio.lifecycle.LifecycleViewModel;
import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import com.ascendkit.journeys.studio.live.FailuresViewModel;
import com.ascendkit.journeys.studio.live.JourneyFeed;
import com.ascendkit.journeys.studio.people.PeopleViewModel;
import com.ascendkit.journeys.studio.people.ReplayViewModel;
import com.ascendkit.journeys.studio.people.UserSearchViewModel;
import com.ascendkit.journeys.studio.settings.StudioSettings;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Reachability;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import com.ascendkit.journeys.studio.templates.TemplatesViewModel;
import com.ascendkit.journeys.studio.warnings.WarningsViewModel;
import java.time.Clock;
import java.util.List;

/**
 * The composition root: makes every view model once, by constructor, from the engine port, the
 * executor, the dialogs and the validator. The application and the UI tests both build the editor
 * through it.
 */
public final class Studio {
    private final Reachability reachability;
    private final JourneySession session;
    private final EnvironmentCatalog catalog;
    private final SelectionModel selection;
    private final CanvasViewModel canvas;
    private final WarningsViewModel warnings;
    private final InspectorViewModel inspector;
    private final JourneyListViewModel journeys;
    private final LifecycleViewModel lifecycle;
    private final JourneyTransfer transfer;
    private final AnalyticsViewModel analytics;
    private final FailuresViewModel failures;
    private final JourneyFeed feed;
    private final String engineDescription;
    private final Dialogs dialogs;
    private final StudioSettings settings;
    private final BackgroundServiceViewModel background;
    private final TemplatesViewModel templates;
    private final ReplayViewModel replay;
    private final PeopleViewModel people;
    private final UserSearchViewModel userSearch;

    public Studio(
            JourneyGateway gateway,
            TaskExecutor executor,
            Dialogs dialogs,
            JourneyValidator validator) {
        this(gateway, executor, dialogs, validator, "");
    }

    /** {@code engineDescription} says in the window which engine and environment it edits. */
    public Studio(
            JourneyGateway gateway,
            TaskExecutor executor,
            Dialogs dialogs,
            JourneyValidator validator,
            String engineDescription) {
        this(gateway, executor, dialogs, validator, engineDescription, StudioSettings.inMemory());
    }

    /** {@code settings}: what the editor remembers between runs (theme, window, last journey). */
    public Studio(
            JourneyGateway gateway,
            TaskExecutor executor,
            Dialogs dialogs,
            JourneyValidator validator,
            String engineDescription,
            StudioSettings settings) {
        this(
                gateway,
                executor,
                dialogs,
                validator,
                engineDescription,
                settings,
                ServiceAccess.notInstalled());
    }

    /**
     * {@code service}: whether this editor can run {@code ascendkit engine service …} (only an
     * installed one can).
     */
    public Studio(
            JourneyGateway gateway,
            TaskExecutor executor,
            Dialogs dialogs,
            JourneyValidator validator,
            String engineDescription,
            StudioSettings settings,
            ServiceAccess service) {
        this.engineDescription = engineDescription;
        this.settings = settings;
        this.dialogs = dialogs;
        reachability = new Reachability(executor);
        session = new JourneySession(gateway, executor, reachability);
        catalog = new EnvironmentCatalog(gateway, executor, reachability);
        selection = new SelectionModel(session.journeyProperty());
        analytics = new AnalyticsViewModel(session);
        failures = new FailuresViewModel(session);
        feed = new JourneyFeed(session, executor, analytics, failures);
        canvas = new CanvasViewModel(session, selection, dialogs, analytics, failures);
        warnings = new WarningsViewModel(session.journeyProperty(), catalog, validator, canvas);
        inspector = new InspectorViewModel(session, selection, catalog, dialogs);
        inspector.node().followFailures(failures);
        journeys =
                new JourneyListViewModel(session, dialogs, () -> List.copyOf(catalog.templates()));
        lifecycle = new LifecycleViewModel(session, dialogs);
        transfer = new JourneyTransfer(session, dialogs, journeys);
        background = new BackgroundServiceViewModel(service, executor, settings, session::tell);
        templates = new TemplatesViewModel(gateway, executor, dialogs, catalog);
        Clock clock = Clock.systemDefaultZone();
        replay = new ReplayViewModel(session, clock);
        people = new PeopleViewModel(session, replay, clock);
        userSearch = new UserSearchViewModel(session, replay);
        feed.onAnalyticsChanged(replay::pathMayHaveChanged);
        session.serverJourneyProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b != null) {
                                settings.lastJourney(b.id());
                            }
                        });
    }

    public StudioSettings settings() {
        return settings;
    }

    /** Loads the journey list and the environment's templates, surveys and identities. */
    public void start() {
        journeys.refresh();
        catalog.refresh();
    }

    /** Which engine and environment the editor is connected to, e.g. "embedded engine http://…". */
    public String engineDescription() {
        return engineDescription;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Reachability reachability() {
        return reachability;
    }

    public JourneySession session() {
        return session;
    }

    public EnvironmentCatalog catalog() {
        return catalog;
    }

    public SelectionModel selection() {
        return selection;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public WarningsViewModel warnings() {
        return warnings;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public JourneyListViewModel journeys() {
        return journeys;
    }

    /** Export, import and duplicate of journeys (File menu). */
    public JourneyTransfer transfer() {
        return transfer;
    }

    /** The engine as a background service: the first-run offer and its menu item. */
    public BackgroundServiceViewModel background() {
        return background;
    }

    /** The Templates window's state: kept for the session (the test address, say). */
    public TemplatesViewModel templates() {
        return templates;
    }

    public AnalyticsViewModel analytics() {
        return analytics;
    }

    /** Where and why users of the open journey failed (the cards' failure badges). */
    public FailuresViewModel failures() {
        return failures;
    }

    /**
     * The open journey's event stream: the window {@link JourneyFeed#start starts} it (live reload,
     * analytics); view-model tests leave it off.
     */
    public JourneyFeed feed() {
        return feed;
    }

    /** The people panel: the users of a step, or the failed ones. */
    public PeopleViewModel people() {
        return people;
    }

    /** A user's path replayed on the canvas. */
    public ReplayViewModel replay() {
        return replay;
    }

    /** The people panel's search: a user id or email address to a replay. */
    public UserSearchViewModel userSearch() {
        return userSearch;
    }

    public LifecycleViewModel lifecycle() {
        return lifecycle;
    }
}
