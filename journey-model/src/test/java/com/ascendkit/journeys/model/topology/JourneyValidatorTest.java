package com.ascendkit.journeys.model.topology;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.testing.StaticReferences;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JourneyValidatorTest {
    /** A dead end (topology) and a missing template (reference). */
    private static final JourneyDefinition HALF_BUILT =
            journey("welcome_email")
                    .node("welcome_email", new Action.SendEmail("welcome-email"))
                    .build();

    private static List<Warning> validate(JourneyStatus status) {
        return JourneyValidator.standard().validate(HALF_BUILT, status, StaticReferences.empty());
    }

    @ParameterizedTest
    @EnumSource(
            value = JourneyStatus.class,
            names = {"DRAFT", "PAUSED"})
    void flagsTopologyWarningsSuppressedWhileDraftOrPaused(JourneyStatus status) {
        assertThat(validate(status))
                .filteredOn(w -> w.code().kind() == WarningCode.Kind.TOPOLOGY)
                .isNotEmpty()
                .allMatch(Warning::suppressed);
    }

    @ParameterizedTest
    @EnumSource(JourneyStatus.class)
    void neverSuppressesReferenceWarnings(JourneyStatus status) {
        assertThat(validate(status))
                .filteredOn(w -> w.code().kind() == WarningCode.Kind.REFERENCE)
                .extracting(Warning::code)
                .containsExactly(WarningCode.MISSING_TEMPLATE);
        assertThat(validate(status))
                .filteredOn(w -> w.code().kind() == WarningCode.Kind.REFERENCE)
                .noneMatch(Warning::suppressed);
    }

    @ParameterizedTest
    @EnumSource(
            value = JourneyStatus.class,
            names = {"ACTIVE", "ARCHIVED"})
    void leavesTopologyWarningsUnsuppressedOtherwise(JourneyStatus status) {
        assertThat(validate(status)).isNotEmpty().noneMatch(Warning::suppressed);
    }

    @Test
    void listsWarningsInRuleOrder() {
        assertThat(validate(JourneyStatus.ACTIVE))
                .extracting(Warning::code)
                .containsExactly(
                        WarningCode.DEAD_END,
                        WarningCode.NO_TERMINAL_REACHABLE,
                        WarningCode.MISSING_TEMPLATE);
    }

    @Test
    void findsNothingWrongWithACompleteJourney() {
        JourneyDefinition complete =
                journey("welcome_email")
                        .node("welcome_email", new Action.SendEmail("welcome-email"))
                        .node("nudge_1", new Action.SendEmail("nudge-email"))
                        .terminal("done")
                        .timer("welcome_email", "nudge_1", "2d")
                        .on("welcome_email", "done", "user.login")
                        .on("nudge_1", "done", "user.login")
                        .timer("nudge_1", "done", "1w")
                        .build();

        assertThat(
                        JourneyValidator.standard()
                                .validate(
                                        complete,
                                        JourneyStatus.ACTIVE,
                                        StaticReferences.empty()
                                                .withTemplates("welcome-email", "nudge-email")))
                .isEmpty();
    }

    @Test
    void requiresReferences() {
        assertThatNullPointerException()
                .isThrownBy(
                        () ->
                                JourneyValidator.standard()
                                        .validate(HALF_BUILT, JourneyStatus.DRAFT, null))
                .withMessage("references");
    }

    @Test
    void runsTheRulesItIsGiven() {
        TopologyRule always =
                (graph, references) -> List.of(Warning.onJourney(WarningCode.DEAD_END, "always"));

        assertThat(
                        new JourneyValidator(List.of(always))
                                .validate(
                                        HALF_BUILT, JourneyStatus.DRAFT, StaticReferences.empty()))
                .containsExactly(new Warning(WarningCode.DEAD_END, "always", null, null, true));
    }
}
