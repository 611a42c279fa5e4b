package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import org.junit.jupiter.api.Test;

class ReEntryPolicyTest {

    @Test
    void roundTripsAsItsLowerCaseName() {
        assertThat(TestJson.write(ReEntryPolicy.RESTART)).isEqualTo("\"restart\"");
        assertThat(TestJson.read("\"skip\"", ReEntryPolicy.class)).isEqualTo(ReEntryPolicy.SKIP);
    }

    @Test
    void rejectsAnUnknownPolicyNamingTheField() {
        assertThatThrownBy(() -> ReEntryPolicy.parse("always"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid reEntryPolicy 'always': use skip or restart")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("reEntryPolicy");
    }
}
