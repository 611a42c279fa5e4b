package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code identity list}. */
@Command(name = "list", description = "List sender identities and whether they are verified.")
public final class ListIdentities extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        throw notWired();
    }
}
