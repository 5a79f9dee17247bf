package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.client.HistoricalSurface.Kind;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.historical.HistoricalLimits;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Historical ticks through both surfaces: paging past TWS's 1,000 ticks without gaps or doubles, the three kinds, and the errors. */
class HistoricalTicksIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final Instant TEN_AM = Instant.parse("2023-04-11T14:00:00Z");

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass(
            () -> HistoricalDataIT.fixedAt(HistoricalDataIT.TUESDAY_EVENING));
    @RegisterExtension
    static final SimulatedGatewayExtension slow = SimulatedGatewayExtension.perClass(() -> HistoricalDataIT
            .fixedAt(HistoricalDataIT.TUESDAY_EVENING).historicalLimits(HistoricalLimits.tws().withAnswerDelay(Duration.ofSeconds(30))));
    @RegisterExtension
    static final SimulatedGatewayExtension slow214 = SimulatedGatewayExtension.perClass(() -> HistoricalDataIT
            .fixedAt(HistoricalDataIT.TUESDAY_EVENING).maxServerVersion(214)
            .historicalLimits(HistoricalLimits.tws().withAnswerDelay(Duration.ofSeconds(30))));
    @RegisterExtension
    static final SimulatedGatewayExtension strict = SimulatedGatewayExtension.perClass(() -> HistoricalDataIT
            .fixedAt(HistoricalDataIT.TUESDAY_EVENING).historicalLimits(HistoricalLimits.tws().withRequestsPerWindow(1, Duration.ofMinutes(10))));

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void tradesBetweenTwoInstantsArePagedWithoutGapsOrDoubles(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(1)).build())) {
            HistoricalDataIT.drain(gateway.get());
            Instant end = TEN_AM.plus(Duration.ofMinutes(20));
            List<HistoricalTrade> ticks = surface.ticks(client, AAPL, Kind.TRADES, query -> query.between(TEN_AM, end));

            List<Trade> model = market().trades(TEN_AM, end);
            assertThat(model).hasSizeGreaterThan(1_000);
            assertThat(ticks).hasSameSizeAs(model);
            for (int i = 0; i < model.size(); i++) {
                assertThat(ticks.get(i).price()).isEqualTo(model.get(i).price());
                assertThat(ticks.get(i).size()).isEqualTo(model.get(i).size());
                assertThat(ticks.get(i).exchange()).isEqualTo(model.get(i).exchange());
                assertThat(ticks.get(i).time()).isEqualTo(Instant.ofEpochSecond(model.get(i).time().getEpochSecond()));
            }
            List<HistoricalTicksRequest> pages = pages();
            assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page.getNumberOfTicks()).isLessThanOrEqualTo(1_000));
            assertThat(pages.getFirst().getStartDateTime()).isEqualTo("20230411 14:00:00 UTC");
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void midpointsBackFromAnEndStopAtTheLimit(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(2)).build())) {
            HistoricalDataIT.drain(gateway.get());
            List<HistoricalMidpoint> ticks = surface.ticks(client, AAPL, Kind.MIDPOINTS, query -> query.ending(TEN_AM).limit(1_500));

            assertThat(ticks).hasSize(1_500);
            assertThat(ticks.getLast().time()).isBefore(TEN_AM);
            assertThat(ticks).isSortedAccordingTo(Comparator.comparing(HistoricalMidpoint::time));
            for (int i = 1; i < ticks.size(); i++) {
                assertThat(ticks.get(i).price()).as("tick %d changes the midpoint", i).isNotEqualTo(ticks.get(i - 1).price());
            }
            assertThat(pages()).hasSize(2).allSatisfy(page -> assertThat(page.hasStartDateTime()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void bidAskTicksAreTheModelsQuotes(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(3)).build())) {
            List<HistoricalBidAsk> ticks = surface.ticks(client, AAPL, Kind.BID_ASK, query -> query.starting(TEN_AM).limit(300));

            List<Quote> model = market().quotes(TEN_AM, TEN_AM.plus(Duration.ofMinutes(30)));
            List<HistoricalBidAsk> expected = new ArrayList<>();
            for (Quote quote : model.subList(0, 300)) {
                expected.add(new HistoricalBidAsk(Instant.ofEpochSecond(quote.time().getEpochSecond()), quote.bid(), quote.ask(),
                        quote.bidSize(), quote.askSize(), false, false));
            }
            assertThat(ticks).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void ticksNeedAnAnchorAndAKnownContract(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(4)).build())) {
            assertThatThrownBy(() -> surface.ticks(client, AAPL, Kind.TRADES, query -> { }))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("need an anchor");
            assertThatThrownBy(() -> surface.ticks(client, AAPL, Kind.TRADES, query -> query.between(TEN_AM, TEN_AM)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not after the start");
            assertThatThrownBy(() -> surface.ticks(client, AAPL, Kind.TRADES, query -> query.starting(TEN_AM).limit(0)))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> surface.ticks(client, Contract.stock("NOSUCH").build(), Kind.TRADES, query -> query.starting(TEN_AM)))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void aPacingViolationOnALaterPageFailsTheQuery(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(strict.get(), surface.clientId(5)).build())) {
            assertThatThrownBy(() -> surface.ticks(client, AAPL, Kind.TRADES,
                    query -> query.between(TEN_AM, TEN_AM.plus(Duration.ofMinutes(20)))))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(162);
                        assertThat(e.getMessage()).contains("pacing violation");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void givingUpOnTicksCancelsThePageInFlightFromServerVersion215(HistoricalSurface surface) {
        for (SimulatedGatewayExtension slowGateway : List.of(slow, slow214)) {
            try (TwsClient client = TwsClient.connect(TestOptions.against(slowGateway.get(), surface.clientId(6)).build())) {
                HistoricalDataIT.drain(slowGateway.get());
                surface.giveUpOnTicks(client, AAPL, Kind.TRADES, query -> query.starting(TEN_AM),
                        () -> slowGateway.get().takeRequest(OutMessage.REQ_HISTORICAL_TICKS, TestOptions.WAIT).orElseThrow());

                if (client.serverVersion() >= 215) {
                    assertThat(slowGateway.get().takeRequest(OutMessage.CANCEL_HISTORICAL_TICKS, TestOptions.WAIT)).isPresent();
                } else {
                    assertThat(slowGateway.get().takeRequest(OutMessage.CANCEL_HISTORICAL_TICKS, Duration.ofMillis(300)))
                            .as("server version 214 has no cancel of historical ticks").isEmpty();
                }
                assertThat(client.contractDetails(AAPL)).as("the connection carries on").hasSize(1);
            }
        }
    }

    private static InstrumentMarket market() {
        return gateway.get().market().market(265598).orElseThrow();
    }

    private static List<HistoricalTicksRequest> pages() {
        List<HistoricalTicksRequest> pages = new ArrayList<>();
        var request = gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_TICKS, Duration.ZERO);
        while (request.isPresent()) {
            pages.add(request.get().body(HistoricalTicksRequest.class));
            request = gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_TICKS, Duration.ZERO);
        }
        return pages;
    }
}
