package com.ascendkit.journeys.studio.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.editing.Selection;
import org.junit.jupiter.api.Test;

class WarningsViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final WarningsViewModel warnings = f.studio.warnings();

    @Test
    void aWarningAppearsOnTheNodeAndClearsWhenFixed() {
        f.studio.canvas().steps().addNode("tag_user", new Position(300, 0));
        f.studio.canvas().connections().connect("start", "tag", Trigger.after("1d"));

        assertThat(warnings.badgesProperty().get().byNode()).containsOnlyKeys("tag");

        f.studio
                .session()
                .submit(
                        com.ascendkit.journeys.studio.sync.UpdateNodeCommand.terminal(
                                f.shown(), "tag", true));

        assertThat(warnings.warnings()).isEmpty();
        assertThat(warnings.summaryProperty().get()).isEqualTo("No warnings");
    }

    @Test
    void topologyWarningsAreHintsWhileDraftAndAlarmsWhenActive() {
        assertThat(warnings.warnings())
                .extracting(Warning::code)
                .containsExactly(WarningCode.DEAD_END, WarningCode.NO_TERMINAL_REACHABLE);
        assertThat(warnings.warnings()).allMatch(WarningsViewModel::isHint);
        assertThat(warnings.summaryProperty().get()).isEqualTo("2 hints");

        f.studio.lifecycle().activate();

        assertThat(warnings.warnings()).hasSize(2).noneMatch(WarningsViewModel::isHint);
    }

    @Test
    void revealingAWarningSelectsItsNode() {
        Warning w = warnings.warnings().get(0);

        warnings.reveal(w);

        assertThat(f.studio.selection().get()).isEqualTo(Selection.node("start"));
    }
}
