package com.ascendkit.journeys.engine.runtime.email;

import java.time.Duration;

/**
 * Where the dispatcher delivers email. {@code startTls} upgrades a plain connection (port 587);
 * {@code ssl} connects with TLS from the start (port 465). {@code username} null means no auth.
 */
public record SmtpConfig(
        String host,
        int port,
        boolean startTls,
        boolean ssl,
        String username,
        String password,
        Duration timeout) {

    public SmtpConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    /** A plain, unauthenticated server (a local relay, or GreenMail in tests). */
    public static SmtpConfig plain(String host, int port) {
        return new SmtpConfig(host, port, false, false, null, null, null);
    }

    @Override
    public String toString() {
        // Never print the password.
        return "SmtpConfig["
                + host
                + ":"
                + port
                + ", startTls="
                + startTls
                + ", ssl="
                + ssl
                + ", user="
                + username
                + "]";
    }
}
