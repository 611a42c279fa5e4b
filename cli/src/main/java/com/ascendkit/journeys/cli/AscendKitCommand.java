package com.ascendkit.journeys.cli;

import com.ascendkit.journeys.cli.engine.EngineGroup;
import com.ascendkit.journeys.cli.environment.EnvGroup;
import com.ascendkit.journeys.cli.environment.EnvironmentGroup;
import com.ascendkit.journeys.cli.event.SendEvent;
import com.ascendkit.journeys.cli.event.Track;
import com.ascendkit.journeys.cli.identity.IdentityGroup;
import com.ascendkit.journeys.cli.internal.CommandGroup;
import com.ascendkit.journeys.cli.internal.ErrorHandler;
import com.ascendkit.journeys.cli.internal.UsageErrorHandler;
import com.ascendkit.journeys.cli.internal.VersionProvider;
import com.ascendkit.journeys.cli.journey.JourneyGroup;
import com.ascendkit.journeys.cli.outbox.OutboxGroup;
import com.ascendkit.journeys.cli.survey.SurveyGroup;
import com.ascendkit.journeys.cli.template.TemplateGroup;
import com.ascendkit.journeys.cli.user.UserGroup;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
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
        },
        subcommands = {
            JourneyGroup.class,
            Track.class,
            SendEvent.class,
            TemplateGroup.class,
            SurveyGroup.class,
            IdentityGroup.class,
            EnvironmentGroup.class,
            EnvGroup.class,
            UserGroup.class,
            OutboxGroup.class,
            EngineGroup.class,
            HelpCommand.class
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

    /** The command line, wired to print to {@code out} and {@code err}. */
    public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        return new CommandLine(new AscendKitCommand(context))
                .setOut(out)
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
