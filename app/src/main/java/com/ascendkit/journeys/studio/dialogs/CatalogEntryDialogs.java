package com.ascendkit.journeys.studio.dialogs;

import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.studio.text.NameCharacters;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The small dialogs behind the step's survey and sender pickers' "New…": a survey (name, title,
 * address) and a sender identity (address, display name). What is wrong is said when OK is pressed,
 * and the dialog stays open; the engine's own checks still apply when it is sent.
 */
final class CatalogEntryDialogs {
    private CatalogEntryDialogs() {}

    static Optional<Survey> survey(BiConsumer<Dialog<?>, String> prepare) {
        TextField slug = field("new-survey-slug", "onboarding-nps");
        TextField title = field("new-survey-title", "How was your first week?");
        TextField url = field("new-survey-url", "https://forms.example.com/nps");
        Supplier<String> problem =
                () -> {
                    String s = slug.getText().strip();
                    if (!Slugs.isSlug(s)) {
                        int bad = NameCharacters.firstRefused(s);
                        return s.isEmpty()
                                ? "Give the survey a name, such as onboarding-nps"
                                : (bad >= 0
                                                ? NameCharacters.named(bad) + " can't be used"
                                                : "The name can't be used")
                                        + ": use 1 to 100 of a-z, A-Z (no accents), 0-9, '_', '.'"
                                        + " and '-', starting with a letter or a digit";
                    }
                    if (title.getText().isBlank()) {
                        return "Give the survey a title";
                    }
                    String u = url.getText().strip();
                    return u.startsWith("https://") || u.startsWith("http://")
                            ? ""
                            : "Type the survey's address, starting with https://";
                };
        return show(
                prepare,
                "New survey",
                problem,
                () ->
                        new Survey(
                                slug.getText().strip(),
                                title.getText().strip(),
                                url.getText().strip()),
                new Label("Name"),
                slug,
                new Label("Title"),
                title,
                new Label("Address"),
                url);
    }

    static Optional<Identity> identity(BiConsumer<Dialog<?>, String> prepare) {
        TextField email = field("new-identity-email", "hello@example.com");
        TextField name = field("new-identity-name", "The Example team");
        Supplier<String> problem =
                () ->
                        Emails.isEmail(email.getText().strip())
                                ? ""
                                : "Type the address emails are sent from, such as hello@example.com";
        return show(
                prepare,
                "New sender",
                problem,
                () -> new Identity(email.getText().strip(), name.getText().strip(), false),
                new Label("Address"),
                email,
                new Label("Name shown"),
                name);
    }

    private static <T> Optional<T> show(
            BiConsumer<Dialog<?>, String> prepare,
            String title,
            Supplier<String> problem,
            Supplier<T> result,
            javafx.scene.Node... labelsAndFields) {
        Dialog<T> dialog = new Dialog<>();
        prepare.accept(dialog, title);
        Label error = new Label();
        error.setId("catalog-entry-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.addRow(i / 2, labelsAndFields[i], labelsAndFields[i + 1]);
        }
        grid.add(error, 0, labelsAndFields.length / 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .addEventFilter(
                        ActionEvent.ACTION,
                        e -> {
                            error.setText(problem.get());
                            if (!error.getText().isEmpty()) {
                                e.consume(); // stays open, saying what to fix
                            }
                        });
        dialog.setOnShown(e -> labelsAndFields[1].requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? result.get() : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
