package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.accounts.PortfolioSnapshot;
import io.tws4j.client.accounts.PortfolioView;
import io.tws4j.orders.OrderStatus;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The live portfolio view follows fills and orders, and every read is one consistent snapshot. */
class PortfolioViewIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void theViewFollowsPositionsValuesAndOpenOrders(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            int resting = trading.submit(Markets.aapl(), o -> o.buy(10).limit(100).goodTillCancel());
            await().atMost(TestOptions.WAIT).until(() -> !trading.openOrders().isEmpty());
            try (PortfolioView view = trading.portfolio("")) {
                PortfolioSnapshot start = view.snapshot();
                assertThat(start.account()).isEqualTo(Markets.ACCOUNT);
                assertThat(start.positions()).isEmpty();
                assertThat(start.value("NetLiquidation")).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("1000000.00"));
                assertThat(start.openOrders()).extracting(open -> open.orderId()).containsExactly(resting);

                try (Trading.Watched bought = trading.place(Markets.aapl(), o -> o.buy(25).market())) {
                    assertThat(bought.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                }
                trading.cancelOrder(resting);

                await().atMost(TestOptions.WAIT).untilAsserted(() -> {
                    PortfolioSnapshot now = view.snapshot();
                    assertThat(now.position(Markets.AAPL_CONID)).isEqualByComparingTo(new BigDecimal("25"));
                    assertThat(now.portfolio()).singleElement().satisfies(entry -> assertThat(entry.position()).isEqualByComparingTo("25"));
                    assertThat(now.openOrders()).isEmpty();
                    assertThat(now.value("TotalCashValue").flatMap(v -> v.decimal()).orElseThrow()).isLessThan(new BigDecimal("1000000"));
                });
                assertThat(view.isLive()).isTrue();
            }
        }
    }
}
