package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JourneyStatusTest {

    @ParameterizedTest
    @EnumSource(JourneyStatus.class)
    void roundTripsAsItsLowerCaseName(JourneyStatus status) {
        String json = TestJson.write(status);

        assertThat(json).isEqualTo("\"" + status.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        assertThat(TestJson.read(json, JourneyStatus.class)).isEqualTo(status);
    }

    @Test
    void suppressesTopologyWarningsOnlyWhileDraftOrPaused() {
        assertThat(JourneyStatus.DRAFT.suppressesTopologyWarnings()).isTrue();
        assertThat(JourneyStatus.PAUSED.suppressesTopologyWarnings()).isTrue();
        assertThat(JourneyStatus.ACTIVE.suppressesTopologyWarnings()).isFalse();
        assertThat(JourneyStatus.ARCHIVED.suppressesTopologyWarnings()).isFalse();
    }

    @Test
    void rejectsAnUnknownStatusQuotingIt() {
        assertThatThrownBy(() -> JourneyStatus.parse("ACTIVE"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unknown status 'ACTIVE': use draft, active, paused or archived");
    }
}
