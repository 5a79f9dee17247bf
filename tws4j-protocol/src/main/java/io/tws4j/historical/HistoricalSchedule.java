package io.tws4j.historical;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An instrument's trading schedule over a period, as TWS's historical data service gives it.
 *
 * @param start the start of the period
 * @param end the end of the period
 * @param zone the zone the schedule's times are in (the exchange's)
 * @param sessions the sessions, in time order
 */
public record HistoricalSchedule(ZonedDateTime start, ZonedDateTime end, ZoneId zone, List<ScheduleSession> sessions) {

    public HistoricalSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        sessions = List.copyOf(sessions);
    }
}
