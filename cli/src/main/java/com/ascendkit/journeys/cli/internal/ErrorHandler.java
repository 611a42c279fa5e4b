package com.ascendkit.journeys.cli.internal;

import com.ascendkit.journeys.cli.AscendKitCommand;
import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.client.config.ConfigException;
import com.ascendkit.journeys.client.exception.AuthenticationException;
import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.model.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to one message on stderr and an exit code ({@link ExitCodes}): 1 when
 * the engine refused (its own message), 3 when no engine answered (which URL was tried, how to
 * start one). Never a stack trace.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof EngineConnectionException unreachable) {
            err.println(
                    "error: no engine answered at "
                            + root(unreachable.url())
                            + " ("
                            + cause(unreachable)
                            + "); start one with: ascendkit engine start");
            return ExitCodes.UNREACHABLE;
        }
        if (ex instanceof Connection.NoEngineConfigured) {
            err.println("error: " + ex.getMessage());
            return ExitCodes.UNREACHABLE;
        }
        if (ex instanceof ConfigException) {
            boolean namedEnvironment =
                    ((AscendKitCommand) cmd.getCommandSpec().root().userObject()).environmentName()
                            != null;
            err.println("error: " + ex.getMessage());
            return namedEnvironment ? ExitCodes.USAGE : ExitCodes.UNREACHABLE;
        }
        if (ex instanceof AuthenticationException) {
            err.println(
                    "error: "
                            + ex.getMessage()
                            + " (check ASCENDKIT_SECRET_KEY or the credentials file)");
            return ExitCodes.REFUSED;
        }
        if (ex instanceof EngineException || ex instanceof CliRefusal) {
            err.println("error: " + ex.getMessage());
            return ExitCodes.REFUSED;
        }
        if (ex instanceof InvalidInputException) {
            err.println(ex.getMessage());
            err.println(
                    "Try '"
                            + cmd.getCommandSpec().qualifiedName()
                            + " --help' for more information.");
            return ExitCodes.USAGE;
        }
        err.println("error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        return ExitCodes.REFUSED;
    }

    /** {@code http://127.0.0.1:8765} of {@code http://127.0.0.1:8765/v1/journeys}. */
    private static String root(String url) {
        int api = url.indexOf("/v1/");
        return api < 0 ? url : url.substring(0, api);
    }

    private static String cause(EngineConnectionException e) {
        Throwable c = e.getCause();
        return c == null || c.getMessage() == null
                ? "no answer"
                : c.getClass().getSimpleName().equals("ConnectException")
                        ? "connection refused"
                        : c.getMessage();
    }
}
