package io.tws4j.simulator.contracts;

import io.tws4j.simulator.market.Holidays;
import io.tws4j.simulator.market.SessionWindow;
import io.tws4j.simulator.market.TradingCalendar;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * The trading calendars of the simulated markets, in the zones TWS names in contract details
 * ({@code US/Eastern}, {@code US/Central}, {@code Japan}, {@code MET}). Holidays follow the US
 * and Japanese rules; European holidays and early closes are not modelled.
 */
public final class Calendars {
    /** US stocks and ETFs: 4:00 to 20:00, regular hours 9:30 to 16:00, New York. */
    public static final TradingCalendar US_EQUITIES = TradingCalendar.builder(ZoneId.of("US/Eastern"), Holidays.US)
            .session(SessionWindow.of("04:00", "20:00")).regular(SessionWindow.of("09:30", "16:00")).build();
    /** US equity options: 9:30 to 16:00, New York. */
    public static final TradingCalendar US_OPTIONS = TradingCalendar.builder(ZoneId.of("US/Eastern"), Holidays.US)
            .session(SessionWindow.of("09:30", "16:00")).build();
    /** CBOE index values: 9:30 to 16:00, New York. */
    public static final TradingCalendar US_INDEXES = US_OPTIONS;
    /** CME Globex equity futures: 17:00 the evening before to 16:00, liquid hours 8:30 to 15:00, Chicago. */
    public static final TradingCalendar CME_GLOBEX = TradingCalendar.builder(ZoneId.of("US/Central"), Holidays.US)
            .session(SessionWindow.fromEveningBefore("17:00", "16:00")).regular(SessionWindow.of("08:30", "15:00")).build();
    /** IDEALPRO forex: Sunday 17:15 to Friday 17:00 New York, with a daily break from 17:00 to 17:15. */
    public static final TradingCalendar IDEALPRO = TradingCalendar.builder(ZoneId.of("US/Eastern"), Holidays.NONE)
            .session(SessionWindow.fromEveningBefore("17:15", "17:00")).build();
    /** PAXOS crypto: around the clock, every day. */
    public static final TradingCalendar PAXOS = TradingCalendar.builder(ZoneId.of("US/Eastern"), Holidays.NONE)
            .session(SessionWindow.allDay()).tradingDays(EnumSet.allOf(DayOfWeek.class)).build();
    /** Tokyo Stock Exchange: 9:00 to 11:30 and 12:30 to 15:30, Tokyo. */
    public static final TradingCalendar TSE = TradingCalendar.builder(ZoneId.of("Japan"), Holidays.JAPAN)
            .session(SessionWindow.of("09:00", "11:30")).session(SessionWindow.of("12:30", "15:30")).build();
    /** XETRA: 8:00 to 22:00, regular hours 9:00 to 17:30, Central Europe. */
    public static final TradingCalendar XETRA = TradingCalendar.builder(ZoneId.of("MET"), Holidays.NONE)
            .session(SessionWindow.of("08:00", "22:00")).regular(SessionWindow.of("09:00", "17:30")).build();
    /** US Treasuries: 7:00 to 18:00, regular hours 8:00 to 17:00, New York. */
    public static final TradingCalendar US_BONDS = TradingCalendar.builder(ZoneId.of("US/Eastern"), Holidays.US)
            .session(SessionWindow.of("07:00", "18:00")).regular(SessionWindow.of("08:00", "17:00")).build();
    /** European government bonds: 8:00 to 17:30, Central Europe. */
    public static final TradingCalendar EU_BONDS = TradingCalendar.builder(ZoneId.of("MET"), Holidays.NONE)
            .session(SessionWindow.of("08:00", "17:30")).build();

    private Calendars() {}
}
