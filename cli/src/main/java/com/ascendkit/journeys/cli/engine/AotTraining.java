package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.Main;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ascendkit aot-training [--data <dir>]} (hidden): what {@code mvn package} runs while the
 * JVM records what it loads, links and profiles into one of the launcher's AOT caches ({@code
 * -XX:AOTCacheOutput}). It runs the common commands once each, in this JVM, so the cache holds what
 * they load: picocli's model, the client, OkHttp, Jackson's readers of the API's answers, the
 * formatters. Their output is discarded. With {@code --data} it first starts a throw-away engine in
 * this JVM, as {@code engine start} does: that trains the cache of {@code engine start} (Jetty, H2,
 * the migrations).
 *
 * <p>In {@code cli.engine} because it starts an engine in-process, which only this package may do;
 * its command name is what {@code src/build/aot-train.sh} runs and must not change.
 */
@Command(name = "aot-training", hidden = true, description = "Train the launcher's AOT cache.")
public final class AotTraining extends EngineCommand {
    private static final Pattern ID = Pattern.compile("jrn_[A-Za-z0-9]{12}");

    /**
     * Where the throw-away engine started in this JVM keeps its data; without it, the commands run
     * against the configured engine and the cache holds only the CLI's classes (the commands'
     * cache: a JVM loads all of its cache's classes at start).
     */
    @Option(names = "--data", paramLabel = "<dir>")
    Path data;

    @Override
    protected void execute() {
        if (data != null) {
            // Returns once the engine answers and the credentials file is written; its shutdown
            // hook stops it when this JVM exits (which is when the cache is written).
            ThrowAwayEngine.start(data);
        }
        String created =
                run(
                        "journey",
                        "create",
                        "--name",
                        "Training",
                        "--entry-event",
                        "user.created",
                        "--entry-node",
                        "welcome_email");
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("training: journey create printed no id");
        }
        String j = id.group();
        List<List<String>> commands =
                List.of(
                        List.of(
                                "journey",
                                "node",
                                "add",
                                j,
                                "--name",
                                "welcome_email",
                                "--action",
                                "{\"type\": \"send_email\", \"templateSlug\": \"welcome-email\"}"),
                        List.of("journey", "node", "add", j, "--name", "done", "--terminal"),
                        List.of(
                                "journey",
                                "transition",
                                "add",
                                j,
                                "--from",
                                "welcome_email",
                                "--to",
                                "done",
                                "--on",
                                "user.login"),
                        List.of(
                                "journey",
                                "transition",
                                "update",
                                j,
                                "welcome_email-to-done",
                                "--after",
                                "2d"),
                        List.of("journey", "list"),
                        List.of("journey", "list", "--json"),
                        List.of("journey", "show", j),
                        List.of("journey", "node", "list", j),
                        List.of("journey", "transition", "list", j),
                        List.of("journey", "analytics", j),
                        List.of("journey", "node", "add", j, "--name", "x", "--action", "..."),
                        List.of("journey", "show", "jrn_000000000000"));
        commands.forEach(c -> run(c.toArray(String[]::new)));
    }

    private String run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        Main.run(
                context(),
                new PrintWriter(out),
                new PrintWriter(OutputStream.nullOutputStream()),
                args);
        return out.toString();
    }
}
