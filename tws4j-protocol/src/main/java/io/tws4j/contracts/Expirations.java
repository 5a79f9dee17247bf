package io.tws4j.contracts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The usual expiry days of listed options and futures, from the calendar alone: weeklies expire
 * on Fridays, monthlies on the third Friday. Exchange holidays move real expiries (a Good Friday
 * expiry moves to Thursday); for exact dates ask TWS, e.g. for the option chain.
 *
 * {@snippet :
 * LocalDate weekly = Expirations.nextWeekly(LocalDate.of(2024, 12, 16));   // 2024-12-20
 * LocalDate monthly = Expirations.thirdFriday(YearMonth.of(2025, 3));      // 2025-03-21
 * }
 */
public final class Expirations {

    private Expirations() {}

    /** Returns the first Friday on or after {@code today}. */
    public static LocalDate nextWeekly(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** Returns the third Friday of a month, the standard monthly expiry. */
    public static LocalDate thirdFriday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    }

    /** Returns the first monthly expiry (third Friday) on or after {@code today}. */
    public static LocalDate nextMonthly(LocalDate today) {
        LocalDate thisMonth = thirdFriday(YearMonth.from(today));
        return thisMonth.isBefore(today) ? thirdFriday(YearMonth.from(today).plusMonths(1)) : thisMonth;
    }

    /** Returns whether a month is a quarterly one: March, June, September or December. */
    public static boolean isQuarterly(YearMonth month) {
        return month.getMonthValue() % 3 == 0;
    }
}
