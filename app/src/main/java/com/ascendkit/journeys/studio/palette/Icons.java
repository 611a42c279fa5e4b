package com.ascendkit.journeys.studio.palette;

import com.ascendkit.journeys.model.ActionType;
import java.util.Arrays;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The action icons: Ikonli font icons from the Feather pack (crisp at every zoom, coloured by CSS
 * through {@code -fx-icon-color}).
 */
public final class Icons {
    static final int SIZE = 16;

    /** The step kind of a step that ends the journey: no action, terminal. */
    public static final String END = "end";

    /** The step kinds offered to add, as text: the action types, and an end step. */
    public static final java.util.List<String> STEP_KINDS =
            StepKind.ALL.stream().map(StepKind::text).toList();

    private Icons() {}

    /** The Feather icon of a step kind ({@link StepKind#text()}). */
    public static Feather iconOf(String kind) {
        StepKind k = StepKind.parse(kind);
        return k.end() ? Feather.FLAG : iconOf(k.action());
    }

    /** The Feather icon of an action type. */
    public static Feather iconOf(ActionType type) {
        return switch (type) {
            case SEND_EMAIL -> Feather.MAIL;
            case TAG_USER -> Feather.TAG;
            case ADVANCE_STAGE -> Feather.BAR_CHART_2;
            case NONE -> Feather.CIRCLE;
        };
    }

    /** The icon of a step kind ({@link StepKind#text()}), styled {@code icon-<kind>}. */
    public static FontIcon forAction(String kind) {
        FontIcon icon = new FontIcon(iconOf(kind));
        icon.setIconSize(SIZE);
        icon.getStyleClass().addAll("action-icon", "icon-" + kind.replace('_', '-'));
        return icon;
    }

    public static FontIcon forAction(ActionType type) {
        return forAction(type.wireName());
    }

    /** A human name for a step kind ({@link StepKind#text()}). */
    public static String label(String kind) {
        StepKind k = StepKind.parse(kind);
        return k.end() ? "End" : label(k.action());
    }

    /** A human name for an action type. */
    public static String label(ActionType type) {
        return switch (type) {
            case SEND_EMAIL -> "Send email";
            case TAG_USER -> "Tag user";
            case ADVANCE_STAGE -> "Set stage";
            case NONE -> "Wait / branch";
        };
    }

    /** Shows an action type by its {@link #label} in a choice box. */
    public static StringConverter<ActionType> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(ActionType type) {
                return type == null ? "" : label(type);
            }

            @Override
            public ActionType fromString(String s) {
                return Arrays.stream(ActionType.values())
                        .filter(t -> label(t).equals(s))
                        .findFirst()
                        .orElse(null);
            }
        };
    }
}
