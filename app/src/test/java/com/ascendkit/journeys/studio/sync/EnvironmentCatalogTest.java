package com.ascendkit.journeys.studio.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.connection.TestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EnvironmentCatalogTest {
    /** Runs each submitted task when the test says, in the order it says. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void submit(
                Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call(); // fetched now, answered when released
            } catch (Exception e) {
                held.add(() -> onFailure.accept(e));
                return;
            }
            held.add(() -> onSuccess.accept(result));
        }

        void release(int index) {
            held.get(index).run();
        }

        @Override
        public void post(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return () -> {};
        }
    }

    @Test
    void anOlderAnswerArrivingLastDoesNotTakeTheListBackInTime() {
        TestEngine engine = TestEngine.shared();
        TestEngine.Environment env = engine.newEnvironment();
        HeldExecutor executor = new HeldExecutor();
        EnvironmentCatalog catalog =
                new EnvironmentCatalog(engine.gateway(env), executor, new Reachability(executor));

        catalog.refresh(); // the start-up fetch: no templates yet
        engine.client(env).templates().put(new Template("welcome", "Welcome", "<p>Hi</p>", null));
        catalog.refresh(); // a picker opens: the template is there
        executor.release(1);
        executor.release(0);

        assertThat(catalog.templates()).extracting(Template::slug).containsExactly("welcome");
    }
}
