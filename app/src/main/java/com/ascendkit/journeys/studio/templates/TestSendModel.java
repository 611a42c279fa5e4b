package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Send test: the saved email, rendered for the preview's profile, to an address (kept for the
 * session, since the same person tests one email after another), through the engine's SMTP server
 * or into its outbox; the engine's answer is shown in its words. UI thread only.
 */
public final class TestSendModel {
    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final TemplateDraft draft;
    private final Supplier<String> userOrNull;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");

    TestSendModel(
            JourneyGateway gateway,
            TaskExecutor executor,
            TemplateDraft draft,
            Supplier<String> userOrNull) {
        this.gateway = gateway;
        this.executor = executor;
        this.draft = draft;
        this.userOrNull = userOrNull;
        draft.savedProperty().addListener((o, a, b) -> result.set(""));
    }

    /** Sends the saved version of the email being edited to {@link #addressProperty()}. */
    public void send() {
        String to = address.get().strip();
        if (draft.isNew()) {
            result.set("Save the email first: a test sends what the engine has.");
            return;
        }
        if (!Emails.isEmail(to)) {
            result.set(
                    to.isEmpty()
                            ? "Type the address to send the test to."
                            : "'" + to + "' is not an email address.");
            return;
        }
        String slug = draft.saved().slug();
        String user = userOrNull.get();
        boolean unsaved = draft.changedProperty().get();
        sending.set(true);
        result.set("Sending…");
        executor.submit(
                () -> gateway.sendTestEmail(slug, to, user),
                sent -> {
                    sending.set(false);
                    result.set(
                            FieldErrors.sentence(sent.message())
                                    + (unsaved
                                            ? " (the saved version: your changes are not saved)"
                                            : ""));
                },
                e -> {
                    sending.set(false);
                    result.set("The test was not sent: " + e.getMessage());
                });
    }

    /** Where tests go; kept while the editor runs. */
    public StringProperty addressProperty() {
        return address;
    }

    /** The engine's answer to the last test, in words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }
}
