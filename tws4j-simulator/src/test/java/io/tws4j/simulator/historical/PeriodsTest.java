package io.tws4j.simulator.historical;

import static io.tws4j.simulator.historical.HistoricalFixtures.AAPL;
import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.historical.HistoricalDuration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Durations count back as TWS counts them: trading seconds, trading days, calendar spans. */
class PeriodsTest {
    private final HistoricalFixtures fixtures = new HistoricalFixtures(1);
    private final TradingTime regular = fixtures.time(AAPL, true);
    private final TradingTime all = fixtures.time(AAPL, false);

    @Test
    void oneDayBeforeTheOpenIsTodayWhichHasNoBarsYet() {
        Instant preMarket = Instant.parse("2023-04-11T12:00:00Z");

        assertThat(Periods.start(regular, preMarket, HistoricalDuration.days(1))).isEqualTo(Instant.parse("2023-04-11T13:30:00Z"));
        assertThat(Periods.start(regular, preMarket, HistoricalDuration.days(2))).isEqualTo(Instant.parse("2023-04-10T13:30:00Z"));
    }

    @Test
    void daysAreTradingDaysSoAWeekendReachesBackToFriday() {
        Instant saturday = Instant.parse("2023-04-15T16:00:00Z");

        assertThat(Periods.start(regular, saturday, HistoricalDuration.days(1))).isEqualTo(Instant.parse("2023-04-14T13:30:00Z"));
        assertThat(Periods.start(all, saturday, HistoricalDuration.days(1))).isEqualTo(Instant.parse("2023-04-14T08:00:00Z"));
        assertThat(Periods.start(regular, saturday, HistoricalDuration.days(6)))
                .as("Good Friday 7 April is no trading day").isEqualTo(Instant.parse("2023-04-06T13:30:00Z"));
    }

    @Test
    void secondsAreSecondsOfTradingTime() {
        Instant tenAm = Instant.parse("2023-04-11T14:00:00Z");

        assertThat(Periods.start(regular, tenAm, HistoricalDuration.seconds(1800))).isEqualTo(Instant.parse("2023-04-11T13:30:00Z"));
        assertThat(Periods.start(regular, tenAm, HistoricalDuration.seconds(3600))).isEqualTo(Instant.parse("2023-04-10T19:30:00Z"));
        assertThat(Periods.start(all, tenAm, HistoricalDuration.seconds(3600))).isEqualTo(Instant.parse("2023-04-11T13:00:00Z"));
        assertThat(Periods.start(regular, tenAm, HistoricalDuration.seconds(86_400)))
                .as("a day of seconds is almost four regular sessions, Good Friday skipped").isEqualTo(Instant.parse("2023-04-04T16:00:00Z"));
    }

    @Test
    void weeksMonthsAndYearsAreCalendarSpans() {
        Instant end = Instant.parse("2023-04-11T20:00:00Z");

        assertThat(Periods.start(regular, end, HistoricalDuration.weeks(2))).isEqualTo(Instant.parse("2023-03-28T20:00:00Z"));
        assertThat(Periods.start(regular, end, HistoricalDuration.months(1))).isEqualTo(Instant.parse("2023-03-11T21:00:00Z"));
        assertThat(Periods.start(regular, end, HistoricalDuration.years(1))).isEqualTo(Instant.parse("2022-04-11T20:00:00Z"));
    }
}
