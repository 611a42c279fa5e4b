package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.EngineMain;
import com.ascendkit.journeys.engine.files.DataDirectory;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.LocalEngine;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.localconfig.OwnerOnly;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine the editor runs in-process when none is running for its data directory: the same
 * server code as {@code journey-engine.jar} ({@link LocalEngine}: the {@code development}
 * environment and the credentials file), on a free loopback port, with the embedded H2 database in
 * the data directory. {@link #detach()} hands it over to a background process on the same port, so
 * the journeys keep running after the editor quits.
 */
public final class EmbeddedEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngine.class);

    private final AppDirs dirs;
    private final Engine engine;
    private final int port;

    private EmbeddedEngine(AppDirs dirs, Engine engine) {
        this.dirs = dirs;
        this.engine = engine;
        this.port = engine.port();
    }

    /**
     * Starts an engine on {@code dirs}; {@code port} 0 takes a free one.
     *
     * @throws com.ascendkit.journeys.engine.DataDirInUseException when another process has the data
     *     directory's database open
     */
    public static EmbeddedEngine start(AppDirs dirs, int port) {
        long started = System.nanoTime();
        Engine engine =
                LocalEngine.start(
                        Engine.builder()
                                .database(DatabaseConfig.embedded(dirs.dataDir()))
                                .host(Engine.DEFAULT_HOST)
                                .port(port),
                        dirs.credentialsFile());
        LOG.info(
                "embedded engine on {} with data in {}, started in {} ms",
                engine.url(),
                dirs.dataDir(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedEngine(dirs, engine);
    }

    public String url() {
        return "http://" + Engine.DEFAULT_HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dirs.dataDir();
    }

    /** Stops serving and closes the database (releasing its file lock). Idempotent. */
    @Override
    public void close() {
        engine.stop();
    }

    /**
     * Stops this engine and starts the same one as a background process ({@code java -cp <this
     * class path> EngineMain --port <port> --data <dir>}) that outlives the editor; its log goes to
     * {@code engine.log} in the data directory. The next editor joins it.
     *
     * @return the process started
     */
    public Process detach() {
        close();
        List<String> command = detachedCommand();
        Path log = dirs.dataDir().resolve("engine.log");
        try {
            DataDirectory.prepare(dirs.dataDir()).forEach(LOG::warn);
            // The log names users and journeys: owner-only like the rest of the directory.
            if (!Files.exists(log)) {
                OwnerOnly.createFile(log);
            } else {
                OwnerOnly.restrict(log);
            }
            ProcessBuilder pb =
                    new ProcessBuilder(command)
                            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .redirectErrorStream(true);
            Process p = pb.start();
            LOG.info("engine keeps running in the background (pid {}), log: {}", p.pid(), log);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the background engine", e);
        }
    }

    List<String> detachedCommand() {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            // its own session: a Ctrl-C in the editor's terminal does not reach it
            command.add(setsid.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EngineMain.class.getName());
        command.add("--port");
        command.add(Integer.toString(port));
        command.add("--data");
        command.add(dirs.dataDir().toAbsolutePath().toString());
        command.add("--credentials");
        command.add(dirs.credentialsFile().toAbsolutePath().toString());
        return command;
    }

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }
}
