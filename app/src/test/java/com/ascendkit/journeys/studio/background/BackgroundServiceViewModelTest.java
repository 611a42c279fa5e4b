package com.ascendkit.journeys.studio.background;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.studio.settings.StudioSettings;
import com.ascendkit.journeys.studio.sync.CurrentThreadTaskExecutor;
import com.ascendkit.journeys.studio.sync.Notice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundServiceViewModelTest {
    private static final String INSTALLED =
            "systemd user unit journey-engine.service: installed, /home/u/.config/systemd/user/"
                    + "journey-engine.service\nstate: active\n";

    @TempDir Path dir;
    private final FakeServiceCommands commands = new FakeServiceCommands();
    private final List<Notice> notices = new ArrayList<>();
    private StudioSettings settings;

    private BackgroundServiceViewModel vm(ServiceAccess access) {
        settings = StudioSettings.at(dir.resolve("settings.json"));
        return new BackgroundServiceViewModel(
                access, new CurrentThreadTaskExecutor(), settings, notices::add);
    }

    private BackgroundServiceViewModel installedApp() {
        return vm(ServiceAccess.available(commands));
    }

    @Test
    void offersTheServiceOnTheFirstRunWhenItIsNotInstalled() {
        BackgroundServiceViewModel vm = installedApp();

        vm.offerOnFirstRun();

        assertThat(vm.offerShownProperty().get()).isTrue();
        assertThat(commands.ran()).containsExactly("status");
        assertThat(settings.serviceOffered()).isFalse(); // not answered yet: asked again next run
    }

    @Test
    void doesNotOfferAgainOnceAnswered() {
        BackgroundServiceViewModel vm = installedApp();
        settings.recordServiceOffered();

        vm.offerOnFirstRun();

        assertThat(vm.offerShownProperty().get()).isFalse();
        assertThat(commands.ran()).isEmpty();
    }

    @Test
    void doesNotOfferWhatIsInstalledAlreadyAndRemembersThat() {
        commands.answer("status", 0, INSTALLED);
        BackgroundServiceViewModel vm = installedApp();

        vm.offerOnFirstRun();

        assertThat(vm.offerShownProperty().get()).isFalse();
        assertThat(vm.installedProperty().get()).isTrue();
        assertThat(StudioSettings.at(dir.resolve("settings.json")).serviceOffered()).isTrue();
    }

    @Test
    void aStatusThatCannotRunShowsNoOfferAndIsAskedAgainNextRun() {
        commands.failWith(new IOException("cannot run /opt/journey-studio/bin/ascendkit"));
        BackgroundServiceViewModel vm = installedApp();

        vm.offerOnFirstRun();

        assertThat(vm.offerShownProperty().get()).isFalse();
        assertThat(settings.serviceOffered()).isFalse();
    }

    @Test
    void notNowRecordsTheAnswerAndRunsNothing() {
        BackgroundServiceViewModel vm = installedApp();
        vm.offerOnFirstRun();

        vm.declineOffer();

        assertThat(vm.offerShownProperty().get()).isFalse();
        assertThat(commands.ran()).containsExactly("status");
        assertThat(StudioSettings.at(dir.resolve("settings.json")).serviceOffered()).isTrue();
    }

    @Test
    void installRecordsTheAnswerInstallsAndReadsTheStatusAgain() {
        BackgroundServiceViewModel vm = installedApp();
        vm.offerOnFirstRun();
        commands.answer("install", 0, "Wrote systemd user unit …\nThe engine runs …");
        commands.answer("status", 0, INSTALLED);

        vm.acceptOffer();

        assertThat(commands.ran()).containsExactly("status", "install", "status");
        assertThat(vm.offerShownProperty().get()).isFalse();
        assertThat(settings.serviceOffered()).isTrue();
        assertThat(vm.installedProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).contains("installed").contains("state: active");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(notices)
                .containsExactly(
                        Notice.info(
                                "Journeys keep running when Journey Studio is closed: the engine"
                                        + " runs in the background now and starts at each login."));
    }

    @Test
    void aFailedInstallSaysWhatTheCommandSaidWithoutItsErrorPrefix() {
        commands.answer(
                "install",
                1,
                "error: Wrote systemd user unit journey-engine.service: /h/.config/systemd/user/"
                        + "journey-engine.service\nThe service is not running: systemctl --user"
                        + " daemon-reload failed (Failed to connect to bus: No medium found).\n");
        BackgroundServiceViewModel vm = installedApp();

        vm.install();

        String expected =
                "Could not run the engine in the background: Wrote systemd user unit"
                        + " journey-engine.service: /h/.config/systemd/user/journey-engine.service"
                        + "\nThe service is not running: systemctl --user daemon-reload failed"
                        + " (Failed to connect to bus: No medium found).";
        assertThat(notices).containsExactly(Notice.error(expected));
        assertThat(vm.messageProperty().get()).isEqualTo(expected);
        assertThat(vm.installedProperty().get()).isFalse();
    }

    @Test
    void aLauncherThatCannotRunIsReportedPlainly() {
        commands.failWith(
                new IOException("ascendkit engine service install did not finish in 180 s"));
        BackgroundServiceViewModel vm = installedApp();

        vm.install();

        assertThat(notices)
                .containsExactly(
                        Notice.error(
                                "Could not run the engine in the background: ascendkit engine"
                                        + " service install did not finish in 180 s"));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void uninstallRunsUninstallThenTheStatus() {
        commands.answer("uninstall", 0, "Removed systemd user unit …");
        BackgroundServiceViewModel vm = installedApp();

        vm.uninstall();

        assertThat(commands.ran()).containsExactly("uninstall", "status");
        assertThat(vm.installedProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("not installed");
        assertThat(notices)
                .singleElement()
                .extracting(Notice::severity)
                .isEqualTo(Notice.Severity.INFO);
    }

    @Test
    void withoutAnInstalledLauncherNothingIsOfferedOrRunAndTheReasonIsShown() {
        BackgroundServiceViewModel vm = vm(ServiceAccess.notInstalled());

        vm.offerOnFirstRun();
        vm.refreshStatus();
        vm.install();

        assertThat(vm.available()).isFalse();
        assertThat(vm.offerShownProperty().get()).isFalse();
        assertThat(vm.statusProperty().get())
                .isEqualTo(vm.unavailableReason())
                .startsWith("Only the installed Journey Studio can do this");
        assertThat(notices).containsExactly(Notice.warning(vm.unavailableReason()));
        assertThat(settings.serviceOffered()).isFalse();
    }
}
