package com.ascendkit.journeys.bench.flowable;

import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.Stopwatch;
import com.ascendkit.journeys.bench.runtime.Onboarding;
import com.ascendkit.journeys.bench.runtime.Throughput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
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
 *
 * <p>With {@code batch == 1} each journey event is its own Flowable command, i.e. one transaction.
 * With a larger {@code batch}, {@code batch} events are run inside one command given to {@code
 * ManagementService.executeCommand}: the service calls inside it join its command context, so they
 * share one transaction and one flush at its end (checked while writing this: an exception thrown
 * after 100 starts left no instance and no timer, and a second connection saw none of them before
 * the command returned).
 */
public final class FlowableRun {
    private static final String PROCESS = "onboarding";
    private static final Duration ACQUIRE_WAIT = Duration.ofMillis(100);
    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final int batch;
    private Instant now = Onboarding.START;

    private FlowableRun(ProcessEngine engine, int batch) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.batch = batch;
    }

    /**
     * A warm-up phase of {@code warmupUsers}, then {@code repeat} measured phases of {@code users}
     * new users each, {@code batch} journey events per transaction.
     */
    public static List<Throughput> run(int warmupUsers, int users, int repeat, int batch)
            throws Exception {
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
                FlowableRun run = new FlowableRun(engine, batch);
                run.phase("warm", warmupUsers);
                List<Throughput> measured = new ArrayList<>();
                for (int r = 1; r <= repeat; r++) {
                    measured.add(run.phase("user" + r, users));
                }
                return measured;
            } finally {
                engine.close();
            }
        } finally {
            BenchDatabase.deleteTree(dir);
        }
    }

    private Throughput phase(String phase, int n) throws InterruptedException {
        long welcomeBefore = RecordingEmail.sent("welcome");
        long activeBefore =
                runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        long nudgeBefore = RecordingEmail.sent("nudge");
        List<String> enrolls = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            enrolls.add(Onboarding.user(phase, i));
            if (i % 2 == 0) {
                logins.add(Onboarding.user(phase, i));
            }
        }
        Stopwatch events = Stopwatch.start();
        send(enrolls, id -> runtime.startProcessInstanceByKey(PROCESS, id));
        send(logins, this::login);
        Stopwatch.Lap e = events.stop();
        expect(RecordingEmail.sent("welcome") - welcomeBefore == n, "welcome emails missing");
        expect(
                runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()
                        == activeBefore + n - logins.size(),
                "logins did not end their journeys");
        int timers = n - logins.size();
        Stopwatch fired = Stopwatch.start();
        now = now.plus(Duration.ofHours(49));
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
        awaitNudges(nudgeBefore + timers);
        Stopwatch.Lap t = fired.stop();
        return new Throughput(
                n, logins.size(), e.wallNanos(), e.cpuNanos(), timers, t.wallNanos(), t.cpuNanos());
    }

    /** Runs {@code event} for each user: one command each, or {@code batch} per command. */
    private void send(List<String> userIds, Consumer<String> event) {
        if (batch == 1) {
            userIds.forEach(event);
            return;
        }
        for (int from = 0; from < userIds.size(); from += batch) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + batch));
            management.executeCommand(
                    context -> {
                        chunk.forEach(event);
                        return null;
                    });
        }
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
