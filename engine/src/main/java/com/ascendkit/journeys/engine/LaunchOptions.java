package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.api.edge.HttpLimits;
import com.ascendkit.journeys.engine.journeys.JourneyLimits;
import com.ascendkit.journeys.engine.runtime.email.Sender;
import com.ascendkit.journeys.engine.runtime.email.SmtpConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's command line (and, for SMTP, the environment variables it falls back to). {@code
 * smtp} null: no SMTP server, emails stay in the outbox; {@code defaultSender} null: the run-time's
 * default.
 */
record LaunchOptions(
        String createEnvironment,
        int port,
        String host,
        Path dataDir,
        Path credentialsFile,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        boolean simulatedClock,
        SmtpConfig smtp,
        Sender defaultSender,
        JourneyLimits journeyLimits,
        boolean help,
        HttpLimits httpLimits) {

    static final String USAGE =
            String.join(
                    "\n",
                    "usage: java -jar journey-engine.jar [options]",
                    "       java -jar journey-engine.jar create-environment <name> [options]",
                    "  --port <n>                 port to listen on (default 8765; 0 = any free port)",
                    "  --host <address>           address to listen on (default 127.0.0.1)",
                    "  --data <dir>               data directory of the embedded database",
                    "                             (default: JOURNEYS_DATA_DIR, else the platform's)",
                    "  --database-url <jdbc-url>  use this PostgreSQL database instead",
                    "  --database-user <user>     its user",
                    "  --database-password <pw>   its password",
                    "  --credentials <file>       the credentials file (default: the platform's)",
                    "  --clock wall|simulated     simulated: time stands still at start until",
                    "                             POST /v1/dev/clock",
                    SmtpOptions.USAGE,
                    HttpOptions.USAGE,
                    "  --max-nodes <n>            nodes one journey may have (default 10000)",
                    "  --max-transitions <n>      transitions one journey may have (default 20000)",
                    "  --help                     this text");

    static LaunchOptions parse(String... args) {
        return parse(Map.of(), args);
    }

    /** Parses {@code args}; SMTP settings not given there are read from {@code env}. */
    static LaunchOptions parse(Map<String, String> env, String... args) {
        SmtpOptions smtp = new SmtpOptions();
        String create = null;
        int port = Engine.DEFAULT_PORT;
        String host = Engine.DEFAULT_HOST;
        Path data = null;
        Path credentials = null;
        String url = null;
        String user = null;
        String password = null;
        boolean simulated = false;
        boolean help = false;
        HttpLimits httpLimits = HttpLimits.defaults();
        int maxNodes = JourneyLimits.DEFAULT.maxNodes();
        int maxTransitions = JourneyLimits.DEFAULT.maxTransitions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "create-environment" -> create = value(args, ++i, a);
                case "--port" -> port = port(value(args, ++i, a));
                case "--host" -> host = value(args, ++i, a);
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--credentials" -> credentials = Path.of(value(args, ++i, a));
                case "--database-url" -> url = value(args, ++i, a);
                case "--database-user" -> user = value(args, ++i, a);
                case "--database-password" -> password = value(args, ++i, a);
                case "--clock" -> simulated = clock(value(args, ++i, a));
                case "--max-nodes" -> maxNodes = count(value(args, ++i, a), a, 1);
                case "--max-transitions" -> maxTransitions = count(value(args, ++i, a), a, 0);
                case "--help", "-h" -> help = true;
                case "--smtp-password" ->
                        throw new IllegalArgumentException(
                                "--smtp-password is not taken: a command line is visible to every"
                                        + " user of the machine; use JOURNEYS_SMTP_PASSWORD or"
                                        + " --smtp-password-file <file>");
                default -> {
                    if (HttpOptions.takesValue(a)) {
                        httpLimits = HttpOptions.apply(httpLimits, a, value(args, ++i, a));
                    } else if (SmtpOptions.isSwitch(a)) {
                        smtp.set(a, "true");
                    } else if (SmtpOptions.takesValue(a)) {
                        smtp.set(a, value(args, ++i, a));
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + a + "'");
                    }
                }
            }
        }
        if (url != null && data != null) {
            throw new IllegalArgumentException("give --data or --database-url, not both");
        }
        if (url == null && (user != null || password != null)) {
            throw new IllegalArgumentException(
                    "--database-user and --database-password need --database-url");
        }
        return new LaunchOptions(
                create,
                port,
                host,
                data,
                credentials,
                url,
                user,
                password,
                simulated,
                smtp.smtp(env),
                smtp.defaultSender(env),
                new JourneyLimits(maxNodes, maxTransitions),
                help,
                httpLimits);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid port '" + text + "' for --port: use 0-65535");
    }

    private static int count(String text, String option, int min) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "invalid count '" + text + "' for " + option + ": use a whole number >= " + min);
    }

    private static boolean clock(String text) {
        return switch (text) {
            case "wall" -> false;
            case "simulated" -> true;
            default ->
                    throw new IllegalArgumentException(
                            "invalid clock '" + text + "' for --clock: use wall or simulated");
        };
    }
}
