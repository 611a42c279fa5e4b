package com.ascendkit.journeys.studio.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.studio.StudioFixture;
import org.junit.jupiter.api.Test;

class AnalyticsViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final AnalyticsViewModel analytics = f.studio.analytics();

    @Test
    void readsNothingWhileTheOverlayIsOff() {
        analytics.countsChanged();

        assertThat(f.gateway.calls()).isEmpty();
        assertThat(analytics.analyticsProperty().get()).isNull();
    }

    @Test
    void readsTheEnginesCountsWhenTurnedOnAndAgainWhenTheyChange() {
        f.enrollUsers(2);
        analytics.shownProperty().set(true);
        assertThat(analytics.analyticsProperty().get())
                .isEqualTo(f.client.journeys().analytics(f.journeyId));
        assertThat(analytics.analyticsProperty().get().nodes().get("start").current()).isEqualTo(2);

        f.engine.systemEvent(f.environment, "user-3", "user.created");
        analytics.countsChanged();

        assertThat(analytics.analyticsProperty().get().nodes().get("start").current()).isEqualTo(3);
        assertThat(AnalyticsViewModel.strip(analytics.analyticsProperty().get()))
                .isEqualTo("enrolled 3 · active 3 · completed 0 · failed 0 · exited 0");
    }

    @Test
    void saysDurationsAsPeopleReadThem() {
        assertThat(AnalyticsViewModel.duration(42)).isEqualTo("42 s");
        assertThat(AnalyticsViewModel.duration(12 * 60)).isEqualTo("12 min");
        assertThat(AnalyticsViewModel.duration(3.5 * 3600)).isEqualTo("3.5 h");
        assertThat(AnalyticsViewModel.duration(2 * 86400)).isEqualTo("2.0 d");
    }
}
