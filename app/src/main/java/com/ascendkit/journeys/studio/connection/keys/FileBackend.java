package com.ascendkit.journeys.studio.connection.keys;

import com.ascendkit.journeys.localconfig.OwnerOnly;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The fallback where no keychain service runs (a server, a container): a properties file of engine
 * URL → key, created with mode 0600 (read and write for the user only; an owner-only ACL on
 * Windows), in a 0700 directory when it makes one, and rewritten through a temp file of the same
 * mode, so the key is never readable by others, not even for a moment. As the CLI's credentials
 * file, it is plain text protected by its permissions.
 */
final class FileBackend implements KeyBackend {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    FileBackend(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void put(String engineUrl, String key) {
        Properties p = load();
        p.setProperty(engineUrl, key);
        save(p);
    }

    @Override
    public synchronized Optional<String> get(String engineUrl) {
        return Optional.ofNullable(load().getProperty(engineUrl));
    }

    @Override
    public synchronized void remove(String engineUrl) {
        Properties p = load();
        if (p.remove(engineUrl) != null) {
            save(p);
        }
    }

    @Override
    public String where() {
        return file + " (readable by you only)";
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return p;
    }

    private void save(Properties p) {
        try {
            OwnerOnly.createDirectory(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            OwnerOnly.createFile(tmp);
            StringWriter text = new StringWriter();
            p.store(text, "Journey Studio: secret keys of remote engines. Keep private.");
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
