package com.ascendkit.journeys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {

    private static CommandLine build(String... args) {
        PrintWriter silent = new PrintWriter(new StringWriter());
        return AscendKitCommand.commandLine(CliTesting.offline(), silent, silent, args);
    }

    @Test
    void attachesOnlyTheBranchTheArgumentsName() {
        CommandLine cli = build("journey", "node", "list", "jrn_x");

        assertThat(cli.getSubcommands()).containsOnlyKeys("journey");
        assertThat(cli.getSubcommands().get("journey").getSubcommands()).containsOnlyKeys("node");
        assertThat(
                        cli.getSubcommands()
                                .get("journey")
                                .getSubcommands()
                                .get("node")
                                .getSubcommands())
                .containsOnlyKeys("list");
    }

    @Test
    void attachesEveryChoiceWhereTheNextArgumentNamesNone() {
        CommandLine cli = build("journey", "lst");

        assertThat(cli.getSubcommands().get("journey").getSubcommands())
                .containsKeys("create", "list", "show", "node", "transition");
    }

    @Test
    void attachesEverythingForHelp() {
        assertThat(build("help", "journey").getSubcommands())
                .containsKeys("journey", "track", "event", "template", "engine", "help");
        assertThat(build().getSubcommands()).hasSize(CommandTree.ROOT.subcommands().size());
    }
}
