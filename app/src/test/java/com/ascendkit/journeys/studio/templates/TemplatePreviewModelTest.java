package com.ascendkit.journeys.studio.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The preview when the engine's answers come back in another order than they were asked. */
class TemplatePreviewModelTest {
    private final TestEngine engine = TestEngine.shared();
    private final HeldExecutor executor = new HeldExecutor();
    private final TemplateDraft draft = new TemplateDraft();
    private final TemplatePreviewModel preview =
            new TemplatePreviewModel(
                    engine.gateway(engine.newEnvironment()), executor, draft, new FieldErrors());

    @Test
    void dropsAnAnswerToAnOlderRequestThanTheLastOneSent() {
        draft.subjectProperty().set("first");
        preview.renderNow();
        draft.subjectProperty().set("second");
        preview.renderNow();

        executor.finish(1); // the newer answer arrives first
        executor.finish(0);

        assertThat(preview.subjectProperty().get()).isEqualTo("second");
    }

    /** Background work waits until the test finishes it, in the order the test says. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void submit(
                Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(
                    () -> {
                        T result;
                        try {
                            result = work.call();
                        } catch (Exception e) {
                            onFailure.accept(e);
                            return;
                        }
                        onSuccess.accept(result);
                    });
        }

        void finish(int index) {
            held.get(index).run();
        }

        @Override
        public void post(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return () -> {}; // the test renders by hand
        }
    }
}
