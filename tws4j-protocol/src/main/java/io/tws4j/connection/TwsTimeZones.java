package io.tws4j.connection;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the time zone names a gateway puts in its connection time and date strings to
 * {@link ZoneId}s. Gateways send IANA ids ({@code America/New_York}), legacy ids
 * ({@code US/Eastern}), abbreviations that name a region rather than an offset ({@code EST} all
 * year round) and Windows names ({@code China Standard Time}).
 *
 * <p>More aliases can be given in the system property {@code tws4j.timeZoneAliases}, as
 * {@code Name=Zone} pairs separated by semicolons.
 */
public final class TwsTimeZones {
    /** System property with extra aliases: {@code Name=Zone;Other Name=Zone}. */
    public static final String ALIASES_PROPERTY = "tws4j.timeZoneAliases";

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("America/New_York", "EST", "EDT", "ET", "Eastern Standard Time", "US Eastern Standard Time");
        alias("America/Chicago", "CST", "CDT", "CT", "Central Standard Time");
        alias("America/Denver", "MST", "MDT", "Mountain Standard Time");
        alias("America/Los_Angeles", "PST", "PDT", "PT", "Pacific Standard Time");
        alias("Europe/London", "GMT Standard Time", "BST");
        alias("Europe/Berlin", "CEST", "MEST", "W. Europe Standard Time");
        alias("Europe/Paris", "Romance Standard Time");
        alias("Europe/Budapest", "Central Europe Standard Time");
        alias("Europe/Zurich", "Central European Standard Time");
        alias("Asia/Shanghai", "China Standard Time");
        alias("Asia/Hong_Kong", "HKT");
        alias("Asia/Tokyo", "JST", "Tokyo Standard Time");
        alias("Asia/Seoul", "KST", "Korea Standard Time");
        alias("Asia/Singapore", "SGT", "Singapore Standard Time");
        alias("Asia/Kolkata", "India Standard Time");
        alias("Australia/Sydney", "AEST", "AEDT", "AUS Eastern Standard Time");
        alias("UTC", "Coordinated Universal Time", "UTC Standard Time", "Z");
    }

    private TwsTimeZones() {}

    /** Returns the zone a gateway's time zone name stands for, if it is known. */
    public static Optional<ZoneId> resolve(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String configured = configuredAliases().get(trimmed.toUpperCase(Locale.ROOT));
        String alias = configured != null ? configured : ALIASES.get(trimmed.toUpperCase(Locale.ROOT));
        try {
            return Optional.of(ZoneId.of(alias != null ? alias : trimmed));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void alias(String zone, String... names) {
        for (String name : names) {
            ALIASES.put(name.toUpperCase(Locale.ROOT), zone);
        }
    }

    private static Map<String, String> configuredAliases() {
        String property = System.getProperty(ALIASES_PROPERTY, "");
        Map<String, String> aliases = new HashMap<>();
        for (String pair : property.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                aliases.put(pair.substring(0, equals).strip().toUpperCase(Locale.ROOT), pair.substring(equals + 1).strip());
            }
        }
        return aliases;
    }
}
