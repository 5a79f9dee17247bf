package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Tick;
import io.tws4j.simulator.MarketDataEntitlements;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Market data lines are counted for the whole login, through both surfaces: 101 beyond them, freed by cancels and disconnects. */
class MarketDataLinesIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(
            () -> MarketHours.open(5).marketData(MarketDataEntitlements.standard().withLines(3)));

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void linesAreSharedByEveryClientAndFreedWhenOneLeaves(MarketDataSurface surface) {
        TwsClient other = TwsClient.connect(TestOptions.against(gateway.get(), 2).build());
        Ticker msft = surface.ticker(other, Contract.stock("MSFT").build());
        Ticker nvda = surface.ticker(other, Contract.stock("NVDA").build());
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            msft.awaitUpdate(0, TestOptions.WAIT);
            nvda.awaitUpdate(0, TestOptions.WAIT);
            try (Subscription<Tick> third = surface.ticks(client, Contract.stock("AAPL").build(), false)) {
                third.next(TestOptions.WAIT).orElseThrow();
                try (Subscription<Tick> fourth = surface.ticks(client, Contract.stock("TSLA").build(), false)) {
                    assertThatThrownBy(() -> fourth.next(TestOptions.WAIT))
                            .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                                assertThat(e.code()).isEqualTo(101);
                                assertThat(e.getMessage()).contains("Max number of tickers has been reached");
                            });
                }
                assertThatThrownBy(() -> surface.snapshotOnce(client, Contract.stock("TSLA").build(), Duration.ofSeconds(5)))
                        .as("a snapshot needs a free line too")
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(101));
            }
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().lines() == 2);

            other.close();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
            try (Ticker tsla = surface.ticker(client, Contract.stock("TSLA").build())) {
                assertThat(tsla.awaitUpdate(0, TestOptions.WAIT).updates()).isPositive();
            }
        } finally {
            other.close();
        }
    }
}
