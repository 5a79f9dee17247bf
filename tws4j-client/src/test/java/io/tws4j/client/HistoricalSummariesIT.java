package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.ScheduleSession;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Head timestamps, histograms and trading schedules through both surfaces, and their errors. */
class HistoricalSummariesIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass(
            () -> HistoricalDataIT.fixedAt(HistoricalDataIT.TUESDAY_EVENING));

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void headTimestampsAreTheFirstSessionWithData(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(1)).build())) {
            assertThat(surface.headTimestamp(client, AAPL, WhatToShow.TRADES, MarketHours.REGULAR))
                    .isEqualTo(Instant.parse("2000-01-03T14:30:00Z"));
            assertThat(surface.headTimestamp(client, AAPL, WhatToShow.MIDPOINT, MarketHours.EXTENDED))
                    .isEqualTo(Instant.parse("2000-01-03T09:00:00Z"));
            assertThatThrownBy(() -> surface.headTimestamp(client, Contract.stock("NOSUCH").build(), WhatToShow.TRADES, MarketHours.REGULAR))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void aHistogramIsTheVolumeAtEachPriceOfTheModelsTrades(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(2)).build())) {
            List<HistogramEntry> histogram = surface.histogram(client, AAPL, MarketHours.REGULAR, HistogramPeriod.days(1));

            List<Trade> trades = gateway.get().market().market(265598).orElseThrow()
                    .trades(Instant.parse("2023-04-11T13:30:00Z"), Instant.parse("2023-04-11T20:00:00Z"));
            assertThat(histogram).isNotEmpty().isSortedAccordingTo(Comparator.comparingDouble(HistogramEntry::price));
            assertThat(histogram.stream().map(HistogramEntry::size).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(trades.stream().map(Trade::size).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(histogram.getFirst().price()).isEqualTo(trades.stream().mapToDouble(Trade::price).min().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void schedulesListTheSessionsInTheExchangesZone(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(3)).build())) {
            HistoricalSchedule week = surface.schedule(client, AAPL, HistoricalDuration.days(5), Optional.empty());
            HistoricalSchedule es = surface.schedule(client, Contract.futures("ES").expiresIn(YearMonth.of(2023, 6)).build(),
                    HistoricalDuration.days(1), Optional.of(HistoricalDataIT.TUESDAY_EVENING));

            assertThat(week.zone()).isEqualTo(ZoneId.of("US/Eastern"));
            assertThat(week.sessions()).extracting(ScheduleSession::tradingDay).containsExactly(LocalDate.of(2023, 4, 4),
                    LocalDate.of(2023, 4, 5), LocalDate.of(2023, 4, 6), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 11));
            assertThat(week.sessions().getFirst().start().toLocalTime()).hasToString("09:30");
            assertThat(es.zone()).isEqualTo(ZoneId.of("US/Central"));
            assertThat(es.sessions()).singleElement().satisfies(session ->
                    assertThat(session.start().toLocalTime()).as("CME's liquid hours").hasToString("08:30"));
            assertThatThrownBy(() -> surface.schedule(client, AAPL, HistoricalDuration.days(366), Optional.empty()))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }
}
