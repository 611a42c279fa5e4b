package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.api.Template;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The email being edited: its four fields as typed, and the version the engine has (null for one
 * not saved yet), so the view knows whether there is anything to save. UI thread only.
 */
public final class TemplateDraft {
    private final StringProperty slug = new SimpleStringProperty(this, "slug", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty html = new SimpleStringProperty(this, "html", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Template> saved = new SimpleObjectProperty<>(this, "saved");
    private final BooleanBinding changed =
            Bindings.createBooleanBinding(
                    () -> !asTemplate().equals(saved.get() == null ? empty() : saved.get()),
                    slug,
                    subject,
                    html,
                    text,
                    saved);

    /** Shows {@code template} as saved; null: a new, empty email. */
    void load(Template template) {
        Template t = template == null ? empty() : template;
        saved.set(template);
        slug.set(t.slug());
        subject.set(t.subject() == null ? "" : t.subject());
        html.set(t.html() == null ? "" : t.html());
        text.set(t.text() == null ? "" : t.text());
    }

    /** A new email with {@code source}'s content and {@code newSlug}. */
    void copy(Template source, String newSlug) {
        load(null);
        slug.set(newSlug);
        subject.set(source.subject() == null ? "" : source.subject());
        html.set(source.html() == null ? "" : source.html());
        text.set(source.text() == null ? "" : source.text());
    }

    /** The fields as the API takes them: a body left blank is no body. */
    public Template asTemplate() {
        return new Template(slug.get(), subject.get(), orNull(html.get()), orNull(text.get()));
    }

    private static Template empty() {
        return new Template("", "", null, null);
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Null for an email not saved yet (its name can still be chosen). */
    public Template saved() {
        return saved.get();
    }

    public ObjectProperty<Template> savedProperty() {
        return saved;
    }

    public boolean isNew() {
        return saved.get() == null;
    }

    /** True when a field differs from what the engine has. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    public StringProperty slugProperty() {
        return slug;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty htmlProperty() {
        return html;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** True when there is something to render. */
    boolean hasContent() {
        return !subject.get().isBlank() || !html.get().isBlank() || !text.get().isBlank();
    }
}
