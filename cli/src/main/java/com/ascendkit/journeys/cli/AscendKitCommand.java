package com.ascendkit.journeys.cli;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import com.ascendkit.journeys.cli.internal.ErrorHandler;
import com.ascendkit.journeys.cli.internal.UsageErrorHandler;
import com.ascendkit.journeys.cli.internal.VersionProvider;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ascendkit}: the root of the command tree, holding what every command shares. */
@Command(
        name = "ascendkit",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Create and edit automated user lifecycle journeys.",
        footer = {
            "",
            "The engine is found through ASCENDKIT_URL and ASCENDKIT_SECRET_KEY, else the"
                    + " credentials file the engine writes (start one with: ascendkit engine"
                    + " start).",
            "Exit codes: 0 done, 1 the engine refused, 2 usage error, 3 no engine reachable."
        })
public final class AscendKitCommand extends CommandGroup {
    private final CliContext context;

    @Option(
            names = "--env",
            scope = ScopeType.INHERIT,
            paramLabel = "<name>",
            description =
                    "Use this environment's keys from the credentials file (see: ascendkit env"
                            + " create).")
    String environmentName;

    public AscendKitCommand(CliContext context) {
        this.context = context;
    }

    /** The command line with every command, wired to print to {@code out} and {@code err}. */
    public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AscendKitCommand(context));
        CommandTree.attachAll(cli);
        return configure(cli, out, err);
    }

    /**
     * The command line with the commands {@code args} can reach (see {@link CommandTree}): what a
     * run of {@code args} needs, built in a fraction of the time.
     */
    public static CommandLine commandLine(
            CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new AscendKitCommand(context));
        CommandTree.attach(cli, args);
        return configure(cli, out, err);
    }

    private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        return cli.setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
    }

    public CliContext context() {
        return context;
    }

    /** The {@code --env} given, or null for the credentials file's default environment. */
    public String environmentName() {
        return environmentName;
    }
}
