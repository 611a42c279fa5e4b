package com.ascendkit.journeys.studio.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.studio.connection.EngineClientGateway;
import com.ascendkit.journeys.studio.connection.TestEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The session's read port: the call runs through the one executor and its answer comes back only on
 * the executor's hand-off; a failure reaches the session's notice, or {@link Reachability} when the
 * engine does not answer, exactly once.
 */
class JourneyReadsTest {
    private final TestEngine engine = TestEngine.shared();
    private final TestEngine.Environment environment = engine.newEnvironment();
    private final HeldExecutor executor = new HeldExecutor();
    private final Reachability reachability = new Reachability(executor);

    private JourneySession session(JourneyGateway gateway) {
        return new JourneySession(gateway, executor, reachability);
    }

    @Test
    void theAnswerArrivesOnlyOnTheExecutorsHandOff() {
        engine.client(environment)
                .journeys()
                .create(
                        com.ascendkit.journeys.client.journeys.CreateJourneyRequest.of(
                                "Onboarding", "user.created"));
        JourneySession session = session(engine.gateway(environment));
        List<List<JourneySummary>> answers = new ArrayList<>();

        session.read(e -> e.listJourneys(null), answers::add, Failed.saying("Could not list: "));

        assertThat(executor.submitted).isEqualTo(1);
        assertThat(answers).isEmpty();
        executor.handBack();
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0)).extracting(JourneySummary::name).containsExactly("Onboarding");
        assertThat(session.noticeProperty().get()).isNull();
    }

    @Test
    void aRefusedCallIsOneErrorNoticeInTheCallersWords() {
        JourneySession session = session(engine.gateway(environment));
        List<Notice> notices = new ArrayList<>();
        session.noticeProperty().addListener((o, a, b) -> notices.add(b));
        List<String> after = new ArrayList<>();

        session.read(
                e -> e.getJourney("no-such-journey"),
                r -> after.add("answered"),
                Failed.saying("Could not read it: ").then(() -> after.add("then")));
        executor.handBack();

        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notices.get(0).text()).startsWith("Could not read it: ").contains("no-such");
        assertThat(after).containsExactly("then");
        assertThat(reachability.onlineProperty().get()).isTrue();
    }

    @Test
    void aFailureShownElsewhereIsNotANotice() {
        JourneySession session = session(engine.gateway(environment));
        List<String> shown = new ArrayList<>();

        session.read(
                e -> e.getJourney("no-such-journey"),
                r -> {},
                Failed.shownIn(shown::add, "Could not add it: "));
        executor.handBack();

        assertThat(shown).singleElement().asString().startsWith("Could not add it: ");
        assertThat(session.noticeProperty().get()).isNull();
    }

    @Test
    void anUnansweredCallIsLeftToReachabilityOnceAndRetried() throws IOException {
        JourneySession session = session(nobody());
        List<Notice> notices = new ArrayList<>();
        session.noticeProperty().addListener((o, a, b) -> notices.add(b));
        List<String> tries = new ArrayList<>();
        Runnable[] read = new Runnable[1];
        read[0] =
                () -> {
                    tries.add("try");
                    session.read(
                            e -> e.listJourneys(null),
                            r -> {},
                            Failed.saying("Could not list: ")
                                    .retriedWhenUnreachable("test", read[0]));
                };

        read[0].run();
        executor.handBack();

        assertThat(notices).isEmpty();
        assertThat(reachability.onlineProperty().get()).isFalse();
        assertThat(reachability.messageProperty().get()).contains("Cannot reach the engine");
        assertThat(executor.scheduled).hasSize(1);

        executor.runScheduled();
        assertThat(tries).hasSize(2);
    }

    @Test
    void anUnansweredCallWithoutARetryIsAnErrorNotice() throws IOException {
        JourneySession session = session(nobody());

        session.read(e -> e.listJourneys(null), r -> {}, Failed.saying("Could not list: "));
        executor.handBack();

        assertThat(session.noticeProperty().get().text()).startsWith("Could not list: ");
        assertThat(reachability.onlineProperty().get()).isTrue();
        assertThat(executor.scheduled).isEmpty();
    }

    @Test
    void localWorkIsHandedBackTheSameWay() {
        JourneySession session = session(engine.gateway(environment));
        List<String> written = new ArrayList<>();

        session.work(() -> "file.png", written::add, Failed.saying("Could not save: "));
        assertThat(written).isEmpty();
        executor.handBack();
        assertThat(written).containsExactly("file.png");

        session.<String>work(
                () -> {
                    throw new IOException("disk full");
                },
                written::add,
                Failed.saying("Could not save: "));
        executor.handBack();
        assertThat(session.noticeProperty().get().text()).isEqualTo("Could not save: disk full");
    }

    /** A gateway to a port where no engine listens (connection refused, at once). */
    private static JourneyGateway nobody() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        return new EngineClientGateway(
                EngineClient.builder()
                        .baseUrl("http://127.0.0.1:" + freePort)
                        .apiKey("sk_00000000000000000000000000000000")
                        .maxRetries(0)
                        .build());
    }

    /**
     * Runs the work when it is submitted (it is the background part) but keeps its hand-off to the
     * UI thread until the test calls {@link #handBack()}.
     */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Runnable> handOffs = new ArrayList<>();
        private final List<Runnable> scheduled = new ArrayList<>();
        private int submitted;

        @Override
        public <T> void submit(
                Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            submitted++;
            try {
                T result = work.call();
                handOffs.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                handOffs.add(() -> onFailure.accept(e));
            }
        }

        /** Hands every finished work's result (or failure) back, as the FX thread would. */
        void handBack() {
            List<Runnable> due = new ArrayList<>(handOffs);
            handOffs.clear();
            due.forEach(Runnable::run);
        }

        @Override
        public void post(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            scheduled.add(action);
            return () -> scheduled.remove(action);
        }

        void runScheduled() {
            List<Runnable> due = new ArrayList<>(scheduled);
            scheduled.clear();
            due.forEach(Runnable::run);
            handBack();
        }
    }
}
