package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.Table;
import com.ascendkit.journeys.model.api.Identity;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code identity list}. */
@Command(name = "list", description = "List sender identities and whether they are verified.")
public final class ListIdentities extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        List<Identity> identities = client().identities().list();
        if (json.enabled()) {
            printJson(identities);
            return;
        }
        if (identities.isEmpty()) {
            out().println("No identities.");
            return;
        }
        Table table = Table.withHeader("EMAIL", "NAME", "VERIFIED");
        identities.forEach(i -> table.row(i.email(), i.name(), i.verified() ? "yes" : "no"));
        out().print(table.render());
    }
}
