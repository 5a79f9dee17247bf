package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.RealTimeWhatToShow;
import io.tws4j.protocol.proto.MarketDataProto.CancelRealTimeBars;
import io.tws4j.protocol.proto.MarketDataProto.RealTimeBarsRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.PriceSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Five-second bars through both surfaces: aligned, consecutive, consistent with the market model; refusals and cancels. */
class RealTimeBarsIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(25));

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void barsComeEveryFiveSecondsOfMarketTimeAndAgreeWithTheModel(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            List<RealTimeBar> bars = new ArrayList<>();
            try (Subscription<RealTimeBar> stream = surface.realTimeBars(client, Contract.stock("AAPL").build(),
                    RealTimeWhatToShow.TRADES, Hours.REGULAR)) {
                for (RealTimeBar bar : stream.data()) {
                    bars.add(bar);
                    if (bars.size() == 4) {
                        break;
                    }
                }
            }

            for (int i = 0; i < bars.size(); i++) {
                RealTimeBar bar = bars.get(i);
                assertThat(bar.time().getEpochSecond() % 5).isZero();
                assertThat(bar.low()).isLessThanOrEqualTo(Math.min(bar.open(), bar.close()));
                assertThat(bar.high()).isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
                if (i > 0) {
                    assertThat(bar.time()).isEqualTo(bars.get(i - 1).time().plusSeconds(5));
                }
                var model = gateway.get().market().market(265598).orElseThrow()
                        .summarize(bar.time(), bar.time().plusSeconds(5), PriceSeries.TRADES);
                model.ifPresent(expected -> {
                    assertThat(bar.close()).isEqualTo(expected.close());
                    assertThat(bar.volume()).isEqualByComparingTo(expected.volume());
                    assertThat(bar.count()).isEqualTo(expected.count());
                });
                if (model.isEmpty()) {
                    assertThat(bar.volume()).isEqualByComparingTo(BigDecimal.ZERO);
                }
            }
            RealTimeBarsRequest sent = gateway.get().takeRequest(OutMessage.REQ_REAL_TIME_BARS, TestOptions.WAIT).orElseThrow()
                    .body(RealTimeBarsRequest.class);
            assertThat(sent.getBarSize()).isEqualTo(5);
            assertThat(sent.getWhatToShow()).isEqualTo("TRADES");
            assertThat(sent.getUseRth()).isTrue();
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_REAL_TIME_BARS, TestOptions.WAIT).orElseThrow()
                    .body(CancelRealTimeBars.class).getReqId()).isEqualTo(sent.getReqId());
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void midpointBarsOfForexAndRefusals(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            Contract euro = Contract.forex("EUR", "USD").build();
            try (Subscription<RealTimeBar> midpoints = surface.realTimeBars(client, euro, RealTimeWhatToShow.MIDPOINT, Hours.EXTENDED)) {
                RealTimeBar bar = midpoints.data().iterator().next();
                assertThat(bar.open()).isBetween(0.9, 1.3);
                assertThat(bar.volume()).isEqualByComparingTo(BigDecimal.ZERO);
            }
            try (Subscription<RealTimeBar> trades = surface.realTimeBars(client, euro, RealTimeWhatToShow.TRADES, Hours.EXTENDED)) {
                assertThatThrownBy(() -> trades.next(TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(420));
            }
            try (Subscription<RealTimeBar> unknown = surface.realTimeBars(client, Contract.stock("NOSUCH").build(),
                    RealTimeWhatToShow.TRADES, Hours.REGULAR)) {
                assertThatThrownBy(() -> unknown.next(TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
            }
        }
    }
}
