package com.ascendkit.journeys.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ascendkit.journeys.cli.DocumentExamples.Example;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Every example command of the product document parses (a command the CLI cannot parse fails the
 * build); the placeholder examples fail as usage errors naming the option and the JSON problem.
 */
class DocumentExamplesParseTest {

    static Stream<Example> commands() {
        return DocumentExamples.productDocument().stream().filter(e -> !e.isPlaceholder());
    }

    static Stream<Example> placeholders() {
        return DocumentExamples.productDocument().stream().filter(Example::isPlaceholder);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void parsesToACommandThatCallsTheEngine(Example example) {
        String[] args = example.args().toArray(String[]::new);
        CommandLine cli =
                AscendKitCommand.commandLine(CliTesting.offline(), silent(), silent(), args);

        assertThatCode(() -> cli.parseArgs(args)).as(example.toString()).doesNotThrowAnyException();
        List<CommandLine> parsed = cli.getParseResult().asCommandLineList();
        Object command = parsed.get(parsed.size() - 1).getCommand();
        assertThat(command).as(example.toString()).isInstanceOf(EngineCommand.class);
        assertThat(leaf(cli.getParseResult()).unmatched()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("placeholders")
    void placeholderFailsAsAUsageErrorNamingTheOptionAndTheJsonProblem(Example example) {
        CliTesting.Result result = CliTesting.run(CliTesting.offline(), example.args());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .containsPattern("Invalid value for option '--(action|nodes)': not valid JSON")
                .contains("at line 1, column");
    }

    private static ParseResult leaf(ParseResult result) {
        ParseResult r = result;
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        return r;
    }

    private static PrintWriter silent() {
        return new PrintWriter(new StringWriter());
    }
}
