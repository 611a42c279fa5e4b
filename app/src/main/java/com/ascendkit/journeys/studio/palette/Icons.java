package com.ascendkit.journeys.studio.palette;

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

    /** The step kinds offered to add: the action types, and an end step (no action, terminal). */
    public static final java.util.List<String> STEP_KINDS =
            java.util.stream.Stream.concat(
                            com.ascendkit.journeys.model.Action.TYPES.stream(),
                            java.util.stream.Stream.of(END))
                    .toList();

    private Icons() {}

    /** The Feather icon of an action type. */
    public static Feather iconOf(String type) {
        return switch (type) {
            case "send_email" -> Feather.MAIL;
            case "tag_user" -> Feather.TAG;
            case "advance_stage" -> Feather.BAR_CHART_2;
            case END -> Feather.FLAG;
            default -> Feather.CIRCLE;
        };
    }

    public static FontIcon forAction(String type) {
        FontIcon icon = new FontIcon(iconOf(type));
        icon.setIconSize(SIZE);
        icon.getStyleClass().addAll("action-icon", "icon-" + type.replace('_', '-'));
        return icon;
    }

    /** A human name for an action type. */
    public static String label(String type) {
        return switch (type) {
            case "send_email" -> "Send email";
            case "tag_user" -> "Tag user";
            case "advance_stage" -> "Set stage";
            case END -> "End";
            default -> "Wait / branch";
        };
    }

    /** Shows a step kind by its {@link #label} in a choice box (the value stays the type). */
    public static javafx.util.StringConverter<String> labels() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String type) {
                return type == null ? "" : label(type);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
