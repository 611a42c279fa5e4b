package com.ascendkit.journeys.studio.editing;

import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Shows a template by its subject (what the marketer knows it by) with its slug beside it. */
public final class TemplateCells extends ListCell<String> {
    private final List<Template> templates;
    private final boolean button;

    private TemplateCells(List<Template> templates, boolean button) {
        this.templates = templates;
        this.button = button;
    }

    public static void install(ComboBox<String> box, List<Template> templates) {
        box.setCellFactory(list -> new TemplateCells(templates, false));
        box.setButtonCell(new TemplateCells(templates, true));
    }

    @Override
    protected void updateItem(String slug, boolean empty) {
        super.updateItem(slug, empty);
        setText(null);
        if (empty || slug == null || slug.isEmpty()) {
            setGraphic(null);
            return;
        }
        String subject =
                templates.stream()
                        .filter(t -> t.slug().equals(slug))
                        .findFirst()
                        .map(Template::subject)
                        .orElse(null);
        if (button) { // a narrow column: the subject alone, cut short with "…" when it must be
            setGraphic(null);
            setText(subject == null ? slug : subject);
            return;
        }
        Label name = new Label(subject == null ? slug : subject);
        Label detail = new Label(subject == null ? "" : slug);
        detail.getStyleClass().add("hint-text");
        detail.setWrapText(false);
        detail.setMinWidth(Region.USE_PREF_SIZE);
        setGraphic(new HBox(8, name, detail));
    }
}
