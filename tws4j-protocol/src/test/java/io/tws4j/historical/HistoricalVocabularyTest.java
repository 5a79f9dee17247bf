package io.tws4j.historical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bar sizes, durations, periods and series travel as TWS spells them, and bad text is refused by name. */
class HistoricalVocabularyTest {

    @Test
    void barSizesAreTheOnesTwsLists() {
        assertThat(Arrays.stream(BarSize.values()).map(BarSize::wireValue)).containsExactly(
                "1 secs", "5 secs", "10 secs", "15 secs", "30 secs", "1 min", "2 mins", "3 mins", "4 mins", "5 mins",
                "10 mins", "15 mins", "20 mins", "30 mins", "1 hour", "2 hours", "3 hours", "4 hours", "8 hours",
                "1 day", "1 week", "1 month");
        assertThat(BarSize.fromWire("1W")).contains(BarSize.WEEK_1);
        assertThat(BarSize.fromWire("1M")).contains(BarSize.MONTH_1);
        assertThat(BarSize.fromWire("1 sec")).isEmpty();
        assertThat(BarSize.HOURS_8.isDaily()).isFalse();
        assertThat(BarSize.DAY_1.isDaily()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(BarSize.class)
    void everyBarSizeRoundTrips(BarSize size) {
        assertThat(BarSize.fromWire(size.wireValue())).contains(size);
    }

    @ParameterizedTest
    @EnumSource(WhatToShow.class)
    void everySeriesRoundTrips(WhatToShow series) {
        assertThat(WhatToShow.fromWire(series.wireValue().toLowerCase())).contains(series);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 S", "86400 S", "1 D", "365 D", "2 W", "3 M", "1 Y"})
    void durationsRoundTrip(String text) {
        assertThat(HistoricalDuration.parse(text).wireValue()).isEqualTo(text);
    }

    @Test
    void durationFactoriesSpellTheWireForm() {
        assertThat(HistoricalDuration.days(1).wireValue()).isEqualTo("1 D");
        assertThat(HistoricalDuration.seconds(3600).wireValue()).isEqualTo("3600 S");
        assertThat(HistoricalDuration.parse("2 w")).isEqualTo(HistoricalDuration.weeks(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D", "1D", "1 X", "x D", "0 D", "-1 D", "1 DD", " 1  D"})
    void malformedDurationsAreRefused(String text) {
        assertThatThrownBy(() -> HistoricalDuration.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void histogramPeriodsUseWordsAndPlurals() {
        assertThat(HistogramPeriod.days(3).wireValue()).isEqualTo("3 days");
        assertThat(HistogramPeriod.weeks(1).wireValue()).isEqualTo("1 week");
        assertThat(HistogramPeriod.parse("2 months")).isEqualTo(HistogramPeriod.months(2));
        assertThat(HistogramPeriod.parse("1 year")).isEqualTo(HistogramPeriod.years(1));
        assertThatThrownBy(() -> HistogramPeriod.parse("3 fortnights")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistogramPeriod.days(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void barTimesOrderByStartAndKnowTheirDay() {
        BarTime day = BarTime.of(LocalDate.of(2023, 4, 11));
        BarTime morning = BarTime.of(Instant.parse("2023-04-11T13:30:00Z"));
        ZoneId newYork = ZoneId.of("America/New_York");

        assertThat(day).isLessThan(morning);
        assertThat(morning.dateIn(newYork)).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(day.startIn(newYork)).isEqualTo(Instant.parse("2023-04-11T04:00:00Z"));
        assertThat(MarketHours.of(true)).isEqualTo(MarketHours.REGULAR);
        assertThat(MarketHours.EXTENDED.useRth()).isFalse();
    }
}
