package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times of a user's steps as people read them, in the clock's time zone. */
final class StepTimes {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter OTHER_DAY =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final Clock clock;

    StepTimes(Clock clock) {
        this.clock = clock;
    }

    /** "10:02:13" today, "3 Dec 10:02" another day; "" when unknown. */
    String at(Instant t) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.atZone(clock.getZone());
        return z.toLocalDate().equals(LocalDate.now(clock)) ? TODAY.format(z) : OTHER_DAY.format(z);
    }

    /** How long ago {@code t} was: "45 s", "12 min", "3.5 h"; "" when unknown. */
    String since(Instant t) {
        if (t == null) {
            return "";
        }
        Duration d = Duration.between(t, clock.instant());
        return AnalyticsViewModel.duration(Math.max(0, d.toMillis() / 1000.0));
    }
}
