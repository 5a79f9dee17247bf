package io.tws4j.simulator.market;

import io.tws4j.contracts.TradingHours;
import io.tws4j.contracts.TradingSession;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a market trades: its zone, the sessions of a trading day (all trading hours, and the
 * regular ones within them), the weekdays it trades and its holidays. Answers "is it open at
 * this instant" in constant time, and writes the trading and liquid hours of contract details.
 *
 * {@snippet :
 * TradingCalendar nyse = TradingCalendar.builder(ZoneId.of("America/New_York"), Holidays.US)
 *         .session(SessionWindow.of("04:00", "20:00"))
 *         .regular(SessionWindow.of("09:30", "16:00"))
 *         .build();
 * }
 */
public final class TradingCalendar {
    /** How far back a search for the last session looks before giving up. */
    private static final int MAX_DAYS_WITHOUT_SESSION = 30;

    private final ZoneId zone;
    private final List<SessionWindow> sessions;
    private final List<SessionWindow> regular;
    private final Set<DayOfWeek> tradingDays;
    private final Holidays holidays;
    private final Map<LocalDate, Day> days = new ConcurrentHashMap<>();
    /** The session kind of each minute, by hour; scans run through consecutive seconds, hence the last-hour shortcut. */
    private final SlotCache<Hour> hours = new SlotCache<>(4_096);
    private volatile Hour lastHour = new Hour(Long.MIN_VALUE, new SessionKind[0]);

    private TradingCalendar(Builder builder) {
        this.zone = builder.zone;
        this.sessions = List.copyOf(builder.sessions);
        this.regular = builder.regular.isEmpty() ? this.sessions : List.copyOf(builder.regular);
        this.tradingDays = Set.copyOf(builder.tradingDays);
        this.holidays = builder.holidays;
    }

    /** Starts a calendar trading Monday to Friday in {@code zone}. */
    public static Builder builder(ZoneId zone, Holidays holidays) {
        return new Builder(zone, holidays);
    }

    /** Returns the market's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Returns whether the market trades on {@code day}. */
    public boolean isTradingDay(LocalDate day) {
        return tradingDays.contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
    }

    /** Returns which session {@code instant} falls in, if any. */
    public Optional<SessionKind> sessionAt(Instant instant) {
        return Optional.ofNullable(kindAt(instant.getEpochSecond()));
    }

    /**
     * Returns the session kind of the second starting at {@code epochSecond}, or null when closed.
     * Sessions open and close on whole minutes, so each minute has one kind.
     */
    SessionKind kindAt(long epochSecond) {
        long hourIndex = Math.floorDiv(epochSecond, 3600);
        Hour hour = lastHour;
        if (hour.index() != hourIndex) {
            hour = hours.get(hourIndex, this::computeHour);
            lastHour = hour;
        }
        return hour.kinds()[Math.floorMod(epochSecond, 3600) / 60];
    }

    private Hour computeHour(long hourIndex) {
        SessionKind[] kinds = new SessionKind[60];
        long start = hourIndex * 3600;
        // A session belongs to the trading day it falls on or (opening the evening before) to the next one.
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochSecond(start), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(start + 3599), zone);
        long midnight = last.equals(first) ? Long.MAX_VALUE : last.atStartOfDay(zone).toEpochSecond();
        Day[] firstDays = {day(first), day(first.plusDays(1))};
        Day[] lastDays = {day(last), day(last.plusDays(1))};
        for (int minute = 0; minute < 60; minute++) {
            long second = start + minute * 60L;
            Day[] days = second < midnight ? firstDays : lastDays;
            SessionKind kind = days[0].kindAt(second);
            kinds[minute] = kind != null ? kind : days[1].kindAt(second);
        }
        return new Hour(hourIndex, kinds);
    }

    /** Returns the trading day whose session contains {@code instant}, or of the last session before it. */
    public Optional<LocalDate> tradingDayAt(Instant instant) {
        long second = instant.getEpochSecond();
        LocalDate local = LocalDate.ofInstant(instant, zone);
        for (LocalDate day = local.plusDays(1); day.isAfter(local.minusDays(MAX_DAYS_WITHOUT_SESSION)); day = day.minusDays(1)) {
            Day sessionsOfDay = day(day);
            if (sessionsOfDay.start() >= 0 && sessionsOfDay.start() <= second) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Returns the trading day before {@code day}, if one is within a month. */
    public Optional<LocalDate> previousTradingDay(LocalDate day) {
        for (LocalDate candidate = day.minusDays(1); candidate.isAfter(day.minusDays(MAX_DAYS_WITHOUT_SESSION));
                candidate = candidate.minusDays(1)) {
            if (isTradingDay(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Returns the sessions of a trading day (empty if it is none), all hours or the regular ones only. */
    public List<TradingSession> sessionsOf(LocalDate tradingDay, boolean regularOnly) {
        if (!isTradingDay(tradingDay)) {
            return List.of();
        }
        List<TradingSession> result = new ArrayList<>();
        for (SessionWindow window : regularOnly ? regular : sessions) {
            result.add(new TradingSession(window.openOn(tradingDay, zone), window.closeOn(tradingDay, zone)));
        }
        return result;
    }

    /** Returns the end of the last session that ended at or before {@code instant}, within a month. */
    public Optional<Instant> lastSessionEndBefore(Instant instant) {
        LocalDate local = LocalDate.ofInstant(instant, zone);
        for (LocalDate day = local.plusDays(1); day.isAfter(local.minusDays(MAX_DAYS_WITHOUT_SESSION)); day = day.minusDays(1)) {
            List<TradingSession> daySessions = sessionsOf(day, false);
            for (int i = daySessions.size() - 1; i >= 0; i--) {
                Instant end = daySessions.get(i).end().toInstant();
                if (!end.isAfter(instant)) {
                    return Optional.of(end);
                }
            }
        }
        return Optional.empty();
    }

    /** Returns whether any session overlaps [{@code fromSecond}, {@code toSecond}). */
    boolean overlaps(long fromSecond, long toSecond) {
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochSecond(fromSecond), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(toSecond), zone).plusDays(1);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day(day).overlaps(fromSecond, toSecond)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the trading hours of {@code days} calendar days from {@code from}, as contract details give them. */
    public TradingHours tradingHours(LocalDate from, int days) {
        return hours(from, days, false);
    }

    /** Returns the liquid (regular) hours of {@code days} calendar days from {@code from}. */
    public TradingHours liquidHours(LocalDate from, int days) {
        return hours(from, days, true);
    }

    /**
     * Inferred layout: one entry per session dated by the day it opens (a futures session opening
     * on Sunday evening is dated Sunday), and {@code CLOSED} for each calendar day that is no
     * trading day, weekends included.
     */
    private TradingHours hours(LocalDate from, int count, boolean regularOnly) {
        List<TradingSession> all = new ArrayList<>();
        List<LocalDate> closed = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(from.plusDays(count)); day = day.plusDays(1)) {
            if (isTradingDay(day)) {
                all.addAll(sessionsOf(day, regularOnly));
            } else {
                closed.add(day);
            }
        }
        return TradingHours.of(zone, all, closed);
    }

    private Day day(LocalDate tradingDay) {
        return days.computeIfAbsent(tradingDay, this::computeDay);
    }

    private Day computeDay(LocalDate tradingDay) {
        if (!isTradingDay(tradingDay)) {
            return Day.CLOSED;
        }
        return new Day(bounds(sessions, tradingDay), bounds(regular, tradingDay));
    }

    private long[] bounds(List<SessionWindow> windows, LocalDate tradingDay) {
        long[] bounds = new long[windows.size() * 2];
        for (int i = 0; i < windows.size(); i++) {
            bounds[2 * i] = windows.get(i).openOn(tradingDay, zone).toEpochSecond();
            bounds[2 * i + 1] = windows.get(i).closeOn(tradingDay, zone).toEpochSecond();
        }
        return bounds;
    }

    /** The session kind of each minute of one hour (null where closed). */
    private record Hour(long index, SessionKind[] kinds) {}

    /** The sessions of one trading day as epoch-second bounds: [open, close) pairs. */
    private record Day(long[] all, long[] regular) {
        static final Day CLOSED = new Day(new long[0], new long[0]);

        SessionKind kindAt(long second) {
            if (!inside(all, second)) {
                return null;
            }
            return inside(regular, second) ? SessionKind.REGULAR : SessionKind.EXTENDED;
        }

        long start() {
            return all.length == 0 ? -1 : all[0];
        }

        boolean overlaps(long from, long to) {
            for (int i = 0; i < all.length; i += 2) {
                if (all[i] < to && from < all[i + 1]) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inside(long[] bounds, long second) {
            for (int i = 0; i < bounds.length; i += 2) {
                if (second >= bounds[i] && second < bounds[i + 1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Builds a {@link TradingCalendar}. */
    public static final class Builder {
        private final ZoneId zone;
        private final Holidays holidays;
        private final List<SessionWindow> sessions = new ArrayList<>();
        private final List<SessionWindow> regular = new ArrayList<>();
        private Set<DayOfWeek> tradingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

        private Builder(ZoneId zone, Holidays holidays) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.holidays = Objects.requireNonNull(holidays, "holidays");
        }

        /** Adds a session of the trading hours. */
        public Builder session(SessionWindow window) {
            sessions.add(window);
            return this;
        }

        /** Adds a regular (liquid) session; without any, all trading hours count as regular. */
        public Builder regular(SessionWindow window) {
            regular.add(window);
            return this;
        }

        /** Sets the weekdays the market trades (Monday to Friday by default). */
        public Builder tradingDays(Set<DayOfWeek> days) {
            this.tradingDays = EnumSet.copyOf(days);
            return this;
        }

        public TradingCalendar build() {
            if (sessions.isEmpty()) {
                throw new IllegalStateException("a trading calendar needs at least one session");
            }
            return new TradingCalendar(this);
        }
    }
}
