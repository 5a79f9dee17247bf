package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.orders.OrderCondition;
import io.tws4j.orders.OrderStatus;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conditional orders on an accelerated clock: conditions read left to right with their AND/OR,
 * an order that starts working when they are met, and one that is cancelled instead.
 */
class ConditionalOrdersIT {
    private static final double UNREACHABLE = 10_000;

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void ordersWaitForTheirConditionsJoinedByAndAndOr(TradingSurface surface) {
        try (SimulatedGateway gateway = Markets.trading(60).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            Trading trading = surface.of(client);
            // the wire carries whole seconds
            Instant at = gateway.market().now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
            try (Trading.Watched either = trading.place(Markets.aapl(), o -> o.buy(10).market()
                         .condition(OrderCondition.priceAbove(Markets.AAPL_CONID, "SMART", UNREACHABLE))
                         .or(OrderCondition.timeAfter(at)));
                 Trading.Watched both = trading.place(Markets.aapl(), o -> o.buy(10).market()
                         .condition(OrderCondition.priceAbove(Markets.AAPL_CONID, "SMART", UNREACHABLE))
                         .and(OrderCondition.timeAfter(at)));
                 Trading.Watched cancelling = trading.place(Markets.aapl(), o -> o.buy(10).limit(100)
                         .condition(OrderCondition.timeAfter(at)).conditionsCancelOrder())) {

                assertThat(either.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(either.fills().getFirst().execution().time()).isAfterOrEqualTo(at);
                assertThat(cancelling.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(cancelling.fills()).isEmpty();
                assertThat(gateway.market().now()).isAfterOrEqualTo(at);
                assertThat(both.fills()).isEmpty();
                assertThat(both.status().orElseThrow().status().isActive()).as("the AND order still waits").isTrue();
                assertThat(trading.openOrders()).extracting(open -> open.orderId()).containsExactly(both.orderId());
            }
        }
    }
}
