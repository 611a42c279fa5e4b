package com.ascendkit.journeys.cli.internal;

import com.ascendkit.journeys.cli.AscendKitCommand;
import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.ExitCodes;
import com.ascendkit.journeys.cli.output.WarningsText;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that does its work through the engine's API. Subclasses implement {@link #execute()}
 * and print only through {@link #out()} (data) and {@link #err()} (warnings, notices); what they
 * throw is mapped to an exit code by {@link ErrorHandler}.
 */
public abstract class EngineCommand implements Callable<Integer> {
    /**
     * The options of an edit whose output needs only the journey's head and warnings: a minimal
     * answer ({@code Prefer: return=minimal}), so that an edit of a journey of thousands of nodes
     * does not bring the whole journey back.
     */
    protected static final RequestOptions SMALL = RequestOptions.none().minimal();

    @Spec protected CommandSpec spec;

    private EngineClient client;

    @Override
    public final Integer call() throws Exception {
        execute();
        return ExitCodes.OK;
    }

    /** Does the work; returns normally on success. */
    protected abstract void execute() throws Exception;

    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected final AscendKitCommand root() {
        return (AscendKitCommand) spec.root().userObject();
    }

    protected final CliContext context() {
        return root().context();
    }

    /** The engine's client, made on first use from the configuration (see {@link Connection}). */
    protected final EngineClient client() {
        if (client == null) {
            client = Connection.open(context(), root().environmentName());
        }
        return client;
    }

    /** Prints {@code value} as the API's JSON, for {@code --json}. */
    protected final void printJson(Object value) {
        out().println(CliJson.pretty(value));
    }

    /** A usage error (exit 2) raised while running, e.g. an update that changes nothing. */
    protected final ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Prints the engine's warnings about a change to stderr, unless {@code quiet}. */
    protected final void printWarnings(JourneyResponse response, boolean quiet) {
        if (!quiet) {
            WarningsText.lines(response).forEach(err()::println);
        }
    }
}
