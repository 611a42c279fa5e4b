package com.ascendkit.journeys.localconfig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void namesThePlatformFromOsName() {
        assertThat(Platform.of("Linux")).isEqualTo(Platform.LINUX);
        assertThat(Platform.of("Mac OS X")).isEqualTo(Platform.MACOS);
        assertThat(Platform.of("Darwin")).isEqualTo(Platform.MACOS);
        assertThat(Platform.of("Windows 11")).isEqualTo(Platform.WINDOWS);
        assertThat(Platform.of("Windows Server 2022")).isEqualTo(Platform.WINDOWS);
    }

    @Test
    void treatsAnyOtherSystemAsXdg() {
        assertThat(Platform.of("FreeBSD")).isEqualTo(Platform.LINUX);
        assertThat(Platform.of("")).isEqualTo(Platform.LINUX);
        assertThat(Platform.of(null)).isEqualTo(Platform.LINUX);
    }
}
