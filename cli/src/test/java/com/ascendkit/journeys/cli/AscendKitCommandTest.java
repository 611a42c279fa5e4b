package com.ascendkit.journeys.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ascendkit.journeys.cli.CliTesting.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AscendKitCommandTest {

    @Test
    void versionPrintsTheProjectVersion() {
        Result result = CliTesting.run(CliTesting.offline(), "--version");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("ascendkit 0.1.0-SNAPSHOT\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void groupWithoutSubcommandIsAUsageErrorListingThem() {
        Result result = CliTesting.run(CliTesting.offline(), "journey", "node");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .startsWith("Missing required subcommand\nUsage: ascendkit journey node")
                .contains("  add ", "  list ", "  remove ", "  update ");
    }

    @Test
    void mistypedSubcommandSuggestsTheRightOne() {
        Result result = CliTesting.run(CliTesting.offline(), "journey", "lst");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unmatched argument at index 1: 'lst'", "journey list");
    }

    @Test
    void helpGoesToStdout() {
        Result result = CliTesting.run(CliTesting.offline(), "journey", "node", "add", "--help");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out())
                .startsWith("Usage: ascendkit journey node add")
                .contains("--action=<json>", "--email-id=<email>", "--terminal", "--quiet");
    }

    @Test
    void everyCommandsDescriptionIsAValidFormatString() {
        // picocli formats descriptions: a bare '%' (Liquid's {% if %}) prints a WARN instead
        CommandLine cli =
                AscendKitCommand.commandLine(
                        CliTesting.offline(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()));
        java.util.List<CommandLine> all = new java.util.ArrayList<>(java.util.List.of(cli));
        for (int i = 0; i < all.size(); i++) {
            CommandLine c = all.get(i);
            all.addAll(c.getSubcommands().values());
            for (String line : c.getCommandSpec().usageMessage().description()) {
                assertThatCode(() -> String.format(line))
                        .as(c.getCommandSpec().qualifiedName() + ": " + line)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void envOptionIsAcceptedAfterAnySubcommand() {
        CommandLine cli =
                AscendKitCommand.commandLine(
                        CliTesting.offline(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()));

        cli.parseArgs("journey", "list", "--env", "staging");

        assertThat(((AscendKitCommand) cli.getCommand()).environmentName()).isEqualTo("staging");
    }
}
