package io.tws4j.simulator.orders;

import io.tws4j.contracts.TradingSession;
import io.tws4j.simulator.market.SessionKind;
import io.tws4j.simulator.market.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** When an instrument's sessions open and close, as orders need it: auctions, expiries, and whether an order may trade now. */
final class Sessions {
    /** How far ahead to look for a session. */
    private static final int MAX_DAYS = 31;

    private Sessions() {}

    /** Returns the start of the first regular session that opens at or after {@code time}. */
    static Optional<Instant> nextRegularOpen(TradingCalendar calendar, Instant time) {
        return first(calendar, time, true, true);
    }

    /** Returns the end of the regular session open at {@code time}, or of the next one. */
    static Optional<Instant> regularClose(TradingCalendar calendar, Instant time) {
        return first(calendar, time, true, false);
    }

    /**
     * Returns when a day order placed at {@code time} expires: at the end of the trading day's
     * last session (regular hours only, unless it may trade outside them), or of the next trading
     * day's when the day's sessions are over.
     */
    static Optional<Instant> dayEnd(TradingCalendar calendar, Instant time, boolean outsideRth) {
        LocalDate from = LocalDate.ofInstant(time, calendar.zone()).minusDays(1);
        for (LocalDate day = from; day.isBefore(from.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            List<TradingSession> sessions = calendar.sessionsOf(day, !outsideRth);
            if (!sessions.isEmpty() && sessions.getLast().end().toInstant().isAfter(time)) {
                return Optional.of(sessions.getLast().end().toInstant());
            }
        }
        return Optional.empty();
    }

    /** Returns whether an order may trade at {@code time}: in regular hours, or in any session if it may trade outside them. */
    static boolean mayTrade(TradingCalendar calendar, Instant time, boolean outsideRth) {
        Optional<SessionKind> kind = calendar.sessionAt(time);
        return kind.isPresent() && (kind.get() == SessionKind.REGULAR || outsideRth);
    }

    private static Optional<Instant> first(TradingCalendar calendar, Instant time, boolean regularOnly, boolean opens) {
        LocalDate from = LocalDate.ofInstant(time, calendar.zone()).minusDays(1);
        for (LocalDate day = from; day.isBefore(from.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            for (TradingSession session : calendar.sessionsOf(day, regularOnly)) {
                Instant edge = (opens ? session.start() : session.end()).toInstant();
                if (opens ? !edge.isBefore(time) : edge.isAfter(time)) {
                    return Optional.of(edge);
                }
            }
        }
        return Optional.empty();
    }
}
