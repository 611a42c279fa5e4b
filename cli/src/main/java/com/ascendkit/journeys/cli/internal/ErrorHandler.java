package com.ascendkit.journeys.cli.internal;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.model.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to a message on stderr and an exit code ({@link ExitCodes}): never a
 * stack trace.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof CliRefusal) {
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
}
