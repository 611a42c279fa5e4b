package com.ascendkit.journeys.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void showsPrefixAndLastFour() {
        assertThat(Keys.mask("sk_0123456789abcdefghijABCDEFGHIJab")).isEqualTo("sk_…IJab");
    }

    @Test
    void hidesShortKeysEntirely() {
        assertThat(Keys.mask("sk_short")).isEqualTo("sk_…");
        assertThat(Keys.mask("tiny")).isEqualTo("…");
    }

    @Test
    void saysNoneForNull() {
        assertThat(Keys.mask(null)).isEqualTo("none");
    }
}
