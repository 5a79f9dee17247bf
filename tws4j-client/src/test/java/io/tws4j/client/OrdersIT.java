package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.accounts.Position;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.orders.TimeInForce;
import io.tws4j.protocol.proto.OrdersProto.CancelOrderRequest;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An order's life through both surfaces: placed, filled or cancelled, modified, and reported in TWS's order. */
class OrdersIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aMarketBuyFillsAndItsStreamEndsAfterTheLastCommission(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Trading.Watched order = surface.of(client).place(Markets.aapl(), o -> o.buy(100).market())) {
            List<StreamItem<OrderUpdate>> updates = order.updates().toEnd();

            List<OrderUpdate> data = updates.stream().filter(StreamItem.Data.class::isInstance)
                    .map(item -> ((StreamItem.Data<OrderUpdate>) item).value()).toList();
            assertThat(data.getFirst()).isInstanceOf(OpenOrder.class);
            assertThat(data.getLast()).isInstanceOf(CommissionReport.class);
            assertThat(data).filteredOn(OrderStatusUpdate.class::isInstance).extracting(u -> ((OrderStatusUpdate) u).status())
                    .startsWith(OrderStatus.PRE_SUBMITTED).endsWith(OrderStatus.FILLED)
                    .as("TWS's repeated Filled status is left out").containsOnlyOnce(OrderStatus.FILLED);
            assertThat(order.fills()).isNotEmpty().allSatisfy(fill -> assertThat(fill.commission()).isPresent());
            assertThat(order.fills().stream().map(fill -> fill.execution().shares()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100");
            assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(gateway.get().accounts().positions(Markets.ACCOUNT)).extracting(Position::position)
                    .containsExactly(new BigDecimal("100"));
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aGoodTillCancelLimitSellOutsideRegularHoursTravelsAsTwsReadsIt(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            int id = surface.of(client).submit(Markets.aapl(), o -> o.sell(50).limit(150.00).goodTillCancel().outsideRth());

            PlaceOrderRequest sent = gateway.get().takeRequest(OutMessage.PLACE_ORDER, TestOptions.WAIT).orElseThrow()
                    .body(PlaceOrderRequest.class);
            assertThat(sent.getOrderId()).isEqualTo(id);
            assertThat(sent.getOrder().getAction()).isEqualTo("SELL");
            assertThat(sent.getOrder().getTotalQuantity()).isEqualTo("50");
            assertThat(sent.getOrder().getOrderType()).isEqualTo("LMT");
            assertThat(sent.getOrder().getLmtPrice()).isEqualTo(150.00);
            assertThat(sent.getOrder().getTif()).isEqualTo("GTC");
            assertThat(sent.getOrder().getOutsideRth()).isTrue();
            assertThat(sent.getOrder().getTransmit()).isTrue();
            assertThat(sent.getContract().getSymbol()).isEqualTo("AAPL");
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aCancelledOrderGetsNotice202ThenACancelledStatusThatEndsItsStream(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(10).limit(100))) {
                assertThat(order.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED))
                        .isNotNull();

                trading.cancelOrder(order.orderId());

                assertThat(order.updates().nextNotice().code()).isEqualTo(202);
                assertThat(order.updates().next(OrderStatusUpdate.class).status()).isEqualTo(OrderStatus.CANCELLED);
                order.updates().toEnd();
                assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aCancelCarriesItsManualCancelTime(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 5).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(10).limit(100))) {
                trading.cancelOrder(order.orderId(), Instant.parse("2025-01-06T15:00:30Z"));

                CancelOrderRequest cancel = gateway.get().takeRequest(OutMessage.CANCEL_ORDER, TestOptions.WAIT).orElseThrow()
                        .body(CancelOrderRequest.class);
                assertThat(cancel.getOrderId()).isEqualTo(order.orderId());
                assertThat(cancel.getOrderCancel().getManualOrderCancelTime()).isEqualTo("20250106-15:00:30");
                assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void placingTheSameIdAgainModifiesTheOrder(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(10).limit(100))) {
                order.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED);
                double marketable = Markets.aaplQuote(gateway.get()).ask() + 5;

                trading.submitOrder(order.orderId(), Markets.aapl(),
                        trading.build(Markets.aapl(), o -> o.buy(10).limit(Math.round(marketable * 100) / 100.0)));

                assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(order.fills()).extracting(fill -> fill.execution().orderId()).containsOnly(order.orderId());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anOrderLargerThanTheDisplayedSizeFillsInPartsAndPaysTheMinimumOnce(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 5).build());
             Trading.Watched order = surface.of(client).place(Markets.aapl(), o -> o.buy(5000).market())) {
            OrderStatusUpdate done = order.awaitDone();

            List<Fill> fills = order.fills();
            assertThat(fills).hasSizeGreaterThan(1);
            assertThat(done.filled()).isEqualByComparingTo("5000");
            assertThat(fills.getLast().execution().cumulativeQuantity()).isEqualByComparingTo("5000");
            double commissions = fills.stream().mapToDouble(fill -> fill.commission().orElseThrow().commission()).sum();
            assertThat(commissions).isCloseTo(25.00, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(fills.getFirst().commission().orElseThrow().commission()).isGreaterThanOrEqualTo(1.0);
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void theOrderUpdateStreamShowsOrdersPlacedWithoutAHandle(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 6).build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                int id = trading.submit(Markets.aapl(), o -> o.buy(100).market());

                assertThat(updates.next(OpenOrder.class).orderId()).isEqualTo(id);
                assertThat(updates.next(ExecutionReport.class).execution().orderId()).isEqualTo(id);
                assertThat(updates.nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.FILLED)).isNotNull();
                assertThat(nextData(updates)).isInstanceOf(OpenOrder.class);
                // TWS's repeated Filled status is left out
                CommissionReport commission = (CommissionReport) nextData(updates);
                assertThat(commission.commission()).isEqualTo(1.0);
                assertThat(commission.currency()).isEqualTo("USD");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void globalCancelCancelsEveryOpenOrder(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 7).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched first = trading.place(Markets.aapl(), o -> o.buy(10).limit(100).goodTillCancel());
                 Trading.Watched second = trading.place(Markets.aapl(), o -> o.sell(10).limit(400).timeInForce(TimeInForce.DAY))) {
                first.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED);
                second.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED);

                trading.globalCancel();

                assertThat(first.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(second.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(trading.openOrders()).isEmpty();
            }
        }
    }

    /** Returns the stream's next item, which must be data. */
    private static OrderUpdate nextData(Items<OrderUpdate> updates) {
        StreamItem<OrderUpdate> item = updates.next();
        assertThat(item).isInstanceOf(StreamItem.Data.class);
        return ((StreamItem.Data<OrderUpdate>) item).value();
    }
}
