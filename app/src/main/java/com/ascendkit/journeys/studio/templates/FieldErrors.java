package com.ascendkit.journeys.studio.templates;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What is wrong with each field of the email being edited, in words, shown next to it: the name
 * (checked here, by the rule the engine applies), and the subject and bodies (the engine's Liquid
 * errors, with line and column, from a preview or a save). Empty when nothing is wrong. UI thread
 * only.
 */
public final class FieldErrors {
    private final ReadOnlyStringWrapper slug = new ReadOnlyStringWrapper(this, "slug", "");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject", "");
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /**
     * Shows the engine's message next to {@code field} ({@code subject}, {@code html} or {@code
     * text}); false for any other field, whose message the caller shows elsewhere.
     */
    boolean showLiquid(String field, String message) {
        ReadOnlyStringWrapper target = byField(field);
        if (target == null) {
            return false;
        }
        clearLiquid();
        target.set(sentence(message));
        return true;
    }

    void clearLiquid() {
        subject.set("");
        html.set("");
        text.set("");
    }

    void slug(String message) {
        slug.set(message);
    }

    void subjectMissing(String message) {
        subject.set(message);
    }

    boolean any() {
        return !(slug.get() + subject.get() + html.get() + text.get()).isEmpty();
    }

    private ReadOnlyStringWrapper byField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "subject" -> subject;
            case "html" -> html;
            case "text" -> text;
            default -> null;
        };
    }

    /** "the HTML body is not valid Liquid on line 2…" → "The HTML body is not valid Liquid…". */
    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }

    public ReadOnlyStringProperty slugProperty() {
        return slug.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
