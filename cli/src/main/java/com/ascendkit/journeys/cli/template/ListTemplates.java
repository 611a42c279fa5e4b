package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.Table;
import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code template list}. */
@Command(name = "list", description = "List email templates.")
public final class ListTemplates extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        List<Template> templates = client().templates().list();
        if (json.enabled()) {
            printJson(templates);
            return;
        }
        if (templates.isEmpty()) {
            out().println("No templates.");
            return;
        }
        Table table = Table.withHeader("SLUG", "SUBJECT", "BODY");
        for (Template t : templates) {
            String bodies =
                    t.html() != null && t.text() != null
                            ? "html, text"
                            : t.html() != null ? "html" : "text";
            table.row(t.slug(), t.subject(), bodies);
        }
        out().print(table.render());
    }
}
