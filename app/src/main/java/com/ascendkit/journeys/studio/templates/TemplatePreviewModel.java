package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.api.TemplatePreview;
import com.ascendkit.journeys.studio.sync.GatewayException;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live preview: the engine renders the draft ({@link JourneyGateway#previewTemplate}) for the
 * sample profile or a user id, {@link #DEBOUNCE} after the last keystroke, so typing sends one
 * request per pause, not one per key. An answer to an older request than the last one sent is
 * dropped (two may overlap). A Liquid error goes next to its field, with its line and column; the
 * preview then keeps the last email that could be rendered. UI thread only.
 */
public final class TemplatePreviewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final TemplateDraft draft;
    private final FieldErrors errors;
    private final StringProperty userId = new SimpleStringProperty(this, "userId", "");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject", "");
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private final ReadOnlyStringWrapper htmlText = new ReadOnlyStringWrapper(this, "htmlText", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private static final String NOTHING =
            "Nothing to show yet: choose an email on the left, or write one.";
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NOTHING);
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<String> hintsView =
            FXCollections.unmodifiableObservableList(hints);
    private TaskExecutor.Cancellable pending;
    private long sent;

    TemplatePreviewModel(
            JourneyGateway gateway,
            TaskExecutor executor,
            TemplateDraft draft,
            FieldErrors errors) {
        this.gateway = gateway;
        this.executor = executor;
        this.draft = draft;
        this.errors = errors;
        draft.subjectProperty().addListener((o, a, b) -> later());
        draft.htmlProperty().addListener((o, a, b) -> later());
        draft.textProperty().addListener((o, a, b) -> later());
        userId.addListener((o, a, b) -> later());
    }

    /** Renders after the next pause in typing. */
    void later() {
        if (pending != null) {
            pending.cancel();
        }
        pending = executor.schedule(DEBOUNCE, this::renderNow);
    }

    /** Renders the draft now (on opening an email, say). */
    void renderNow() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        long request = ++sent;
        if (!draft.hasContent()) {
            show(new TemplatePreview("", null, null, List.of(), "sample"));
            status.set(NOTHING);
            return;
        }
        Template t = draft.asTemplate();
        // The slug lets the engine use the variables of the steps that send it; a bad one is left
        // out
        Template asked =
                new Template(
                        Slugs.isSlug(t.slug()) ? t.slug() : null, t.subject(), t.html(), t.text());
        String user = userId.get().isBlank() ? null : userId.get().strip();
        status.set("Rendering…");
        executor.submit(
                () -> gateway.previewTemplate(asked, user),
                p -> {
                    if (request == sent) {
                        show(p);
                    }
                },
                e -> {
                    if (request == sent) {
                        failed(e, user);
                    }
                });
    }

    private void show(TemplatePreview p) {
        errors.clearLiquid();
        subject.set(p.subject() == null ? "" : p.subject());
        html.set(p.html() == null ? "" : p.html());
        htmlText.set(HtmlText.of(p.html()));
        text.set(p.text() == null ? "" : p.text());
        hints.setAll(p.warnings());
        status.set(profile(p.profile()));
    }

    private static String profile(String profile) {
        return profile == null || profile.equals("sample")
                ? "Shown for the sample profile: Ada, ada@example.com, no sign-in provider."
                : "Shown for " + profile + ".";
    }

    private void failed(Throwable e, String user) {
        if (e instanceof GatewayException g
                && g.kind() == GatewayException.Kind.INVALID
                && errors.showLiquid(g.field(), g.getMessage())) {
            status.set("The preview shows the last version that could be rendered.");
        } else if (e instanceof GatewayException g && g.kind() == GatewayException.Kind.NOT_FOUND) {
            status.set("No user '" + user + "' in this environment: nothing to show for them.");
        } else {
            status.set("Could not render the preview: " + e.getMessage());
        }
    }

    /** Whose profile renders the preview (and a test send): blank for the sample profile. */
    public StringProperty userIdProperty() {
        return userId;
    }

    /** The user id to render for, or null for the sample profile. */
    String userOrNull() {
        return userId.get().isBlank() ? null : userId.get().strip();
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The rendered HTML body as the engine sends it. */
    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    /** The rendered HTML body as readable text. */
    public ReadOnlyStringProperty htmlTextProperty() {
        return htmlText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whose profile the preview shows, or why it is not up to date. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The engine's warnings: variables that nothing gives a value. */
    public ObservableList<String> hints() {
        return hintsView;
    }
}
