package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.api.SavedTemplate;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.api.TemplateUsage;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.GatewayException;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.util.function.Consumer;

/**
 * Save, duplicate and delete of the email in the Templates window. A new email's name is checked
 * here first ({@link TemplateNames}), so the user reads why in words before anything is sent; the
 * engine's refusals (a Liquid error, an active journey sending the email) are shown as it words
 * them. UI thread only.
 */
final class TemplateEdits {
    private final TemplatesViewModel vm;
    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final EnvironmentCatalog catalog;

    TemplateEdits(
            TemplatesViewModel vm,
            JourneyGateway gateway,
            TaskExecutor executor,
            Dialogs dialogs,
            EnvironmentCatalog catalog) {
        this.vm = vm;
        this.gateway = gateway;
        this.executor = executor;
        this.dialogs = dialogs;
        this.catalog = catalog;
    }

    void save(Consumer<String> onSaved) {
        TemplateDraft draft = vm.draft();
        Template t = draft.asTemplate();
        if (draft.isNew()) {
            String problem = TemplateNames.problem(t.slug(), vm.all());
            vm.errors().slug(problem);
            if (!problem.isEmpty()) {
                vm.tell("Not saved: the name needs changing.");
                return;
            }
        }
        vm.errors().subjectMissing(t.subject().isBlank() ? "Give the email a subject." : "");
        if (t.subject().isBlank()) {
            vm.tell("Not saved: the email has no subject.");
            return;
        }
        if (t.html() == null && t.text() == null) {
            vm.tell("Not saved: write an HTML body, a text body, or both.");
            return;
        }
        executor.submit(
                () -> gateway.saveTemplate(t),
                saved -> saved(saved, onSaved),
                e -> {
                    if (e instanceof GatewayException g
                            && g.kind() == GatewayException.Kind.INVALID) {
                        vm.errors().showLiquid(g.field(), g.getMessage());
                    }
                    vm.tell("Not saved: " + e.getMessage());
                });
    }

    private void saved(SavedTemplate saved, Consumer<String> onSaved) {
        String slug = saved.template().slug();
        vm.draft().load(saved.template());
        int n = saved.warnings().size();
        vm.tell(
                "Saved '"
                        + slug
                        + "'."
                        + (n == 0
                                ? ""
                                : n == 1
                                        ? " 1 variable prints nothing: see the hint under the preview."
                                        : " "
                                                + n
                                                + " variables print nothing: see the hints under"
                                                + " the preview."));
        vm.refresh();
        catalog.refresh();
        onSaved.accept(slug);
    }

    void duplicate() {
        TemplateDraft draft = vm.draft();
        if (draft.isNew()) {
            vm.tell("Choose a saved email to duplicate.");
            return;
        }
        Template source = draft.asTemplate();
        String name = TemplateNames.free(source.slug() + "-copy", vm.all());
        draft.copy(source, name);
        vm.errors().slug("");
        vm.tell("A copy named '" + name + "': rename it if you like, then save it.");
    }

    void delete() {
        TemplateDraft draft = vm.draft();
        if (draft.isNew()) {
            if (vm.mayDropChanges()) {
                draft.load(null);
            }
            return;
        }
        String slug = draft.saved().slug();
        executor.submit(
                () -> gateway.templateUsage(slug),
                usage -> confirmDelete(slug, usage),
                e -> vm.tell("Not deleted: " + e.getMessage()));
    }

    private void confirmDelete(String slug, TemplateUsage usage) {
        if (!dialogs.confirm("Delete email", TemplateNames.usageQuestion(slug, usage))) {
            return;
        }
        executor.submit(
                () -> {
                    gateway.deleteTemplate(slug);
                    return slug;
                },
                deleted -> {
                    vm.draft().load(null);
                    vm.tell("Deleted '" + deleted + "'.");
                    vm.refresh();
                    catalog.refresh();
                },
                e -> vm.tell("Not deleted: " + FieldErrors.sentence(e.getMessage()) + "."));
    }
}
