package com.ascendkit.journeys.studio.sync;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The session's {@link JourneyReads}, and the one place a failed call is told: to {@link
 * Reachability} when the engine does not answer and the call can be retried, else as the failure's
 * words. UI thread only.
 */
final class EngineReads implements JourneyReads {
    private final JourneyGateway gateway;
    private final TaskExecutor executor;
    private final Reachability reachability;
    private final Consumer<Notice> notices;

    EngineReads(
            JourneyGateway gateway,
            TaskExecutor executor,
            Reachability reachability,
            Consumer<Notice> notices) {
        this.gateway = gateway;
        this.executor = executor;
        this.reachability = reachability;
        this.notices = notices;
    }

    @Override
    public <T> void read(EngineCall<T> call, Consumer<? super T> onResult, Failed failed) {
        work(() -> call.call(gateway), onResult, failed);
    }

    @Override
    public <T> void work(Callable<T> work, Consumer<? super T> onResult, Failed failed) {
        executor.submit(
                work,
                result -> {
                    answered(failed);
                    onResult.accept(result);
                },
                e -> fail(failed, e));
    }

    /** A call of {@code failed}'s owner was answered: the engine is there again. */
    void answered(Failed failed) {
        if (failed.owner() != null) {
            reachability.reachable(failed.owner());
        }
    }

    /** Tells {@code e} as {@code failed} says, then runs its follow-up. */
    void fail(Failed failed, Throwable e) {
        if (failed.owner() != null && isUnreachable(e)) {
            reachability.unreachable(failed.owner(), e.getMessage(), failed.retry());
        } else {
            String text = failed.prefix() + e.getMessage();
            if (failed.shownIn() != null) {
                failed.shownIn().accept(text);
            } else {
                notices.accept(Notice.error(text));
            }
        }
        failed.then().run();
    }

    static boolean isUnreachable(Throwable e) {
        return e instanceof GatewayException g && g.kind() == GatewayException.Kind.UNREACHABLE;
    }
}
