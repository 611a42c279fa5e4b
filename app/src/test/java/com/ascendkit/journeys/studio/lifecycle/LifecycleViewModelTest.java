package com.ascendkit.journeys.studio.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.studio.StudioFixture;
import org.junit.jupiter.api.Test;

class LifecycleViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final LifecycleViewModel lifecycle = f.studio.lifecycle();

    @Test
    void activatesADraft() {
        assertThat(lifecycle.canActivateProperty().get()).isTrue();

        lifecycle.activate();

        assertThat(f.stored().status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(lifecycle.statusProperty().get()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(lifecycle.canPauseProperty().get()).isTrue();
    }

    @Test
    void asksBeforePausingAJourneyWithUsersAndKeepsItActiveOnNo() {
        f.enrollUsers(2);
        f.dialogs.confirmAnswer = false;

        lifecycle.pause();

        assertThat(f.dialogs.asked)
                .singleElement()
                .asString()
                .contains("2 users are in 'Onboarding'");
        assertThat(f.stored().status()).isEqualTo(JourneyStatus.ACTIVE);
    }

    @Test
    void pausesWithoutAskingWhenNobodyIsIn() {
        lifecycle.activate();

        lifecycle.pause();

        assertThat(f.dialogs.asked).isEmpty();
        assertThat(f.stored().status()).isEqualTo(JourneyStatus.PAUSED);
    }

    @Test
    void archivesOnlyWhenTheNameIsTyped() {
        f.dialogs.typedAnswer = "onboarding";
        lifecycle.archive();
        assertThat(f.stored().status()).isEqualTo(JourneyStatus.DRAFT);

        f.dialogs.typedAnswer = "Onboarding";
        lifecycle.archive();
        assertThat(f.stored().status()).isEqualTo(JourneyStatus.ARCHIVED);
        assertThat(lifecycle.canArchiveProperty().get()).isFalse();
        assertThat(lifecycle.canActivateProperty().get()).isFalse();
    }
}
