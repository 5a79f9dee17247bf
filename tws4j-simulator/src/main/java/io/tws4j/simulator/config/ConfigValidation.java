package io.tws4j.simulator.config;

import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The errors TWS finds in a configuration update; any one of them and TWS applies nothing.
 *
 * <p>IB documents one rule: the API may change settings only after Read-Only API has been
 * unchecked in TWS itself. The others are inferred from what TWS's dialogs accept: ports,
 * non-negative numbers, the log levels its selector offers, address literals for trusted IPs,
 * a 12-hour Lock and Exit time, and message ids TWS knows. Each error names the field's path.
 */
final class ConfigValidation {
    static final String READ_ONLY =
            "Read-Only API is enabled: uncheck it in Global Configuration > API > Settings before changing settings through the API";
    private static final Set<String> LOG_LEVELS = Set.of("system", "error", "warning", "information", "detail");
    private static final Pattern CLOCK = Pattern.compile("(0?[1-9]|1[0-2]):[0-5][0-9]");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}");

    private ConfigValidation() {}

    static List<String> errors(Configuration current, ConfigUpdateRequest update) {
        if (current.api().settings().readOnlyApi().orElse(false)) {
            return List.of(READ_ONLY);
        }
        List<String> errors = new ArrayList<>();
        settings(current.api().settings(), update.api().settings(), errors);
        lockAndExit(update.lockAndExit(), errors);
        for (MessageConfig message : update.messages()) {
            if (current.message(message.id()).isEmpty()) {
                errors.add("messages[" + message.id() + "]: TWS has no message with id " + message.id());
            }
        }
        return errors;
    }

    private static void settings(ApiSettings current, ApiSettings update, List<String> errors) {
        String path = "api.settings.";
        if (update.readOnlyApi().isPresent() && !update.readOnlyApi().equals(current.readOnlyApi())) {
            errors.add(path + "readOnlyApi: Read-Only API can be changed only in TWS itself");
        }
        update.socketPort().ifPresent(port -> check(port >= 1 && port <= 65_535, path + "socketPort: " + port
                + " is not a port (1 to 65535)", errors));
        update.masterClientId().ifPresent(id -> check(id >= 0, path + "masterClientId: " + id + " is negative", errors));
        update.bulkDataTimeout().ifPresent(seconds -> check(seconds >= 0, path + "bulkDataTimeout: " + seconds
                + " is negative", errors));
        update.historicalDataMaxSize().ifPresent(size -> check(size >= 1, path + "historicalDataMaxSize: " + size
                + " is not a size TWS offers", errors));
        update.loggingLevel().ifPresent(level -> check(LOG_LEVELS.contains(level.toLowerCase(Locale.ROOT)), path
                + "loggingLevel: '" + level + "' is not one of system, error, warning, information, detail", errors));
        for (String address : update.trustedIps()) {
            check(IPV4.matcher(address).matches() || IPV6.matcher(address).matches(), path + "trustedIps: '" + address
                    + "' is not an IP address", errors);
        }
    }

    private static void lockAndExit(LockAndExit update, List<String> errors) {
        String path = "lockAndExit.";
        update.autoLogoffTime().ifPresent(time -> check(CLOCK.matcher(time).matches(), path + "autoLogoffTime: '"
                + time + "' is not hh:mm on a 12-hour clock", errors));
        update.autoLogoffPeriod().ifPresent(period -> check(oneOf(period, "AM", "PM"), path + "autoLogoffPeriod: '"
                + period + "' is not AM or PM", errors));
        update.autoLogoffType().ifPresent(type -> check(oneOf(type, LockAndExit.RESTART, LockAndExit.LOGOFF), path
                + "autoLogoffType: '" + type + "' is not restart or logoff", errors));
    }

    private static boolean oneOf(String value, String... allowed) {
        return Arrays.stream(allowed).anyMatch(value::equalsIgnoreCase);
    }

    private static void check(boolean valid, String error, List<String> errors) {
        if (!valid) {
            errors.add(error);
        }
    }
}
