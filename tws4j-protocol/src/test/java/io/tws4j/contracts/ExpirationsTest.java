package io.tws4j.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weekly and monthly expiries, and the futures calendar fallback, against fixed dates. */
class ExpirationsTest {

    @ParameterizedTest(name = "weekly from {0} is {1}")
    @CsvSource({
            "2024-12-16, 2024-12-20",   // Monday
            "2024-12-20, 2024-12-20",   // Friday: today's weekly
            "2024-12-21, 2024-12-27",   // Saturday
            "2024-12-29, 2025-01-03"})  // across the year end
    void nextWeeklyIsTheFirstFridayOnOrAfterToday(LocalDate today, LocalDate expected) {
        assertThat(Expirations.nextWeekly(today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "monthly from {0} is {1}")
    @CsvSource({
            "2024-12-01, 2024-12-20",
            "2024-12-20, 2024-12-20",   // expiry day itself
            "2024-12-21, 2025-01-17",   // past it: next month
            "2025-02-01, 2025-02-21",
            "2026-05-16, 2026-06-19"})
    void nextMonthlyIsTheFirstThirdFridayOnOrAfterToday(LocalDate today, LocalDate expected) {
        assertThat(Expirations.nextMonthly(today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "third Friday of {0} is {1}")
    @CsvSource({"2025-03, 2025-03-21", "2024-11, 2024-11-15", "2026-01, 2026-01-16"})
    void thirdFriday(YearMonth month, LocalDate expected) {
        assertThat(Expirations.thirdFriday(month)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} front month on {1} is {2}")
    @CsvSource({
            "ES, 2025-03-20, 2025-03",   // before March expiry
            "ES, 2025-03-21, 2025-03",   // expiry day
            "ES, 2025-03-22, 2025-06",   // rolled to June
            "ES, 2025-01-02, 2025-03",
            "NQ, 2025-12-31, 2026-03",
            "CL, 2025-03-24, 2025-04",   // monthly listing
            "GC, 2025-02-10, 2025-02",
            "XX, 2025-12-20, 2026-01"})  // unknown symbol: monthly
    void frontMonthCalendarFallback(String symbol, LocalDate today, YearMonth expected) {
        assertThat(FuturesCalendar.frontMonth(symbol, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "next quarter on {0} is {1}")
    @CsvSource({"2025-01-02, 2025-03", "2025-03-21, 2025-03", "2025-03-22, 2025-06", "2025-11-30, 2025-12",
            "2025-12-20, 2026-03"})
    void nextQuarterCalendarFallback(LocalDate today, YearMonth expected) {
        assertThat(FuturesCalendar.nextQuarter(today)).isEqualTo(expected);
    }
}
