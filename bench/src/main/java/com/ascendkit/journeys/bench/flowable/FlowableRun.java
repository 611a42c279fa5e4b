package com.ascendkit.journeys.bench.flowable;

import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.runtime.Onboarding;
import com.ascendkit.journeys.bench.runtime.Throughput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;

/**
 * The same journey executed in-process by Flowable on an H2 file with {@code WRITE_DELAY=0},
 * configured as {@code shared/notes/flowable-benchmark.md} says is fair: connection pool 32, async
 * executor polling every 100 ms, a fresh database with {@code databaseSchemaUpdate=true}, history
 * level {@code activity}, business-key lookups by process-instance query, several thousand journeys
 * of warm-up. One caller thread, like the run-time's in-process run.
 */
public final class FlowableRun {
    private static final String PROCESS = "onboarding";
    private static final Duration ACQUIRE_WAIT = Duration.ofMillis(100);
    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;
    private Instant now = Onboarding.START;

    private FlowableRun(ProcessEngine engine) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
    }

    public static Throughput run(int warmupUsers, int users) throws Exception {
        Path dir = Files.createTempDirectory("journeys-bench-flowable-");
        try {
            StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
            cfg.setJdbcUrl(
                    "jdbc:h2:file:" + dir.toAbsolutePath().resolve("flowable") + ";WRITE_DELAY=0");
            cfg.setJdbcDriver("org.h2.Driver");
            cfg.setJdbcUsername("sa");
            cfg.setJdbcPassword("");
            cfg.setJdbcMaxActiveConnections(32);
            cfg.setDatabaseSchemaUpdate("true");
            cfg.setHistoryLevel(HistoryLevel.ACTIVITY);
            cfg.setAsyncExecutorActivate(true);
            cfg.getAsyncExecutorConfiguration().setDefaultTimerJobAcquireWaitTime(ACQUIRE_WAIT);
            cfg.getAsyncExecutorConfiguration().setDefaultAsyncJobAcquireWaitTime(ACQUIRE_WAIT);
            ProcessEngine engine = cfg.buildProcessEngine();
            try {
                engine.getProcessEngineConfiguration()
                        .getClock()
                        .setCurrentTime(Date.from(Onboarding.START));
                engine.getRepositoryService()
                        .createDeployment()
                        .addClasspathResource("bench/onboarding.bpmn20.xml")
                        .deploy();
                FlowableRun run = new FlowableRun(engine);
                run.phase("warm", warmupUsers);
                return run.phase("user", users);
            } finally {
                engine.close();
            }
        } finally {
            BenchDatabase.deleteTree(dir);
        }
    }

    private Throughput phase(String phase, int n) throws InterruptedException {
        long welcomeBefore = RecordingEmail.sent("welcome");
        long nudgeBefore = RecordingEmail.sent("nudge");
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            runtime.startProcessInstanceByKey(PROCESS, Onboarding.user(phase, i));
        }
        int logins = 0;
        for (int i = 0; i < n; i += 2) {
            login(Onboarding.user(phase, i));
            logins++;
        }
        long events = System.nanoTime() - start;
        expect(RecordingEmail.sent("welcome") - welcomeBefore == n, "welcome emails missing");
        int timers = n - logins;
        start = System.nanoTime();
        now = now.plus(Duration.ofHours(49));
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
        awaitNudges(nudgeBefore + timers);
        long fired = System.nanoTime() - start;
        return new Throughput(n, logins, events, timers, fired);
    }

    /** The user's login: find the instance by business key, then its waiting message execution. */
    private void login(String userId) {
        ProcessInstance instance =
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(userId)
                        .singleResult();
        Execution waiting =
                runtime.createExecutionQuery()
                        .processInstanceId(instance.getId())
                        .messageEventSubscriptionName(Onboarding.LOGIN)
                        .singleResult();
        runtime.messageEventReceived(Onboarding.LOGIN, waiting.getId());
    }

    /** Waits until the async executor has sent every nudge and no timer or job is left. */
    private void awaitNudges(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (RecordingEmail.sent("nudge") < expected) {
            expect(
                    System.nanoTime() < deadline,
                    "Flowable did not fire its timers within " + TIMEOUT);
            Thread.sleep(POLL.toMillis());
        }
        while (management.createTimerJobQuery().count() > 0
                || management.createJobQuery().count() > 0) {
            expect(System.nanoTime() < deadline, "Flowable jobs left after " + TIMEOUT);
            Thread.sleep(POLL.toMillis());
        }
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
