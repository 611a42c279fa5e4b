package com.ascendkit.journeys.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} on the read commands, and export/import of a journey. */
class JourneyDataEndToEndTest {
    private static final Pattern ID = Pattern.compile("jrn_[A-Za-z0-9]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private RunningEngine engine;
    private String id;

    @BeforeEach
    void start() {
        engine = RunningEngine.start(dir);
        id =
                idIn(
                        engine.run(
                                        "journey",
                                        "create",
                                        "--name",
                                        "Onboarding Flow",
                                        "--entry-event",
                                        "user.created",
                                        "--entry-node",
                                        "welcome_email")
                                .out());
        engine.run(
                "journey",
                "node",
                "add",
                id,
                "--name",
                "welcome_email",
                "--action",
                "{\"type\": \"send_email\", \"templateSlug\": \"welcome-email\"}",
                "--quiet");
        engine.run("journey", "node", "add", id, "--name", "done", "--terminal", "--quiet");
        engine.run(
                "journey",
                "transition",
                "add",
                id,
                "--from",
                "welcome_email",
                "--to",
                "done",
                "--on",
                "user.login",
                "--quiet");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static String idIn(String out) {
        Matcher m = ID.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group();
    }

    private JsonNode json(String... args) throws Exception {
        Result r = engine.run(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void everyReadCommandPrintsTheApisJson() throws Exception {
        assertThat(json("journey", "show", id, "--json").path("journey").path("id").asText())
                .isEqualTo(id);
        assertThat(json("journey", "show", id, "--json").path("warningsSuppressed").asBoolean())
                .isTrue();
        assertThat(json("journey", "list", "--json").get(0).path("nodeCount").asInt()).isEqualTo(2);
        assertThat(
                        json("journey", "node", "list", id, "--json")
                                .get(0)
                                .path("action")
                                .path("type")
                                .asText())
                .isEqualTo("send_email");
        assertThat(
                        json("journey", "transition", "list", id, "--json")
                                .get(0)
                                .path("trigger")
                                .path("event")
                                .asText())
                .isEqualTo("user.login");
        assertThat(
                        json("journey", "analytics", id, "--json")
                                .path("totals")
                                .path("enrolled")
                                .asInt())
                .isZero();
        assertThat(json("template", "list", "--json").isArray()).isTrue();
        assertThat(json("survey", "list", "--json").isArray()).isTrue();
        assertThat(json("identity", "list", "--json").isArray()).isTrue();
    }

    @Test
    void exportThenImportMakesANewDraftWithTheSameGraph() throws Exception {
        Path file = dir.resolve("onboarding.json");

        Result export = engine.run("journey", "export", id, "--output", file.toString());
        Result imported = engine.run("journey", "import", file.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(JSON.readTree(Files.readString(file)).path("format").asText())
                .isEqualTo("journey/1");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out())
                .startsWith("Created journey jrn_")
                .contains("\"Onboarding Flow\" (imported from " + file + ")");
        String copy = idIn(imported.out());
        assertThat(copy).isNotEqualTo(id);
        assertThat(engine.run("journey", "transition", "list", copy).out())
                .isEqualTo(engine.run("journey", "transition", "list", id).out());
        assertThat(engine.run("journey", "show", copy).out()).contains("Status:    draft");
    }

    @Test
    void exportToStdoutImportsFromStdin() {
        String exported = engine.run("journey", "export", id).out();

        Result imported =
                CliTesting.run(
                        engine.context()
                                .withStdin(
                                        new ByteArrayInputStream(
                                                exported.getBytes(StandardCharsets.UTF_8))),
                        "journey",
                        "import",
                        "-");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).startsWith("Created journey jrn_");
    }

    @Test
    void importOfSomethingElseIsAUsageError() throws Exception {
        Path file = dir.resolve("not-a-journey.json");
        Files.writeString(file, "{\"hello\": 1}");

        Result r = engine.run("journey", "import", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith(file + " is not an exported journey: ");
    }
}
