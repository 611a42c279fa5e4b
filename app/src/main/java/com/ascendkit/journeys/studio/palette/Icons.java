package com.ascendkit.journeys.studio.palette;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The action icons: Ikonli font icons from the Feather pack (crisp at every zoom, coloured by CSS
 * through {@code -fx-icon-color}).
 */
public final class Icons {
    static final int SIZE = 16;

    private Icons() {}

    /** The Feather icon of an action type. */
    public static Feather iconOf(String type) {
        return switch (type) {
            case "send_email" -> Feather.MAIL;
            case "tag_user" -> Feather.TAG;
            case "advance_stage" -> Feather.BAR_CHART_2;
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
            default -> "Wait / branch";
        };
    }
}
