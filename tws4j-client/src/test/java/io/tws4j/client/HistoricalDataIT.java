package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.SecurityType;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.historical.HistoricalLimits;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.PriceSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Historical bars against the simulated gateway, through both surfaces: the model's bars, exact periods, zones, and the errors. */
class HistoricalDataIT {
    /** Tuesday 11 April 2023, an hour after the close in New York. */
    static final Instant TUESDAY_EVENING = Instant.parse("2023-04-11T21:00:00Z");
    static final Contract AAPL = Contract.stock("AAPL").build();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass(() -> fixedAt(TUESDAY_EVENING));
    @RegisterExtension
    static final SimulatedGatewayExtension tokyo = SimulatedGatewayExtension.perClass(
            () -> fixedAt(TUESDAY_EVENING).timeZone(ZoneId.of("Asia/Tokyo")));
    @RegisterExtension
    static final SimulatedGatewayExtension strict = SimulatedGatewayExtension.perClass(() -> fixedAt(TUESDAY_EVENING)
            .historicalLimits(HistoricalLimits.tws().withRequestsPerWindow(2, Duration.ofMinutes(10))));
    @RegisterExtension
    static final SimulatedGatewayExtension slow = SimulatedGatewayExtension.perClass(() -> fixedAt(TUESDAY_EVENING)
            .historicalLimits(HistoricalLimits.tws().withAnswerDelay(Duration.ofSeconds(30))));

    /** Answers a second after each request, time for a notice to go first. */
    @RegisterExtension
    static final SimulatedGatewayExtension delayed = SimulatedGatewayExtension.perClass(() -> fixedAt(TUESDAY_EVENING)
            .historicalLimits(HistoricalLimits.tws().withAnswerDelay(Duration.ofSeconds(1))));

    static SimulatedGateway.Builder fixedAt(Instant now) {
        return SimulatedGateway.builder().seed(11).clock(InstantSource.fixed(now));
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void theReadmeRequestReturnsTheModelsHourlyBars(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(1)).build())) {
            HistoricalBars bars = surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query
                    .endingAt(Instant.parse("2023-04-11T20:00:00Z"))
                    .duration(HistoricalDuration.days(1))
                    .whatToShow(WhatToShow.TRADES)
                    .tradingHours(MarketHours.REGULAR));

            assertThat(bars.start().toInstant()).isEqualTo(Instant.parse("2023-04-11T13:30:00Z"));
            assertThat(bars.end().toInstant()).isEqualTo(Instant.parse("2023-04-11T20:00:00Z"));
            assertThat(bars.bars()).extracting(bar -> bar.time().startIn(NEW_YORK).atZone(NEW_YORK).toLocalTime().toString())
                    .containsExactly("09:30", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00");
            InstrumentMarket model = gateway.get().market().market(265598).orElseThrow();
            for (int i = 0; i < bars.bars().size(); i++) {
                Instant end = i + 1 < bars.bars().size() ? bars.bars().get(i + 1).time().startIn(NEW_YORK) : bars.end().toInstant();
                assertMatchesModel(bars.bars().get(i), model, bars.bars().get(i).time().startIn(NEW_YORK), end);
            }
            HistoricalDataRequest sent = sent(gateway.get());
            assertThat(sent.getEndDateTime()).isEqualTo("20230411 20:00:00 UTC");
            assertThat(sent.getBarSizeSetting()).isEqualTo("1 hour");
            assertThat(sent.getDuration()).isEqualTo("1 D");
            assertThat(sent.getUseRth()).isTrue();
            assertThat(sent.getFormatDate()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void betweenReturnsTheBarsOfExactlyThatPeriod(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(2)).build())) {
            Instant start = Instant.parse("2023-04-11T14:00:00Z");
            HistoricalBars bars = surface.fetch(client, AAPL, BarSize.MINUTES_5,
                    query -> query.between(start, start.plus(Duration.ofHours(1))).whatToShow(WhatToShow.MIDPOINT));

            assertThat(bars.bars()).hasSize(12);
            assertThat(bars.bars().getFirst().time()).isEqualTo(BarTime.of(start));
            assertThat(bars.bars().getLast().time()).isEqualTo(BarTime.of(start.plus(Duration.ofMinutes(55))));
            assertThat(bars.start().toInstant()).isEqualTo(start);
            assertThat(sent(gateway.get()).getDuration()).isEqualTo("3600 S");
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void dailyBarsCarryTradingDaysAndSkipHolidays(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(3)).build())) {
            HistoricalBars week = surface.fetch(client, AAPL, BarSize.DAY_1, query -> query.duration(HistoricalDuration.days(5)));
            HistoricalBars between = surface.fetch(client, AAPL, BarSize.DAY_1,
                    query -> query.between(Instant.parse("2023-04-03T00:00:00Z"), Instant.parse("2023-04-10T00:00:00Z")));

            assertThat(week.bars()).extracting(Bar::time).containsExactly(day(4), day(5), day(6), day(10), day(11));
            assertThat(between.bars()).extracting(Bar::time).containsExactly(day(3), day(4), day(5), day(6));
            InstrumentMarket model = gateway.get().market().market(265598).orElseThrow();
            assertThat(week.bars().getLast().close()).isEqualTo(model.summarize(Instant.parse("2023-04-11T13:30:00Z"),
                    Instant.parse("2023-04-11T20:00:00Z"), PriceSeries.TRADES).orElseThrow().close());
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void theGatewaysTimeZoneDoesNotMoveTheBars(HistoricalSurface surface) {
        try (TwsClient newYork = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(4)).build());
             TwsClient japan = TwsClient.connect(TestOptions.against(tokyo.get(), surface.clientId(4)).build())) {
            HistoricalBars inNewYork = surface.fetch(newYork, AAPL, BarSize.MINUTES_30, query -> query.duration(HistoricalDuration.days(1)));
            HistoricalBars inTokyo = surface.fetch(japan, AAPL, BarSize.MINUTES_30, query -> query.duration(HistoricalDuration.days(1)));

            assertThat(japan.connectionInfo().connectionTime().zone()).contains(ZoneId.of("Asia/Tokyo"));
            assertThat(inTokyo.bars()).isEqualTo(inNewYork.bars()).hasSize(13);
            assertThat(inTokyo.start().toInstant()).isEqualTo(inNewYork.start().toInstant());
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void badDescriptionsFailBeforeAnythingIsSent(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(5)).build())) {
            drain(gateway.get());
            Contract nothing = Contract.builder().secType(SecurityType.STOCK).exchange("SMART").currency("USD").build();

            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.HOURS_1, query -> { }))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("need a period");
            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query
                    .between(TUESDAY_EVENING.minusSeconds(3600), TUESDAY_EVENING).duration(HistoricalDuration.days(1))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("do not combine");
            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query.duration(HistoricalDuration.days(400))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 365 days");
            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query.duration(HistoricalDuration.seconds(90_000))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 86400 seconds");
            assertThatThrownBy(() -> surface.fetch(client, nothing, BarSize.HOURS_1, query -> query.duration(HistoricalDuration.days(1))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("identifies nothing");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, Duration.ofMillis(200))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void twsRefusalsCarryTheirCodes(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(6)).build())) {
            assertThatThrownBy(() -> surface.fetch(client, Contract.stock("NOSUCH").build(), BarSize.HOURS_1,
                    query -> query.duration(HistoricalDuration.days(1))))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.SECONDS_1, query -> query.duration(HistoricalDuration.days(1))))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(162);
                        assertThat(e.getMessage()).contains("Time length exceed max.");
                    });
            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query
                    .endingAt(Instant.parse("2023-04-11T12:00:00Z")).duration(HistoricalDuration.days(1))))
                    .as("one day before the open holds no bars yet")
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(162);
                        assertThat(e.getMessage()).contains("HMDS query returned no data: AAPL@SMART Trades");
                    });
            assertThatThrownBy(() -> surface.fetch(client, Contract.forex("EUR", "USD").build(), BarSize.HOURS_1,
                    query -> query.duration(HistoricalDuration.days(1))))
                    .as("forex has no trades").isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(162));
            assertThat(surface.fetch(client, Contract.forex("EUR", "USD").build(), BarSize.HOURS_1,
                    query -> query.duration(HistoricalDuration.days(1)).whatToShow(WhatToShow.MIDPOINT)).bars()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void pacingViolationsAreRejectionsAndLargeBarsAreNotPaced(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(strict.get(), surface.clientId(7)).build())) {
            for (int minutes = 1; minutes <= 2; minutes++) {
                Instant end = Instant.parse("2023-04-11T15:00:00Z").plus(Duration.ofMinutes(minutes));
                surface.fetch(client, AAPL, BarSize.SECONDS_5, query -> query.endingAt(end).duration(HistoricalDuration.seconds(60)));
            }

            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.SECONDS_5, query -> query
                    .endingAt(Instant.parse("2023-04-11T16:00:00Z")).duration(HistoricalDuration.seconds(60))))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(162);
                        assertThat(e.getMessage()).contains("pacing violation");
                    });
            assertThat(surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query.duration(HistoricalDuration.days(1))).bars()).hasSize(7);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void givingUpOnAFetchCancelsItAtTwsQuietly(HistoricalSurface surface) {
        try (ClientWithNotices connected = TwsClient.connectWithNoticeStream(TestOptions.against(slow.get(), surface.clientId(8)).build())) {
            TwsClient client = connected.client();
            drain(slow.get());
            surface.giveUpOnFetch(client, AAPL, BarSize.HOURS_1, query -> query.duration(HistoricalDuration.days(1)),
                    () -> slow.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow());

            CancelHistoricalData cancel = slow.get().takeRequest(OutMessage.CANCEL_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow()
                    .body(CancelHistoricalData.class);
            assertThat(cancel.getReqId()).isGreaterThanOrEqualTo(1_000_000_000);
            assertThat(slow.get().takeRequest(OutMessage.CANCEL_HISTORICAL_DATA, Duration.ofMillis(300))).isEmpty();
            List<Notice> published = farmStatusAside(connected, Duration.ofMillis(500));
            assertThat(published).as("TWS's 'query cancelled' concerns no one").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void anAdvisoryBeforeTheBarsDoesNotDropThem(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(delayed.get(), surface.clientId(9)).build())) {
            drain(delayed.get());
            HistoricalBars bars = surface.fetch(client, AAPL, BarSize.HOURS_1, query -> query.duration(HistoricalDuration.days(1)), () -> {
                int requestId = delayed.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow()
                        .body(HistoricalDataRequest.class).getReqId();
                delayed.get().inject(client.connectionInfo().clientId(), Fault.notice(requestId, 2188,
                        "Up-to-the-second historical data requires additional subscription for the API."));
            });

            assertThat(bars.bars()).as("TWS sends the bars after advisory 2188; rust-ibapi #764 lost them").hasSize(7);
        }
    }

    static void assertMatchesModel(Bar bar, InstrumentMarket model, Instant from, Instant to) {
        io.tws4j.simulator.market.Bar expected = model.summarize(from, to, PriceSeries.TRADES).orElseThrow();
        assertThat(bar.time()).isEqualTo(BarTime.of(from));
        assertThat(bar.open()).isEqualTo(expected.open());
        assertThat(bar.high()).isEqualTo(expected.high());
        assertThat(bar.low()).isEqualTo(expected.low());
        assertThat(bar.close()).isEqualTo(expected.close());
        assertThat(bar.volume()).isEqualByComparingTo(expected.volume());
        assertThat(bar.count()).isEqualTo(expected.count());
        assertThat(bar.wap()).isCloseTo(expected.wap(), within(0.0001));
    }

    static HistoricalDataRequest sent(SimulatedGateway gateway) {
        HistoricalDataRequest last = null;
        var request = gateway.takeRequest(OutMessage.REQ_HISTORICAL_DATA, TestOptions.WAIT);
        while (request.isPresent()) {
            last = request.get().body(HistoricalDataRequest.class);
            request = gateway.takeRequest(OutMessage.REQ_HISTORICAL_DATA, Duration.ZERO);
        }
        return last;
    }

    static void drain(SimulatedGateway gateway) {
        while (gateway.takeRequest(Duration.ZERO).isPresent()) {
            // earlier tests' requests
        }
    }

    /** Returns the notices published within {@code quiet}, other than the farm-status ones every connection gets. */
    static List<Notice> farmStatusAside(ClientWithNotices connected, Duration quiet) {
        List<Notice> notices = new ArrayList<>();
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            connected.notices().next(Duration.ofMillis(50)).ifPresent(item -> {
                if (item instanceof StreamItem.Data<Notice>(Notice notice) && notice.farmStatus().isEmpty()) {
                    notices.add(notice);
                }
            });
        }
        return notices;
    }

    private static BarTime day(int dayOfApril) {
        return BarTime.of(LocalDate.of(2023, 4, dayOfApril));
    }
}
