package com.ascendkit.journeys.studio.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.localconfig.Platform;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.studio.dialogs.Dialogs.QuitChoice;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quitting with the editor's own engine: stop it, or keep it running in another process. */
class QuitEngineTest {
    @TempDir Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private EngineConnector connector() {
        Map<String, String> env =
                Map.of(
                        "HOME",
                        home.toString(),
                        AppDirs.DATA_DIR_VARIABLE,
                        home.resolve("data").toString());
        return new EngineConnector(
                env, Platform.LINUX, AppDirs.of("Linux", env), Clock.systemUTC(), Duration.ZERO);
    }

    private static Journey activeJourney(EngineConnection c) {
        Journey j = c.gateway().createJourney("Onboarding", "user.created", null).journey();
        return c.gateway().activate(j.id(), j.version()).journey();
    }

    private static boolean answers(String url) {
        try {
            EngineClient.builder().baseUrl(url).maxRetries(0).build().health();
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    @Test
    void stopsItsEngineWithoutAskingWhenNoJourneyIsActive() {
        EngineConnection c = connector().connect();
        QuitEngine quit = new QuitEngine(c, dialogs);

        assertThat(quit.mayQuit()).isTrue();
        assertThat(quit.quit()).isEmpty();

        assertThat(dialogs.asked).isEmpty();
        assertThat(answers(c.url())).isFalse();
    }

    @Test
    void staysWhenTheUserCancels() {
        try (EngineConnection c = connector().connect()) {
            activeJourney(c);
            dialogs.quitChoice = QuitChoice.CANCEL;

            assertThat(new QuitEngine(c, dialogs).mayQuit()).isFalse();
            assertThat(dialogs.asked)
                    .singleElement()
                    .asString()
                    .contains("1 journey is active on the engine this window started");
            assertThat(answers(c.url())).isTrue();
        }
    }

    @Test
    void keepsTheEngineRunningInTheBackgroundAndTheNextEditorJoinsIt() throws Exception {
        EngineConnection c = connector().connect();
        Journey journey = activeJourney(c);
        dialogs.quitChoice = QuitChoice.KEEP_RUNNING;
        QuitEngine quit = new QuitEngine(c, dialogs);
        assertThat(quit.mayQuit()).isTrue();

        Optional<Process> background = quit.quit();
        try {
            assertThat(background).isPresent();
            Instant deadline = Instant.now().plusSeconds(60);
            while (!answers(c.url()) && Instant.now().isBefore(deadline)) {
                assertThat(background.get().isAlive()).as("background engine alive").isTrue();
                Thread.sleep(200); // polling another process's start, with a deadline
            }
            try (EngineConnection next = connector().connect()) {
                assertThat(next.kind()).isEqualTo(EngineConnection.Kind.JOINED);
                assertThat(next.url()).isEqualTo(c.url());
                assertThat(next.gateway().getJourney(journey.id()).journey().status())
                        .isEqualTo(JourneyStatus.ACTIVE);
            }
        } finally {
            background.ifPresent(
                    p -> {
                        p.destroy();
                        try {
                            p.waitFor();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
        }
    }
}
