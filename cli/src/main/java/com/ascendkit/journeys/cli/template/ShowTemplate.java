package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.model.api.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code template show <slug>}. */
@Command(name = "show", description = "Show an email template: subject and bodies.")
public final class ShowTemplate extends EngineCommand {
    @Parameters(paramLabel = "<slug>", description = "The template's slug.")
    String slug;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        Template t = client().templates().get(slug);
        if (json.enabled()) {
            printJson(t);
            return;
        }
        out().println("Template " + t.slug());
        out().println("Subject: " + t.subject());
        if (t.html() != null) {
            out().println();
            out().println("HTML:");
            out().println(t.html().stripTrailing());
        }
        if (t.text() != null) {
            out().println();
            out().println("Text:");
            out().println(t.text().stripTrailing());
        }
    }
}
