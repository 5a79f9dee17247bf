package io.tws4j.contracts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One trading session: from {@code start} (inclusive) to {@code end} (exclusive), in the
 * contract's time zone. A session may span midnight (futures open on the evening before).
 *
 * @param start when the session opens
 * @param end when the session closes
 */
public record TradingSession(ZonedDateTime start, ZonedDateTime end) {

    public TradingSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a session ends after it starts: " + start + " - " + end);
        }
    }

    /** Returns whether the session is open at {@code instant}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start.toInstant()) && instant.isBefore(end.toInstant());
    }

    /** Returns how long the session lasts. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
