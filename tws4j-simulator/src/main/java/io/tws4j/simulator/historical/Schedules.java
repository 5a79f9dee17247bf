package io.tws4j.simulator.historical;

import io.tws4j.contracts.TradingSession;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.ScheduleSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Trading schedules: every session (regular, or all) of the trading days from the one of
 * {@code from} to the one of {@code end}, whole, in the exchange's zone. Unlike data, a schedule
 * may reach past the gateway's now: the calendar is known. The schedule's start and end are its
 * first session's start and last session's end (inferred).
 */
final class Schedules {

    private Schedules() {}

    static HistoricalSchedule of(TradingTime time, Instant from, Instant end) {
        ZoneId zone = time.calendar().zone();
        LocalDate last = time.calendar().tradingDayAt(end).orElse(LocalDate.ofInstant(end, zone));
        LocalDate first = time.calendar().tradingDayAt(from).orElse(LocalDate.ofInstant(from, zone));
        List<ScheduleSession> sessions = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (TradingSession session : time.sessionsOf(day)) {
                if (session.end().toInstant().isAfter(from)) {
                    sessions.add(new ScheduleSession(day, session.start(), session.end()));
                }
            }
        }
        if (sessions.isEmpty()) {
            return new HistoricalSchedule(from.atZone(zone), end.atZone(zone), zone, sessions);
        }
        return new HistoricalSchedule(sessions.getFirst().start(), sessions.getLast().end(), zone, sessions);
    }
}
