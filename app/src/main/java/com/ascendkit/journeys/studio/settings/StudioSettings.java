package com.ascendkit.journeys.studio.settings;

import com.ascendkit.journeys.localconfig.LocalDirs;
import com.ascendkit.journeys.localconfig.OwnerOnlyFile;
import com.ascendkit.journeys.localconfig.Platform;
import com.ascendkit.journeys.localconfig.Relocation;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the editor remembers between runs: theme, minimap, the journey list and the inspector shown
 * or collapsed, window size, the last journey open and whether the background service was offered
 * (answered once, never asked again). A small JSON file whose place is given ({@link #at}, the
 * app's config directory; tests a temp dir), written again on every change; {@link #inMemory()}
 * remembers nothing. A missing or unreadable file means the defaults (logged, never fatal). UI
 * thread only.
 */
public final class StudioSettings {
    private static final Logger LOG = LoggerFactory.getLogger(StudioSettings.class);
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Default and smallest window. */
    public static final WindowSize DEFAULT_WINDOW = new WindowSize(1280, 800);

    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    /** The window's inner size. */
    public record WindowSize(double width, double height) {}

    /** The file's content; absent fields take the defaults. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(
            String theme,
            Boolean minimap,
            Double width,
            Double height,
            String lastJourney,
            Boolean serviceOffered,
            Boolean journeyList,
            Boolean inspector) {}

    private final Path file;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty minimap = new SimpleBooleanProperty(this, "minimap", true);
    private final ObjectProperty<Boolean> journeyList =
            new SimpleObjectProperty<>(this, "journeyList");
    private final BooleanProperty inspector = new SimpleBooleanProperty(this, "inspector", true);
    private WindowSize window = DEFAULT_WINDOW;
    private String lastJourney;
    private boolean serviceOffered;

    private StudioSettings(Path file) {
        this.file = file;
        Stored s = file == null ? null : load(file);
        theme.set(s != null && "dark".equals(s.theme()) ? Theme.DARK : Theme.LIGHT);
        if (s != null) {
            minimap.set(s.minimap() == null || s.minimap());
            if (s.width() != null && s.height() != null) {
                window = clamp(s.width(), s.height());
            }
            lastJourney = s.lastJourney();
            serviceOffered = Boolean.TRUE.equals(s.serviceOffered());
            journeyList.set(s.journeyList());
            inspector.set(s.inspector() == null || s.inspector());
        }
        theme.addListener(o -> save());
        minimap.addListener(o -> save());
        journeyList.addListener(o -> save());
        inspector.addListener(o -> save());
    }

    /** Settings kept in {@code file} (made, with its directory, on the first change). */
    public static StudioSettings at(Path file) {
        return new StudioSettings(file);
    }

    /** Settings that start at the defaults and are forgotten on exit. */
    public static StudioSettings inMemory() {
        return new StudioSettings(null);
    }

    /**
     * The file in the user's config directory ({@link LocalDirs#settingsFile}): {@code
     * $XDG_CONFIG_HOME/journey-studio/} or {@code $HOME/.config/journey-studio/} on Linux, {@code
     * ~/Library/Application Support/Journey Studio/} on macOS, {@code %APPDATA%\Journey Studio\} on
     * Windows. On macOS earlier versions used the Linux place: the first call copies what is there
     * (the settings, the fallback key store beside them) to the new one, once, and leaves the old.
     */
    public static Path defaultFile() {
        Map<String, String> env = System.getenv();
        String osName = System.getProperty("os.name", "");
        LocalDirs dirs = dirs(env, osName);
        try {
            List<Path> copied =
                    Relocation.copyIfMissing(
                            dirs.previousStudioConfigDir(),
                            dirs.studioConfigDir(),
                            dirs.settingsFile().getFileName().toString());
            if (!copied.isEmpty()) {
                LOG.info("Copied the settings of an earlier version to {}", dirs.studioConfigDir());
            }
        } catch (UncheckedIOException e) {
            LOG.warn("Could not copy the earlier settings: {}", e.getMessage());
        }
        return dirs.settingsFile();
    }

    /** {@link #defaultFile()} for these environment variables, without copying anything. */
    static Path defaultFile(Map<String, String> env, String osName) {
        return dirs(env, osName).settingsFile();
    }

    /**
     * {@code HOME} (and {@code USERPROFILE} on Windows) come before Java's {@code user.home} (the
     * account's home, whatever {@code HOME} says), as in the engine's and the CLI's own
     * directories, so that everything of one user lands under the same home; {@code user.home}
     * fills in when they are unset, so the editor always has a place for its settings.
     */
    private static LocalDirs dirs(Map<String, String> env, String osName) {
        Map<String, String> withHome = new HashMap<>(env);
        String home = System.getProperty("user.home");
        for (String variable : List.of("HOME", "USERPROFILE")) {
            String value = env.get(variable);
            if ((value == null || value.isBlank()) && home != null) {
                withHome.put(variable, home);
            }
        }
        return new LocalDirs(Platform.of(osName), withHome);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether the minimap is shown (View menu). */
    public BooleanProperty minimapProperty() {
        return minimap;
    }

    /**
     * Whether the journey list is shown, as the user last chose with its toolbar button; null until
     * they do (the window then decides by its width).
     */
    public ObjectProperty<Boolean> journeyListProperty() {
        return journeyList;
    }

    /** Whether the inspector is shown (its toolbar button). */
    public BooleanProperty inspectorProperty() {
        return inspector;
    }

    public WindowSize windowSize() {
        return window;
    }

    /** Remembers the window's size (no smaller than {@value #MIN_WIDTH}×{@value #MIN_HEIGHT}). */
    public void windowSize(double width, double height) {
        window = clamp(width, height);
        save();
    }

    public Optional<String> lastJourney() {
        return Optional.ofNullable(lastJourney);
    }

    public void lastJourney(String journeyId) {
        if (journeyId != null && !journeyId.equals(lastJourney)) {
            lastJourney = journeyId;
            save();
        }
    }

    /** Whether the user answered the offer to run the engine in the background (either way). */
    public boolean serviceOffered() {
        return serviceOffered;
    }

    /** Records that the offer was answered, so it is not shown again. */
    public void recordServiceOffered() {
        if (!serviceOffered) {
            serviceOffered = true;
            save();
        }
    }

    private static WindowSize clamp(double width, double height) {
        if (!Double.isFinite(width) || !Double.isFinite(height)) {
            return DEFAULT_WINDOW;
        }
        return new WindowSize(Math.max(MIN_WIDTH, width), Math.max(MIN_HEIGHT, height));
    }

    private static Stored load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the settings in {}: {}", file, e.getMessage());
            return null;
        }
    }

    /** Writes the whole file anew ({@link OwnerOnlyFile}): a crash never leaves half a file. */
    private void save() {
        if (file == null) {
            return;
        }
        Stored s =
                new Stored(
                        theme.get() == Theme.DARK ? "dark" : "light",
                        minimap.get(),
                        window.width(),
                        window.height(),
                        lastJourney,
                        serviceOffered ? Boolean.TRUE : null,
                        journeyList.get(),
                        inspector.get() ? null : Boolean.FALSE);
        try {
            // Like the keys file, the settings are the user's only: the last journey's id and the
            // window say what the user works on.
            OwnerOnlyFile.write(file, MAPPER.writeValueAsString(s) + "\n");
        } catch (IOException e) {
            LOG.warn("Could not save the settings to {}: {}", file, e.getMessage());
        }
    }
}
