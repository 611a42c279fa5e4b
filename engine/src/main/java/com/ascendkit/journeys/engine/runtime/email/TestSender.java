package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Sends one rendered template to an address on request (the editor's "Send test"): through the
 * engine's SMTP server at once when it has one (so the answer says whether the server took it),
 * else into the outbox as {@code delivered_locally}, readable with {@code outbox list}. Touches no
 * journey, user state or counter: a test message has no journey or step, and no user when it was
 * rendered for the sample profile. Thread-safe.
 */
public final class TestSender {
    private final Database db;
    private final Clock clock;
    private final SmtpConfig smtp;
    private final Mailer mailer;
    private final SenderResolver senders;
    private final OutboxStore outbox;

    /**
     * @param smtp the engine's SMTP server, or null when it has none
     * @param mailer delivers to {@code smtp}; null exactly when {@code smtp} is
     */
    public TestSender(
            Database db,
            Clock clock,
            SmtpConfig smtp,
            Mailer mailer,
            SenderResolver senders,
            OutboxStore outbox) {
        this.db = db;
        this.clock = clock;
        this.smtp = smtp;
        this.mailer = mailer;
        this.senders = senders;
        this.outbox = outbox;
    }

    /** How a test message went: {@code delivery} is {@code smtp} or {@code outbox}. */
    public record Delivery(String delivery, String to, String messageId, String message) {}

    /** Why the SMTP server did not take a test message. */
    public static final class FailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The sender of a test: the environment's verified default identity, else the engine's default
     * sender (rule 6 without a step's identity).
     */
    public Sender sender(Handle h, String environmentId, String environmentDefault) {
        return senders.resolve(h, environmentId, null, environmentDefault);
    }

    /**
     * Sends {@code email} to {@code to} from {@code from}; {@code userId} (null for the sample
     * profile) is whom it was rendered for. Throws {@link FailedException} when the SMTP server
     * refuses it or cannot be reached.
     */
    public Delivery send(
            String environmentId, String userId, String to, Sender from, RenderedEmail email) {
        String messageId = "<test." + UUID.randomUUID() + "@" + MessageIds.DOMAIN + ">";
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OutboxStore.NewEmail message =
                new OutboxStore.NewEmail(
                        messageId,
                        environmentId,
                        null,
                        userId,
                        null,
                        0,
                        to,
                        from,
                        email.subject(),
                        email.html(),
                        email.text());
        if (mailer == null) {
            Transactions.useTransaction(db, h -> outbox.insertDeliveredLocally(h, message, now));
            return new Delivery(
                    "outbox",
                    to,
                    messageId,
                    "No SMTP server is configured: the message is in the outbox (ascendkit"
                            + " outbox list)");
        }
        String server = smtp.host() + ":" + smtp.port();
        try {
            mailer.send(
                    new OutboxMessage(
                            0,
                            messageId,
                            environmentId,
                            null,
                            userId,
                            null,
                            0,
                            to,
                            from.email(),
                            from.name(),
                            email.subject(),
                            email.html(),
                            email.text(),
                            OutboxMessage.SENDING,
                            0,
                            now,
                            null,
                            null));
        } catch (Exception e) {
            throw new FailedException(
                    "The SMTP server " + server + " did not take the message: " + e.getMessage(),
                    e);
        }
        return new Delivery("smtp", to, messageId, "Sent to " + to + " through " + server);
    }
}
