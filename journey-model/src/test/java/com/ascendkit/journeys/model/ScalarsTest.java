package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalarsTest {

    @Test
    void neverEqualsAStringToANumber() {
        assertThat(Scalars.scalarEquals("1", 1)).isFalse();
        assertThat(Scalars.scalarEquals(1, "1")).isFalse();
        assertThat(Scalars.scalarEquals("true", true)).isFalse();
    }

    @Test
    void comparesNumbersByValue() {
        assertThat(Scalars.scalarEquals(1, 1.0)).isTrue();
        assertThat(Scalars.scalarEquals(1L, new BigDecimal("1.00"))).isTrue();
        assertThat(Scalars.scalarEquals(100, new BigDecimal("1E+2"))).isTrue();
        assertThat(Scalars.scalarEquals(1, 1.5)).isFalse();
    }

    @Test
    void comparesNullOnlyEqualToNull() {
        assertThat(Scalars.scalarEquals(null, null)).isTrue();
        assertThat(Scalars.scalarEquals(null, "x")).isFalse();
        assertThat(Scalars.scalarEquals(0, null)).isFalse();
    }

    @Test
    void givesEqualScalarsEqualCanonicalForms() {
        assertThat(Scalars.canonical(1)).isEqualTo(Scalars.canonical(1.0));
        assertThat(Scalars.canonical(1).hashCode()).isEqualTo(Scalars.canonical(1.0).hashCode());
        assertThat(Scalars.canonical("1")).isNotEqualTo(Scalars.canonical(1));
        assertThat(Scalars.canonical(Double.NaN)).isEqualTo(Double.NaN);
    }

    @Test
    void matchesWhenEveryRequiredPairIsPresentAndEqual() {
        Map<String, Object> props = Map.of("plan", "pro", "seats", 3);

        assertThat(Scalars.allMatch(Map.of("plan", "pro"), props)).isTrue();
        assertThat(Scalars.allMatch(Map.of("seats", 3.0), props)).isTrue();
        assertThat(Scalars.allMatch(Map.of("seats", "3"), props)).isFalse();
        assertThat(Scalars.allMatch(Map.of("region", "eu"), props)).isFalse();
        assertThat(Scalars.allMatch(Map.of(), null)).isTrue();
        assertThat(Scalars.allMatch(Map.of("plan", "pro"), null)).isFalse();
    }

    @Test
    void distinguishesAMissingKeyFromANullValue() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("coupon", null);

        assertThat(Scalars.allMatch(withNull, withNull)).isTrue();
        assertThat(Scalars.allMatch(withNull, Map.of())).isFalse();
    }

    @Test
    void copiesAFlatMapKeepingOrder() {
        Map<String, Object> in = new java.util.LinkedHashMap<>();
        in.put("b", 1);
        in.put("a", true);

        assertThat(Scalars.requireFlat("eventFilter", in))
                .containsExactly(Map.entry("b", 1), Map.entry("a", true));
        assertThat(Scalars.requireFlat("eventFilter", null)).isEmpty();
    }

    @Test
    void rejectsANestedObjectNamingTheKey() {
        assertThatThrownBy(
                        () ->
                                Scalars.requireFlat(
                                        "eventFilter", Map.of("plan", Map.of("tier", "pro"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "'eventFilter' must be a flat object of strings, numbers and booleans;"
                                + " key 'plan' holds an object")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("eventFilter.plan");
    }

    @Test
    void rejectsAListNamingTheKey() {
        assertThatThrownBy(
                        () -> Scalars.requireFlat("entryConditions", Map.of("tags", List.of("a"))))
                .hasMessageEndingWith("key 'tags' holds a list");
    }

    @Test
    void rejectsAnEmptyKey() {
        assertThatThrownBy(() -> Scalars.requireFlat("eventFilter", Map.of("", 1)))
                .hasMessage("'eventFilter' has an empty key");
    }

    @Test
    void showsAMapAsJson() {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("plan", "pro");
        map.put("seats", 3);

        assertThat(Scalars.show(map)).isEqualTo("{\"plan\": \"pro\", \"seats\": 3}");
    }
}
