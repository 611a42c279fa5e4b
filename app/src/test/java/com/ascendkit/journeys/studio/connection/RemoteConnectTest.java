package com.ascendkit.journeys.studio.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.localconfig.Platform;
import com.ascendkit.journeys.studio.connection.keys.RemoteKeys;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.sync.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteConnectTest {
    @TempDir Path dir;
    private final TestEngine engine = TestEngine.shared();
    private final TestEngine.Environment env = engine.newEnvironment();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<EngineConnection> connected = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private RemoteKeys keys;
    private RemoteConnect remote;

    private void build() {
        keys = RemoteKeys.file(dir.resolve("remote-keys"));
        Map<String, String> noEnv =
                Map.of(
                        "HOME",
                        dir.toString(),
                        AppDirs.DATA_DIR_VARIABLE,
                        dir.resolve("d").toString());
        EngineConnector connector =
                new EngineConnector(
                        noEnv,
                        Platform.LINUX,
                        AppDirs.of("Linux", noEnv),
                        Clock.systemUTC(),
                        Duration.ZERO);
        remote =
                new RemoteConnect(
                        dialogs,
                        keys,
                        new CurrentThreadTaskExecutor(),
                        connector::connectRemote,
                        connected::add,
                        errors::add);
    }

    @AfterEach
    void close() {
        connected.forEach(EngineConnection::close);
    }

    @Test
    void connectsWithTheEnteredKeyAndKeepsIt() {
        build();
        dialogs.remoteEngine =
                Optional.of(new Dialogs.RemoteEngine(engine.url() + "/", env.secretKey()));

        remote.ask("");

        assertThat(errors).isEmpty();
        assertThat(connected).hasSize(1);
        assertThat(connected.get(0).kind()).isEqualTo(EngineConnection.Kind.REMOTE);
        assertThat(connected.get(0).environment()).isEqualTo(env.name());
        assertThat(keys.lookup(engine.url())).contains(env.secretKey());
    }

    @Test
    void anEmptyKeyIsTheOneKeptForTheUrl() {
        build();
        keys.store(engine.url(), env.secretKey());
        dialogs.remoteEngine = Optional.of(new Dialogs.RemoteEngine(engine.url(), ""));

        remote.ask(engine.url());

        assertThat(connected).hasSize(1);
        assertThat(dialogs.asked.get(0)).contains("remote-keys");
    }

    @Test
    void aRefusedKeyIsNotKeptAndNotShown() {
        build();
        String wrong = "sk_test_wrong_0123456789";
        dialogs.remoteEngine = Optional.of(new Dialogs.RemoteEngine(engine.url(), wrong));

        remote.ask("");

        assertThat(connected).isEmpty();
        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("Could not connect")
                .doesNotContain(wrong);
        assertThat(keys.lookup(engine.url())).isEmpty();
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedByName() {
        build();
        dialogs.remoteEngine = Optional.of(new Dialogs.RemoteEngine("engine:7070", "sk_x"));

        remote.ask("");

        assertThat(errors)
                .containsExactly(
                        "Could not connect: url must start with http:// or https://, not 'engine:7070'");
    }
}
