package com.ascendkit.journeys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.engine.AotTraining;
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

    /** {@code src/build/aot-train.sh} runs it by this name; users never see it. */
    @Test
    void keepsTheHiddenAotTrainingCommandTheBuildRuns() {
        CommandLine training = build("aot-training").getSubcommands().get("aot-training");

        assertThat(training).isNotNull();
        Object command = training.getCommand();
        assertThat(command).isInstanceOf(AotTraining.class);
        assertThat(training.getCommandSpec().usageMessage().hidden()).isTrue();
    }
}
