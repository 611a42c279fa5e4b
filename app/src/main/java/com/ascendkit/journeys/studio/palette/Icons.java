package com.ascendkit.journeys.studio.palette;

import javafx.scene.shape.SVGPath;

/** The action icons, as small SVG paths (Material Design shapes, 24 × 24). */
public final class Icons {
    private Icons() {}

    public static SVGPath forAction(String type) {
        SVGPath p = new SVGPath();
        p.setContent(
                switch (type) {
                    case "send_email" ->
                            "M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0"
                                    + " 4-8 5-8-5V6l8 5 8-5v2z";
                    case "tag_user" ->
                            "M21.41 11.58l-9-9C12.05 2.22 11.55 2 11 2H4c-1.1 0-2 .9-2 2v7c0 .55.22 1.05.59"
                                    + " 1.42l9 9c.36.36.86.58 1.41.58s1.05-.22 1.41-.59l7-7c.37-.36.59-.86.59-1.41s-.23-1.06-.59-1.42zM5.5"
                                    + " 7C4.67 7 4 6.33 4 5.5S4.67 4 5.5 4 7 4.67 7 5.5 6.33 7 5.5 7z";
                    case "advance_stage" -> "M4 18h4v-4H4v4zm6 0h4V9h-4v9zm6-15v15h4V3h-4z";
                    default ->
                            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16z";
                });
        p.getStyleClass().addAll("action-icon", "icon-" + type.replace('_', '-'));
        p.setScaleX(0.75);
        p.setScaleY(0.75);
        return p;
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
