package com.ascendkit.journeys.studio.connection.keys;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The OS keychain through java-keyring: macOS Keychain, Windows Credential Manager, the Secret
 * Service (GNOME Keyring, KWallet) on Linux. One entry per engine URL under {@link #SERVICE}.
 */
final class KeychainBackend implements KeyBackend {
    static final String SERVICE = "Journey Studio remote engine";

    private final Keyring keyring;

    private KeychainBackend(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The keychain, if one answers: a probe entry is written, read back and removed, because on
     * Linux the library loads even where no Secret Service runs and fails only on first use.
     */
    static Optional<KeyBackend> probe(StringBuilder whyNot) {
        try {
            Keyring k = Keyring.create();
            String account = "probe-" + ProcessHandle.current().pid();
            k.setPassword(SERVICE, account, "probe");
            boolean works = "probe".equals(k.getPassword(SERVICE, account));
            k.deletePassword(SERVICE, account);
            if (works) {
                return Optional.of(new KeychainBackend(k));
            }
            whyNot.append("the keychain did not give back what was stored");
        } catch (BackendNotSupportedException | PasswordAccessException | RuntimeException e) {
            whyNot.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        } catch (LinkageError e) { // native library missing on this platform
            whyNot.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return Optional.empty();
    }

    @Override
    public void put(String engineUrl, String key) {
        try {
            keyring.setPassword(SERVICE, engineUrl, key);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException(
                    "Could not store the key for " + engineUrl + " in the OS keychain", e);
        }
    }

    @Override
    public Optional<String> get(String engineUrl) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, engineUrl));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // no entry: the library says so with this exception
        }
    }

    @Override
    public void remove(String engineUrl) {
        try {
            keyring.deletePassword(SERVICE, engineUrl);
        } catch (PasswordAccessException e) {
            // nothing stored for it
        }
    }

    @Override
    public String where() {
        return "the OS keychain";
    }
}
