package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.topology.References;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The environment's templates, surveys and sender identities as last fetched: the inspector's
 * pickers and the reference rules of the local validator read them. UI thread only.
 */
public final class EnvironmentCatalog implements References {
    /** The template a new email step names until the marketer chooses one (a warning says so). */
    public static final String CHOOSE_TEMPLATE = "choose-an-email";

    private static final String OWNER = "catalog";

    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final Reachability reachability;
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObservableList<Survey> surveys = FXCollections.observableArrayList();
    private final ObservableList<Identity> identities = FXCollections.observableArrayList();
    // One read-only view each, kept: a view listens to its list weakly, so a listener added to a
    // view made afresh on each call went with that view at the next garbage collection.
    private final ObservableList<Template> templatesView =
            FXCollections.unmodifiableObservableList(templates);
    private final ObservableList<Survey> surveysView =
            FXCollections.unmodifiableObservableList(surveys);
    private final ObservableList<Identity> identitiesView =
            FXCollections.unmodifiableObservableList(identities);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private long requested;
    private long shown;

    public EnvironmentCatalog(
            JourneyGateway gateway, TaskExecutor executor, Reachability reachability) {
        this.gateway = gateway;
        this.executor = executor;
        this.reachability = reachability;
    }

    /**
     * Fetches all three lists. Fetches can overlap (a picker opens while the start-up one is on its
     * way): an answer older than the one shown is dropped, so a list never goes back in time.
     */
    public void refresh() {
        long asked = ++requested;
        executor.submit(
                () ->
                        new Lists(
                                gateway.listTemplates(),
                                gateway.listSurveys(),
                                gateway.listIdentities()),
                lists -> {
                    reachability.reachable(OWNER);
                    if (asked < shown) {
                        return;
                    }
                    shown = asked;
                    templates.setAll(lists.templates());
                    surveys.setAll(lists.surveys());
                    identities.setAll(lists.identities());
                    revision.set(revision.get() + 1);
                },
                e -> {
                    if (e instanceof GatewayException g
                            && g.kind() == GatewayException.Kind.UNREACHABLE) {
                        reachability.unreachable(OWNER, g.getMessage(), this::refresh);
                    }
                });
    }

    private record Lists(
            List<Template> templates, List<Survey> surveys, List<Identity> identities) {}

    @Override
    public boolean templateExists(String slug) {
        return templates.stream().anyMatch(t -> t.slug().equals(slug));
    }

    @Override
    public boolean surveyExists(String slug) {
        return surveys.stream().anyMatch(s -> s.slug().equals(slug));
    }

    @Override
    public IdentityStatus identity(String email) {
        return identities.stream()
                .filter(i -> i.email().equalsIgnoreCase(email))
                .findFirst()
                .map(i -> i.verified() ? IdentityStatus.VERIFIED : IdentityStatus.UNVERIFIED)
                .orElse(IdentityStatus.MISSING);
    }

    public ObservableList<Template> templates() {
        return templatesView;
    }

    public ObservableList<Survey> surveys() {
        return surveysView;
    }

    public ObservableList<Identity> identities() {
        return identitiesView;
    }

    /** Bumped after each refresh, so the validator runs again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
