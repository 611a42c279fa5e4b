package com.ascendkit.journeys.cli.survey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.Table;
import com.ascendkit.journeys.model.api.Survey;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code survey list}. */
@Command(name = "list", description = "List surveys.")
public final class ListSurveys extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        List<Survey> surveys = client().surveys().list();
        if (json.enabled()) {
            printJson(surveys);
            return;
        }
        if (surveys.isEmpty()) {
            out().println("No surveys.");
            return;
        }
        Table table = Table.withHeader("SLUG", "TITLE", "URL");
        surveys.forEach(s -> table.row(s.slug(), s.title(), s.url()));
        out().print(table.render());
    }
}
