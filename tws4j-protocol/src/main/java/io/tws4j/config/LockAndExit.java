package io.tws4j.config;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * TWS's Lock and Exit settings: when TWS logs off or restarts by itself each day. TWS states the
 * time on a 12-hour clock, {@code 11:45} with the period {@code PM}. Each value is empty when TWS
 * did not report it or, in an update, when it is to stay as it is.
 *
 * {@snippet :
 * LockAndExit restart = LockAndExit.autoRestartAt(LocalTime.of(23, 45));   // 11:45, PM, restart
 * }
 *
 * @param autoLogoffTime the time of day on a 12-hour clock, {@code hh:mm}
 * @param autoLogoffPeriod {@code AM} or {@code PM}
 * @param autoLogoffType what TWS does then: {@value #RESTART} or {@value #LOGOFF}
 */
public record LockAndExit(Optional<String> autoLogoffTime, Optional<String> autoLogoffPeriod,
                          Optional<String> autoLogoffType) {
    /** The type of a daily restart. */
    public static final String RESTART = "restart";
    /** The type of a daily log off. */
    public static final String LOGOFF = "logoff";
    /** Lock and Exit settings with no value at all. */
    public static final LockAndExit EMPTY = new LockAndExit(Optional.empty(), Optional.empty(), Optional.empty());

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("hh:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK_WITH_PERIOD = DateTimeFormatter.ofPattern("h:mm a", Locale.ROOT);

    public LockAndExit {
        Values.requireNonNull(autoLogoffTime, autoLogoffPeriod, autoLogoffType);
    }

    /** Returns the settings that restart TWS every day at {@code time}. */
    public static LockAndExit autoRestartAt(LocalTime time) {
        return at(time, RESTART);
    }

    /** Returns the settings that log TWS off every day at {@code time}. */
    public static LockAndExit autoLogoffAt(LocalTime time) {
        return at(time, LOGOFF);
    }

    /** Returns whether no value is present. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Returns the time of day as a {@link LocalTime}, if both the time and the period are present and well formed. */
    public Optional<LocalTime> localTime() {
        if (autoLogoffTime.isEmpty() || autoLogoffPeriod.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = autoLogoffTime.get().strip() + " " + autoLogoffPeriod.get().strip().toUpperCase(Locale.ROOT);
            return Optional.of(LocalTime.parse(text, CLOCK_WITH_PERIOD));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LockAndExit at(LocalTime time, String type) {
        Objects.requireNonNull(time);
        String period = time.getHour() < 12 ? "AM" : "PM";
        return new LockAndExit(Optional.of(CLOCK.format(time)), Optional.of(period), Optional.of(type));
    }
}
