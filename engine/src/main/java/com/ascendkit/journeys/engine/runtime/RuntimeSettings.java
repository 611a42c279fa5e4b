package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.engine.runtime.email.RetryPolicy;
import com.ascendkit.journeys.engine.runtime.email.Sender;
import com.ascendkit.journeys.engine.runtime.email.SmtpConfig;
import com.ascendkit.journeys.engine.store.Database;
import java.time.Clock;
import java.time.Duration;

/**
 * How the run-time is set up. {@code smtp} null: emails are marked {@code delivered_locally}
 * instead of sent. The clock is the wall clock unless a {@link
 * com.ascendkit.journeys.engine.runtime.timers.SimulatedClock} is given.
 */
public record RuntimeSettings(
        Clock clock,
        SmtpConfig smtp,
        Sender defaultSender,
        RetryPolicy retryPolicy,
        Duration timerPollInterval,
        Duration outboxPollInterval,
        int timerBatchSize,
        int outboxBatchSize) {

    /** Builds a {@link JourneyRuntime}; every setting has a default. Not thread-safe. */
    public static final class Builder {
        private final Database db;
        private Clock clock = Clock.systemUTC();
        private SmtpConfig smtp;
        private Sender defaultSender = new Sender("journeys@localhost", null);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Duration timerPollInterval = Duration.ofMillis(200);
        private Duration outboxPollInterval = Duration.ofMillis(500);
        private int timerBatchSize = 100;
        private int outboxBatchSize = 20;

        Builder(Database db) {
            this.db = db;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder smtp(SmtpConfig value) {
            this.smtp = value;
            return this;
        }

        /** The sender of last resort (rule 6); {@code journeys@localhost} by default. */
        public Builder defaultSender(String email, String name) {
            // Not Emails.require: local addresses such as journeys@localhost are fine here.
            if (email == null || email.indexOf('@') < 1) {
                throw new IllegalArgumentException("defaultSender is not an address: " + email);
            }
            this.defaultSender = new Sender(email, name);
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = value;
            return this;
        }

        public Builder timerPollInterval(Duration value) {
            this.timerPollInterval = value;
            return this;
        }

        public Builder outboxPollInterval(Duration value) {
            this.outboxPollInterval = value;
            return this;
        }

        public Builder timerBatchSize(int value) {
            this.timerBatchSize = value;
            return this;
        }

        public JourneyRuntime build() {
            return new JourneyRuntime(
                    db,
                    new RuntimeSettings(
                            clock,
                            smtp,
                            defaultSender,
                            retryPolicy,
                            timerPollInterval,
                            outboxPollInterval,
                            timerBatchSize,
                            outboxBatchSize));
        }
    }
}
