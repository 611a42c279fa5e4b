package com.ascendkit.journeys.studio.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyTransferTest {
    private final StudioFixture f = new StudioFixture();
    private final JourneyTransfer transfer = f.studio.transfer();
    @TempDir Path dir;

    private void someGraph() {
        f.studio.canvas().addNode("tag_user", new Position(300, 40));
        f.studio.canvas().connect("start", "tag", Trigger.after("2d"));
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

    @Test
    void suggestsAFileNameFromTheJourneyName() {
        assertThat(JourneyTransfer.fileName("Welcome series (EU)"))
                .isEqualTo("welcome-series-eu.json");
        assertThat(JourneyTransfer.fileName("???")).isEqualTo("journey.json");
    }
}
