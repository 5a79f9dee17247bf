package io.tws4j.historical;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One session of a trading schedule.
 *
 * @param tradingDay the trading day the session belongs to (a futures session opening the evening before belongs to the next day)
 * @param start when it opens, in the schedule's zone
 * @param end when it closes, in the schedule's zone
 */
public record ScheduleSession(LocalDate tradingDay, ZonedDateTime start, ZonedDateTime end) {

    public ScheduleSession {
        Objects.requireNonNull(tradingDay, "tradingDay");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
