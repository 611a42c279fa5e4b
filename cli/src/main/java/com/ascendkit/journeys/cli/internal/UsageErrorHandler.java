package com.ascendkit.journeys.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors (exit 2): picocli's message, a suggestion for a mistyped name, and where to read
 * more. A group command given no subcommand prints its usage, which lists them.
 */
public final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(ex.getMessage());
        if (cmd.getSubcommands().isEmpty() || ex instanceof UnmatchedArgumentException) {
            if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println(
                        "Try '"
                                + cmd.getCommandSpec().qualifiedName()
                                + " --help' for more information.");
            }
        } else {
            cmd.usage(err);
        }
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
