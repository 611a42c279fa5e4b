package com.ascendkit.journeys.studio.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.sync.Notice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyTransferTest {
    private final StudioFixture f = new StudioFixture();
    private final JourneyTransfer transfer = f.studio.transfer();
    @TempDir Path dir;

    private void someGraph() {
        f.studio.canvas().steps().addNode("tag_user", new Position(300, 40));
        f.studio.canvas().connections().connect("start", "tag", Trigger.after("2d"));
    }

    @Test
    void exportWritesTheEnginesExportDocument() throws Exception {
        someGraph();
        Path file = dir.resolve("out.json");
        f.dialogs.exportFile = Optional.of(file);

        transfer.exportOpen();

        assertThat(f.dialogs.asked).contains("export: onboarding.json");
        assertThat(JourneyFile.read(file)).isEqualTo(f.client.journeys().export(f.journeyId));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("\"format\" : \"journey/1\"")
                .endsWith("}\n");
    }

    @Test
    void importMakesANewDraftFromTheFileAndOpensIt() {
        someGraph();
        Path file = dir.resolve("onboarding.json");
        f.dialogs.exportFile = Optional.of(file);
        transfer.exportOpen();
        var original = f.stored();
        f.dialogs.importFile = Optional.of(file);

        transfer.importFile();

        var opened = f.shown();
        assertThat(opened.id()).isNotEqualTo(f.journeyId);
        assertThat(opened.status().wireName()).isEqualTo("draft");
        assertThat(opened.definition()).isEqualTo(original.definition());
    }

    @Test
    void duplicateMakesADraftNamedCopyWithTheSameGraph() {
        someGraph();
        var original = f.stored();

        transfer.duplicateOpen();

        var copy = f.shown();
        assertThat(copy.id()).isNotEqualTo(f.journeyId);
        assertThat(copy.name()).isEqualTo("Onboarding (copy)");
        assertThat(copy.nodes()).isEqualTo(original.nodes());
        assertThat(copy.transitions()).isEqualTo(original.transitions());
        assertThat(f.studio.journeys().journeys())
                .extracting(s -> s.name())
                .contains("Onboarding", "Onboarding (copy)");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedByNameAndNothingIsImported() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"journey/1\", \"jorney\": {}}");
        f.dialogs.importFile = Optional.of(file);

        transfer.importFile();

        assertThat(f.studio.session().noticeProperty().get().text())
                .startsWith("Could not import bad.json: bad.json is not an exported journey")
                .contains("jorney");
        assertThat(f.gateway.calls()).noneMatch(c -> c.startsWith("importJourney"));
        assertThat(f.shown().id()).isEqualTo(f.journeyId);
    }

    /** The open journey exported under {@code name}, renamed to {@code journeyName} in the file. */
    private Path exported(String name, String journeyName) throws Exception {
        Path file = dir.resolve(name);
        f.dialogs.exportFile = Optional.of(file);
        transfer.exportOpen();
        Files.writeString(
                file,
                Files.readString(file, StandardCharsets.UTF_8)
                        .replace("\"Onboarding\"", "\"" + journeyName + "\""),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void filesGivenAtStartAreImportedInOrderAndTheLastIsOpened() throws Exception {
        someGraph();
        Path first = exported("first.journey.json", "First");
        Path second = exported("second.journey.json", "Second");
        List<String> fallback = new ArrayList<>();

        transfer.importFiles(List.of(first, second), () -> fallback.add("ran"));

        assertThat(f.shown().name()).isEqualTo("Second");
        assertThat(f.shown().status().wireName()).isEqualTo("draft");
        assertThat(f.shown().definition().nodes()).isEqualTo(f.stored().definition().nodes());
        assertThat(f.gateway.calls().stream().filter(c -> c.startsWith("importJourney")))
                .hasSize(2);
        assertThat(f.client.journeys().list().stream().map(s -> s.name()))
                .containsExactlyInAnyOrder("Onboarding", "First", "Second");
        assertThat(f.studio.session().noticeProperty().get())
                .isEqualTo(Notice.info("Made the drafts 'First', 'Second'; the last one is open"));
        assertThat(fallback).isEmpty();
    }

    @Test
    void aBadFileGivenAtStartIsNamedAsImportNamesItAndTheOthersStillImported() throws Exception {
        Path good = exported("good.journey.json", "Good");
        Path bad = dir.resolve("bad.journey.json");
        Files.writeString(bad, "{\"format\": \"journey/1\", \"jorney\": {}}");
        Path missing = dir.resolve("missing.journey.json");
        f.gateway.clearCalls();

        transfer.importFiles(List.of(bad, good, missing), () -> {});

        assertThat(f.shown().name()).isEqualTo("Good");
        assertThat(f.gateway.calls().stream().filter(c -> c.startsWith("importJourney")))
                .hasSize(1);
        assertThat(f.studio.session().noticeProperty().get().text())
                .startsWith(
                        "Could not import bad.journey.json: bad.journey.json is not an exported"
                                + " journey")
                .contains("; Could not import missing.journey.json: could not read " + missing)
                .endsWith(" (made 'Good')");
    }

    @Test
    void whenNoFileGivenAtStartCanBeImportedTheWindowOpensWhatItWouldHave() throws Exception {
        Path bad = dir.resolve("bad.journey.json");
        Files.writeString(bad, "not json");
        List<String> fallback = new ArrayList<>();

        transfer.importFiles(List.of(bad), () -> fallback.add("ran"));

        assertThat(fallback).containsExactly("ran");
        assertThat(f.gateway.calls()).noneMatch(c -> c.startsWith("importJourney"));
        assertThat(f.studio.session().noticeProperty().get().severity())
                .isEqualTo(Notice.Severity.ERROR);
        assertThat(f.client.journeys().list()).hasSize(1);
    }

    @Test
    void suggestsAFileNameFromTheJourneyName() {
        assertThat(JourneyTransfer.fileName("Welcome series (EU)"))
                .isEqualTo("welcome-series-eu.json");
        assertThat(JourneyTransfer.fileName("???")).isEqualTo("journey.json");
    }
}
