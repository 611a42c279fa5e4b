package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.editing.Selection;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClipboardTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

    private void twoConnectedCards() {
        canvas.steps().addNode("send_email", new Position(300, 40));
        canvas.steps().addNode("tag_user", new Position(600, 40));
        canvas.connections().connect("start", "email", Trigger.on("a"));
        canvas.connections().connect("email", "tag", Trigger.after("1d"));
        canvas.selection().select(new Selection(Set.of("email", "tag"), Set.of()));
    }

    @Test
    void pastingInTheSameJourneyRenamesNodesAndTheTransitionsAmongThem() {
        twoConnectedCards();
        canvas.clipboard().copy();

        canvas.clipboard().paste(null);

        var stored = f.stored();
        assertThat(stored.nodes()).containsKeys("email_2", "tag_2");
        // 40 px down and right of the copy would cover it: moved down to free space
        assertThat(stored.nodes().get("email_2").position()).isEqualTo(new Position(340, 140));
        assertThat(stored.nodes().get("tag_2").action())
                .isEqualTo(stored.nodes().get("tag").action());
        assertThat(stored.transitions())
                .extracting(Transition::name)
                .containsExactly("start-to-email", "email-to-tag", "email_2-to-tag_2");
        assertThat(stored.transitions().get(2).trigger()).isEqualTo(Trigger.after("1d"));
        assertThat(canvas.selection().get())
                .isEqualTo(new Selection(Set.of("email_2", "tag_2"), Set.of("email_2-to-tag_2")));
    }

    @Test
    void aPasteIsOneStepAndASecondOneGoesFurtherAndCountsOn() {
        twoConnectedCards();
        canvas.clipboard().copy();
        canvas.clipboard().paste(null);
        canvas.clipboard().paste(null);

        assertThat(f.stored().nodes()).containsKeys("email_3", "tag_3");
        assertThat(f.stored().nodes().get("email_3").position()).isEqualTo(new Position(380, 240));
        assertThat(f.studio.session().history().undoTextProperty().get())
                .isEqualTo("Undo paste 2 nodes");

        f.studio.session().history().undo();

        assertThat(f.stored().nodes()).doesNotContainKeys("email_3", "tag_3").containsKey("tag_2");
        assertThat(f.stored().transitions()).extracting(Transition::name).hasSize(3);
    }

    @Test
    void pastingAtThePointerPutsTheTopLeftCardThere() {
        twoConnectedCards();
        canvas.clipboard().copy();

        canvas.clipboard().paste(new Position(100, 500));

        assertThat(f.stored().nodes().get("email_2").position()).isEqualTo(new Position(100, 500));
        assertThat(f.stored().nodes().get("tag_2").position()).isEqualTo(new Position(400, 500));
    }

    @Test
    void pastingIntoAnotherJourneyKeepsTheNames() {
        twoConnectedCards();
        canvas.clipboard().copy();
        String other =
                f.client
                        .journeys()
                        .create(CreateJourneyRequest.of("Other", "user.created"))
                        .journey()
                        .id();
        f.studio.session().open(other);

        canvas.clipboard().paste(null);

        var pasted = f.client.journeys().get(other).journey();
        assertThat(pasted.nodes()).containsKeys("email", "tag");
        assertThat(pasted.transitions())
                .extracting(Transition::name)
                .containsExactly("email-to-tag");
    }

    @Test
    void pastingBeforeAnyCopySaysSoAndSendsNothing() {
        canvas.clipboard().paste(null);

        assertThat(f.gateway.calls()).isEmpty();
        assertThat(f.studio.session().noticeProperty().get().text()).contains("Nothing to paste");
    }

    @Test
    void aTakenNameCountsOnFromItsOwnSuffix() {
        assertThat(Paste.freeName("welcome_email", Set.of("welcome_email")))
                .isEqualTo("welcome_email_2");
        assertThat(Paste.freeName("welcome_email_2", Set.of("welcome_email", "welcome_email_2")))
                .isEqualTo("welcome_email_3");
        assertThat(Paste.freeName("free", Set.of("welcome_email"))).isEqualTo("free");
    }

    @Test
    void aCopyIsJsonInTheStoreAndTextThatIsNoFragmentPastesNothing() {
        ClipStore store = ClipStore.inMemory();
        canvas.clipboard().useStore(store);
        twoConnectedCards();
        canvas.clipboard().copy();
        assertThat(ClipJson.read(store.get().orElseThrow()))
                .isEqualTo(Clip.of(f.shown(), Set.of("email", "tag")));
        long version = f.stored().version();

        store.put("{\"format\": \"journey/1\", \"journey\": {}}");
        canvas.clipboard().paste(null);

        assertThat(f.stored().version()).isEqualTo(version);
        assertThat(f.studio.session().noticeProperty().get().text())
                .startsWith("Nothing to paste: the clipboard holds no journey cards");
    }
}
