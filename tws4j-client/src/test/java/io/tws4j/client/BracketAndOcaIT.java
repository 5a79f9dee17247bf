package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.orders.BracketIds;
import io.tws4j.orders.OcaType;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.Quote;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Brackets and one-cancels-all groups: held until complete, children working once the parent fills, one fill cancelling the rest. */
class BracketAndOcaIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(300));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aBracketTravelsHeldUntilItsLastChildAndItsChildrenAreOneCancelsAll(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            Quote quote = Markets.aaplQuote(gateway.get());
            double entry = round(quote.ask() + 0.50);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                BracketIds ids = trading.bracket(Markets.aapl(), o -> o.buy(100), entry, round(quote.ask() + 40), round(quote.bid() - 0.05));

                assertThat(ids.takeProfit()).isEqualTo(ids.parent() + 1);
                assertThat(ids.stopLoss()).isEqualTo(ids.parent() + 2);
                List<PlaceOrderRequest> sent = List.of(placed(), placed(), placed());
                assertThat(sent).extracting(PlaceOrderRequest::getOrderId).containsExactly(ids.parent(), ids.takeProfit(), ids.stopLoss());
                assertThat(sent).extracting(r -> r.getOrder().getTransmit()).containsExactly(false, false, true);
                assertThat(sent).extracting(r -> r.getOrder().getParentId()).containsExactly(0, ids.parent(), ids.parent());
                assertThat(sent).extracting(r -> r.getOrder().getOrderType()).containsExactly("LMT", "LMT", "STP");

                Map<Integer, OrderStatus> last = new HashMap<>();
                while (!(OrderStatus.FILLED.equals(last.get(ids.stopLoss())) && OrderStatus.CANCELLED.equals(last.get(ids.takeProfit())))) {
                    OrderStatusUpdate status = updates.next(OrderStatusUpdate.class);
                    last.put(status.orderId(), status.status());
                    if (status.orderId() != ids.parent() && status.status() == OrderStatus.SUBMITTED) {
                        assertThat(last.get(ids.parent())).as("children work once the parent is filled").isEqualTo(OrderStatus.FILLED);
                    }
                }
            }
            assertThat(gateway.get().accounts().positions(Markets.ACCOUNT).getFirst().position()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aFillInAOneCancelsAllGroupCancelsTheOtherOrders(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            Trading trading = surface.of(client);
            Quote quote = Markets.aaplQuote(gateway.get());
            try (Trading.Watched resting = trading.place(Markets.aapl(),
                         o -> o.buy(10).limit(round(quote.bid() - 20)).oneCancelsAll("pair", OcaType.CANCEL_WITH_BLOCK));
                 Trading.Watched other = trading.place(Markets.aapl(),
                         o -> o.buy(10).limit(round(quote.bid() - 25)).oneCancelsAll("pair", OcaType.CANCEL_WITH_BLOCK))) {
                resting.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED);

                try (Trading.Watched marketable = trading.place(Markets.aapl(),
                        o -> o.buy(10).limit(round(quote.ask() + 1)).oneCancelsAll("pair", OcaType.CANCEL_WITH_BLOCK))) {
                    assertThat(marketable.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                }
                assertThat(resting.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(other.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aReducingGroupReducesTheOtherOrdersByTheFill(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            Trading trading = surface.of(client);
            Quote quote = Markets.aaplQuote(gateway.get());
            try (Trading.Watched resting = trading.place(Markets.aapl(),
                    o -> o.sell(100).limit(round(quote.ask() + 30)).oneCancelsAll("reduce", OcaType.REDUCE_WITH_BLOCK))) {
                resting.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED);

                trading.submit(Markets.aapl(), o -> o.sell(40).limit(round(quote.bid() - 1)).oneCancelsAll("reduce", OcaType.REDUCE_WITH_BLOCK));

                OrderStatusUpdate reduced = resting.updates().nextData(u -> u instanceof OrderStatusUpdate s
                        && s.remaining().compareTo(new BigDecimal("60")) == 0) instanceof OrderStatusUpdate s ? s : null;
                assertThat(reduced).isNotNull();
                assertThat(reduced.status()).isEqualTo(OrderStatus.SUBMITTED);
            }
        }
    }

    private static PlaceOrderRequest placed() {
        return gateway.get().takeRequest(OutMessage.PLACE_ORDER, TestOptions.WAIT).orElseThrow().body(PlaceOrderRequest.class);
    }

    private static double round(double price) {
        return Math.round(price * 100) / 100.0;
    }
}
