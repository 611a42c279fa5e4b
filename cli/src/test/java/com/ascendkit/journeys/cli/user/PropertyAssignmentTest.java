package com.ascendkit.journeys.cli.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class PropertyAssignmentTest {

    @Test
    void keepsTextAsAString() {
        assertThat(PropertyAssignment.parse("plan=pro annual"))
                .isEqualTo(new PropertyAssignment("plan", "pro annual"));
    }

    @Test
    void readsTrueAndFalseAsBooleans() {
        assertThat(PropertyAssignment.parse("beta=true").value()).isEqualTo(Boolean.TRUE);
        assertThat(PropertyAssignment.parse("beta=false").value()).isEqualTo(Boolean.FALSE);
    }

    @Test
    void readsJsonNumbersAsNumbers() {
        assertThat(PropertyAssignment.parse("seats=3").value()).isEqualTo(3L);
        assertThat(PropertyAssignment.parse("t=-0.5").value()).isEqualTo(new BigDecimal("-0.5"));
        assertThat(PropertyAssignment.parse("big=123456789012345678901").value())
                .isEqualTo(new BigInteger("123456789012345678901"));
    }

    @Test
    void keepsWhatIsNotAJsonNumberAsAString() {
        assertThat(PropertyAssignment.parse("zip=007").value()).isEqualTo("007");
        assertThat(PropertyAssignment.parse("v=1.").value()).isEqualTo("1.");
        assertThat(PropertyAssignment.parse("b=True").value()).isEqualTo("True");
    }

    @Test
    void keepsEverythingAfterTheFirstEquals() {
        assertThat(PropertyAssignment.parse("q=a=b").value()).isEqualTo("a=b");
    }

    @Test
    void removesTheKeyWhenTheValueIsEmpty() {
        PropertyAssignment p = PropertyAssignment.parse("plan=");

        assertThat(p.key()).isEqualTo("plan");
        assertThat(p.removes()).isTrue();
    }

    @Test
    void refusesTextWithoutEquals() {
        assertThatThrownBy(() -> PropertyAssignment.parse("plan"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("expected key=value (key= removes the property), got 'plan'");
    }

    @Test
    void refusesAnEmptyKey() {
        assertThatThrownBy(() -> PropertyAssignment.parse("=pro"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("the key before '=' is empty in '=pro'");
    }
}
