package io.tws4j.client.historical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.historical.Bar;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The durations and cuts of exact periods (pages are paced by the client's pacing governor). */
class PagingAndWindowsTest {
    private static final Instant T0 = Instant.parse("2023-04-11T14:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void exactPeriodsAskForDurationsThatCoverThem() {
        assertThat(new BarsWindow(T0, T0.plus(Duration.ofMinutes(90))).covering()).isEqualTo(HistoricalDuration.seconds(5400));
        assertThat(new BarsWindow(T0, T0.plus(Duration.ofDays(1))).covering()).isEqualTo(HistoricalDuration.seconds(86_400));
        assertThat(new BarsWindow(T0, T0.plus(Duration.ofDays(7))).covering()).isEqualTo(HistoricalDuration.days(8));
        assertThat(new BarsWindow(T0, T0.plus(Duration.ofDays(364))).covering()).isEqualTo(HistoricalDuration.days(365));
        assertThat(new BarsWindow(T0, T0.plus(Duration.ofDays(400))).covering()).isEqualTo(HistoricalDuration.years(2));
        assertThat(new BarsWindow(T0, T0.plusMillis(1)).covering()).isEqualTo(HistoricalDuration.seconds(1));
    }

    @Test
    void theCutKeepsBarsStartingInThePeriodAndDaysInsideIt() {
        BarsWindow window = new BarsWindow(T0, T0.plus(Duration.ofHours(1)));
        HistoricalBars answer = new HistoricalBars(T0.minusSeconds(7200).atZone(NEW_YORK), T0.plusSeconds(7200).atZone(NEW_YORK),
                List.of(bar(BarTime.of(T0.minusSeconds(60))), bar(BarTime.of(T0)), bar(BarTime.of(T0.plusSeconds(3599))),
                        bar(BarTime.of(T0.plusSeconds(3600)))));

        HistoricalBars cut = window.trim(answer, NEW_YORK);

        assertThat(cut.bars()).extracting(Bar::time).containsExactly(BarTime.of(T0), BarTime.of(T0.plusSeconds(3599)));
        assertThat(cut.start().toInstant()).isEqualTo(T0);
        assertThat(cut.end().toInstant()).isEqualTo(T0.plusSeconds(3600));
        BarsWindow days = new BarsWindow(Instant.parse("2023-04-03T04:00:00Z"), Instant.parse("2023-04-05T04:00:00Z"));
        assertThat(days.trim(new HistoricalBars(cut.start(), cut.end(), List.of(bar(BarTime.of(LocalDate.of(2023, 4, 2))),
                bar(BarTime.of(LocalDate.of(2023, 4, 3))), bar(BarTime.of(LocalDate.of(2023, 4, 4))),
                bar(BarTime.of(LocalDate.of(2023, 4, 5))))), NEW_YORK).bars()).hasSize(2);
    }

    private static Bar bar(BarTime time) {
        return new Bar(time, 1, 2, 0.5, 1.5, BigDecimal.TEN, 1.2, 3);
    }
}
