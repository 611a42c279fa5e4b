package com.ascendkit.journeys.engine.runtime.states;

import com.ascendkit.journeys.engine.runtime.email.DeliveryFailures;
import com.ascendkit.journeys.engine.runtime.email.OutboxMessage;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Dialect;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/** Marks the user failed when their email was given up on (rule 6). Thread-safe. */
public final class EmailFailures implements DeliveryFailures {
    private final Clock clock;
    private final Dialect dialect;
    private final UserStore users;
    private final StateMachine machine;
    private final JourneyEvents events;

    public EmailFailures(
            Clock clock,
            Dialect dialect,
            UserStore users,
            StateMachine machine,
            JourneyEvents events) {
        this.clock = clock;
        this.dialect = dialect;
        this.users = users;
        this.machine = machine;
        this.events = events;
    }

    @Override
    public void deliveryFailed(Handle h, OutboxMessage m, String reason) {
        RunContext run = new RunContext(h, clock.instant(), dialect);
        if (users.lock(h, m.environmentId(), m.userId()).isEmpty()) {
            return;
        }
        machine.failVisit(run, m.journeyId(), m.userId(), m.visitNo(), reason);
        run.finish(events);
    }
}
