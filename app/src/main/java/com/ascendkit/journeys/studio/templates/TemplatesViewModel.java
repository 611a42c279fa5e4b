package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Templates window: the environment's emails, found by name or subject; one of them (or a new
 * one) in the {@link #draft() draft}, with its live {@link #preview() preview} and {@link
 * #testSend() test send}. Saving, duplicating and deleting are {@link TemplateEdits}'. After each
 * change the {@link EnvironmentCatalog} is fetched again, so the email pickers of send_email steps
 * list it. UI thread only.
 */
public final class TemplatesViewModel {
    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final ObservableList<Template> all = FXCollections.observableArrayList();
    private final FilteredList<Template> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final TemplateDraft draft = new TemplateDraft();
    private final FieldErrors errors = new FieldErrors();
    private final TemplatePreviewModel preview;
    private final TestSendModel testSend;
    private final TemplateEdits edits;
    private Consumer<String> onCreated = slug -> {};

    public TemplatesViewModel(
            JourneyGateway gateway,
            TaskExecutor executor,
            Dialogs dialogs,
            EnvironmentCatalog catalog) {
        this.gateway = gateway;
        this.executor = executor;
        this.dialogs = dialogs;
        preview = new TemplatePreviewModel(gateway, executor, draft, errors);
        testSend = new TestSendModel(gateway, executor, draft, preview::userOrNull);
        edits = new TemplateEdits(this, gateway, executor, dialogs, catalog);
        search.addListener((o, a, b) -> shown.setPredicate(t -> matches(t, b)));
    }

    private static boolean matches(Template t, String search) {
        String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty()
                || t.slug().toLowerCase(Locale.ROOT).contains(s)
                || (t.subject() != null && t.subject().toLowerCase(Locale.ROOT).contains(s));
    }

    /** Fetches the environment's emails again (one made with the CLI appears). */
    public void refresh() {
        executor.submit(
                gateway::listTemplates,
                list ->
                        all.setAll(
                                list.stream()
                                        .sorted(Comparator.comparing(Template::slug))
                                        .toList()),
                e -> message.set("Could not list the emails: " + e.getMessage()));
    }

    /** Shows {@code template} for editing, after asking whether to drop unsaved changes. */
    public boolean open(Template template) {
        if (template != null
                && draft.saved() != null
                && template.slug().equals(draft.saved().slug())) {
            return true;
        }
        if (!mayDropChanges()) {
            return false;
        }
        draft.load(template);
        onCreated = slug -> {};
        message.set("");
        errors.slug("");
        errors.subjectMissing("");
        preview.renderNow();
        return true;
    }

    /** Starts a new, empty email whose name is still to be chosen. */
    public void startNew() {
        startNew(slug -> {});
    }

    /**
     * Starts a new email; {@code onCreated} gets its name when it is saved (not if the user turns
     * to another email first).
     */
    public void startNew(Consumer<String> onCreated) {
        if (mayDropChanges()) {
            this.onCreated = onCreated;
            draft.load(null);
            errors.slug("");
            message.set("A new email: give it a name, a subject and a body, then save it.");
            preview.renderNow();
        }
    }

    boolean mayDropChanges() {
        return !draft.changedProperty().get()
                || dialogs.confirm(
                        "Unsaved changes",
                        draft.isNew()
                                ? "The new email is not saved. Drop it?"
                                : "The changes to '"
                                        + draft.saved().slug()
                                        + "' are not saved. Drop them?");
    }

    /** Saves the draft; a new one's name goes to the {@link #startNew(Consumer)} caller. */
    public void save() {
        Consumer<String> created = draft.isNew() ? onCreated : slug -> {};
        edits.save(
                slug -> {
                    onCreated = s -> {};
                    created.accept(slug);
                });
    }

    /** A new email with the content of the one shown, under a free name. */
    public void duplicate() {
        edits.duplicate();
    }

    /** Deletes the email shown, after naming the journeys that send it. */
    public void delete() {
        edits.delete();
    }

    void tell(String words) {
        message.set(words);
    }

    ObservableList<Template> all() {
        return all;
    }

    /** The emails whose name or subject contains the search text, by name. */
    public ObservableList<Template> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** What the last action did, or why it could not, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public TemplateDraft draft() {
        return draft;
    }

    public FieldErrors errors() {
        return errors;
    }

    public TemplatePreviewModel preview() {
        return preview;
    }

    public TestSendModel testSend() {
        return testSend;
    }
}
