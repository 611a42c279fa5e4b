package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.runtime.email.Sender;
import com.ascendkit.journeys.engine.runtime.email.SmtpConfig;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The launcher's SMTP settings: each flag, else its {@code JOURNEYS_SMTP_*} environment variable.
 * The password is read only from {@code JOURNEYS_SMTP_PASSWORD} or from a file ({@code
 * --smtp-password-file}, {@code JOURNEYS_SMTP_PASSWORD_FILE}), never from the command line, which
 * every user of the machine can read; it is never logged ({@link SmtpConfig#toString()} leaves it
 * out). Not thread-safe (a parser).
 */
final class SmtpOptions {
    static final String USAGE =
            String.join(
                    "\n",
                    "  --smtp-host <host>         deliver email through this SMTP server (else emails",
                    "                             stay in the outbox, marked delivered_locally)",
                    "  --smtp-port <n>            default 587 with --smtp-starttls, 465 with",
                    "                             --smtp-ssl, else 25",
                    "  --smtp-user <user>         authenticate as this user; the password comes from",
                    "  --smtp-password-file <f>   this file, or JOURNEYS_SMTP_PASSWORD",
                    "  --smtp-starttls            upgrade the connection with STARTTLS (required)",
                    "  --smtp-ssl                 connect with TLS from the start",
                    "  --default-sender <addr>    the sender of last resort, e.g. 'Acme <hi@acme.io>'",
                    "                             (default journeys@localhost)",
                    "  each also as an environment variable: JOURNEYS_SMTP_HOST, _PORT, _USER,",
                    "  _PASSWORD_FILE, _STARTTLS=true, _SSL=true, JOURNEYS_DEFAULT_SENDER");

    private static final Map<String, String> ENV_OF =
            Map.of(
                    "--smtp-host", "JOURNEYS_SMTP_HOST",
                    "--smtp-port", "JOURNEYS_SMTP_PORT",
                    "--smtp-user", "JOURNEYS_SMTP_USER",
                    "--smtp-password-file", "JOURNEYS_SMTP_PASSWORD_FILE",
                    "--smtp-starttls", "JOURNEYS_SMTP_STARTTLS",
                    "--smtp-ssl", "JOURNEYS_SMTP_SSL",
                    "--default-sender", "JOURNEYS_DEFAULT_SENDER");

    private final Map<String, String> flags = new HashMap<>();

    /** Whether {@code option} is one of these, taking a value ({@code --smtp-host}) or not. */
    static boolean takesValue(String option) {
        return ENV_OF.containsKey(option) && !isSwitch(option);
    }

    static boolean isSwitch(String option) {
        return option.equals("--smtp-starttls") || option.equals("--smtp-ssl");
    }

    void set(String option, String value) {
        flags.put(option, value);
    }

    /** The SMTP server to deliver through, or null for none. */
    SmtpConfig smtp(Map<String, String> env) {
        String host = value("--smtp-host", env);
        boolean startTls = bool("--smtp-starttls", env);
        boolean ssl = bool("--smtp-ssl", env);
        String user = value("--smtp-user", env);
        String portText = value("--smtp-port", env);
        String passwordFile = value("--smtp-password-file", env);
        if (host == null) {
            if (startTls || ssl || user != null || portText != null || passwordFile != null) {
                throw new IllegalArgumentException(
                        "the SMTP options need --smtp-host (or JOURNEYS_SMTP_HOST)");
            }
            return null;
        }
        if (startTls && ssl) {
            throw new IllegalArgumentException("give --smtp-starttls or --smtp-ssl, not both");
        }
        int port = portText == null ? (ssl ? 465 : startTls ? 587 : 25) : port(portText);
        String password = password(passwordFile, env);
        if (password != null && user == null) {
            throw new IllegalArgumentException("an SMTP password needs --smtp-user");
        }
        return new SmtpConfig(host, port, startTls, ssl, user, password, null);
    }

    /** The sender of last resort, or null for the run-time's default. */
    Sender defaultSender(Map<String, String> env) {
        String text = value("--default-sender", env);
        if (text == null) {
            return null;
        }
        try {
            InternetAddress a = new InternetAddress(text, true);
            // Local addresses such as journeys@localhost are allowed: no domain check here.
            if (a.getAddress() == null || a.getAddress().indexOf('@') < 1) {
                throw new AddressException("no address");
            }
            return new Sender(a.getAddress(), a.getPersonal());
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "invalid address '"
                            + text
                            + "' for --default-sender: use 'name@example.com' or"
                            + " 'Name <name@example.com>'");
        }
    }

    private String value(String option, Map<String, String> env) {
        String v = flags.get(option);
        if (v == null) {
            v = env.get(ENV_OF.get(option));
        }
        return v == null || v.isBlank() ? null : v;
    }

    private boolean bool(String option, Map<String, String> env) {
        if (flags.containsKey(option)) {
            return true;
        }
        String v = env.get(ENV_OF.get(option));
        if (v == null || v.isBlank() || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException(
                "invalid value '" + v + "' for " + ENV_OF.get(option) + ": use true or false");
    }

    private static String password(String file, Map<String, String> env) {
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "cannot read the SMTP password file '" + file + "': " + e.getMessage());
            }
        }
        String fromEnv = env.get("JOURNEYS_SMTP_PASSWORD");
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "invalid port '" + text + "' for --smtp-port: use 1-65535");
    }
}
