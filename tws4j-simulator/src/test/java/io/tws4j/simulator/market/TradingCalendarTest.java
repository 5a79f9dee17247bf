package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.TradingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sessions, holidays by rule, and the trading hours text contract details carry. */
class TradingCalendarTest {
    private static final TradingCalendar CME = TradingCalendar.builder(ZoneId.of("US/Central"), Holidays.US)
            .session(SessionWindow.fromEveningBefore("17:00", "16:00")).regular(SessionWindow.of("08:30", "15:00")).build();

    @ParameterizedTest(name = "{0} is a US holiday: {1}")
    @CsvSource({"2025-01-01, true", "2025-01-20, true", "2025-04-18, true", "2025-05-26, true", "2025-06-19, true",
            "2025-07-04, true", "2025-09-01, true", "2025-11-27, true", "2025-12-25, true", "2026-07-03, true",
            "2027-12-24, true", "2025-07-03, false", "2025-11-28, false", "2021-12-31, false"})
    void usHolidaysFollowTheExchangeRules(LocalDate day, boolean holiday) {
        assertThat(Holidays.US.isHoliday(day)).isEqualTo(holiday);
    }

    @ParameterizedTest(name = "{0} is a Tokyo holiday: {1}")
    @CsvSource({"2025-01-02, true", "2025-01-13, true", "2025-03-20, true", "2025-05-06, true", "2025-09-23, true",
            "2025-11-24, true", "2025-12-31, true", "2025-01-06, false", "2025-03-21, false"})
    void japaneseHolidaysIncludeEquinoxesAndSubstitutes(LocalDate day, boolean holiday) {
        assertThat(Holidays.JAPAN.isHoliday(day)).isEqualTo(holiday);
    }

    @Test
    void futuresSessionOpensTheEveningBeforeItsTradingDay() {
        Instant sundayEvening = Instant.parse("2025-01-06T00:00:00Z");    // Sunday 18:00 Chicago
        Instant mondayBreak = Instant.parse("2025-01-06T22:30:00Z");      // Monday 16:30 Chicago

        assertThat(CME.sessionAt(sundayEvening)).contains(SessionKind.EXTENDED);
        assertThat(CME.tradingDayAt(sundayEvening)).contains(LocalDate.of(2025, 1, 6));
        assertThat(CME.sessionAt(Instant.parse("2025-01-06T15:00:00Z"))).contains(SessionKind.REGULAR);
        assertThat(CME.sessionAt(mondayBreak)).isEmpty();
        assertThat(CME.lastSessionEndBefore(mondayBreak)).contains(Instant.parse("2025-01-06T22:00:00Z"));
        assertThat(CME.previousTradingDay(LocalDate.of(2025, 1, 6))).contains(LocalDate.of(2025, 1, 3));
    }

    @Test
    void tradingHoursTextListsAWeekWithClosedDays() {
        TradingHours hours = TestMarkets.US.tradingHours(LocalDate.of(2025, 1, 3), 4);

        assertThat(hours.text()).isEqualTo("20250103:0400-20250103:2000;20250104:CLOSED;20250105:CLOSED;"
                + "20250106:0400-20250106:2000");
        assertThat(TestMarkets.US.liquidHours(LocalDate.of(2025, 1, 3), 1).text()).isEqualTo("20250103:0930-20250103:1600");
    }

    @Test
    void sessionsMustBeOnWholeMinutes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SessionWindow.of("09:30:30", "16:00"))
                .hasMessageContaining("whole minutes");
    }
}
