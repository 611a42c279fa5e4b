package com.ascendkit.journeys.studio.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyListViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final JourneyListViewModel list = f.studio.journeys();

    @Test
    void createsAJourneyAndOpensIt() {
        f.dialogs.newJourney = Optional.of(new Dialogs.NewJourney("Win-back", "user.login"));

        list.create();

        assertThat(list.journeys())
                .extracting(s -> s.name())
                .containsExactly("Onboarding", "Win-back");
        assertThat(f.shown().name()).isEqualTo("Win-back");
        assertThat(f.shown().entryEvent()).isEqualTo("user.login");
    }

    @Test
    void searchesByNameAndFiltersByStatus() {
        list.create("Win-back", "user.login");
        f.studio.lifecycle().activate();

        list.searchProperty().set("win");
        assertThat(list.journeys()).extracting(s -> s.name()).containsExactly("Win-back");

        list.searchProperty().set("");
        list.statusFilterProperty().set(JourneyStatus.DRAFT);
        assertThat(list.journeys()).extracting(s -> s.name()).containsExactly("Onboarding");
    }

    @Test
    void removesOnlyAfterConfirmation() {
        f.dialogs.confirmAnswer = false;
        list.remove(list.journeys().get(0));
        assertThat(f.stored()).isNotNull();

        f.dialogs.confirmAnswer = true;
        list.remove(list.journeys().get(0));
        assertThat(f.stored()).isNull();
        assertThat(f.shown()).isNull();
        assertThat(list.journeys()).isEmpty();
    }

    @Test
    void opensTheFirstJourneyWhenNoneIsOpenYet() {
        f.studio.session().close();

        list.refreshAndOpenFirst();

        assertThat(f.shown().name()).isEqualTo("Onboarding");
    }

    @Test
    void opensTheJourneyLastOpenWhenItIsStillThere() {
        list.create("Win-back", "user.login");
        String winBack = f.shown().id();
        f.studio.session().close();

        list.refreshAndOpen(winBack);
        assertThat(f.shown().name()).isEqualTo("Win-back");

        f.studio.session().close();
        list.refreshAndOpen("jrn_gone");
        assertThat(f.shown().name()).isEqualTo("Onboarding");
    }

    @Test
    void theSettingsRememberTheJourneyLastOpened() {
        list.create("Win-back", "user.login");

        assertThat(f.studio.settings().lastJourney()).contains(f.shown().id());
    }
}
