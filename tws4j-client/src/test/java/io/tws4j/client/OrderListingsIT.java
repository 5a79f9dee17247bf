package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.accounts.Position;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.SecurityType;
import io.tws4j.orders.Action;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderBound;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.orders.TimeInForce;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Open, all-open, auto-open and completed orders, executions with their commissions, what-if answers and option exercise. */
class OrderListingsIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void eachClientListsItsOwnOpenOrdersAndAllOpenOrdersListsEveryone(TradingSurface surface) {
        try (TwsClient first = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             TwsClient second = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            int mine = surface.of(first).submit(Markets.aapl(), o -> o.buy(10).limit(100).goodTillCancel());
            int theirs = surface.of(second).submit(Markets.aapl(), o -> o.sell(10).limit(400));

            List<OpenOrder> own = surface.of(first).openOrders();
            assertThat(own).extracting(OpenOrder::orderId).containsExactly(mine);
            assertThat(own.getFirst().contract().conId()).isEqualTo(Markets.AAPL_CONID);
            assertThat(own.getFirst().order().timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_CANCEL);
            assertThat(own.getFirst().order().permId()).isPositive();
            // the second client's listing is a round trip behind its placement, so both orders are in by now
            assertThat(surface.of(second).openOrders()).extracting(OpenOrder::orderId).containsExactly(theirs);
            assertThat(surface.of(first).allOpenOrders()).extracting(open -> open.order().clientId()).containsExactlyInAnyOrder(1, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void completedOrdersAndExecutionsReportTheDaysTrading(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched bought = trading.place(Markets.aapl(), o -> o.buy(10).market());
                 Trading.Watched sold = trading.place(Contract.stock("MSFT").build(), o -> o.sell(5).market());
                 Trading.Watched cancelled = trading.place(Markets.aapl(), o -> o.buy(10).limit(100))) {
                bought.awaitDone();
                sold.awaitDone();
                cancelled.updates().nextData(u -> u instanceof OrderStatusUpdate s && s.status() == OrderStatus.SUBMITTED);
                trading.cancelOrder(cancelled.orderId());
                cancelled.awaitDone();

                List<CompletedOrder> completed = trading.completedOrders(false);
                assertThat(completed).extracting(done -> done.state().completedStatus())
                        .containsExactly("Filled Size: 10", "Filled Size: 5", "Cancelled by Trader");
                assertThat(completed).allSatisfy(done -> assertThat(done.state().completedTime()).isNotBlank());

                List<Fill> all = trading.executions(ExecutionFilter.ALL);
                assertThat(all).extracting(fill -> fill.contract().symbol()).containsOnly("AAPL", "MSFT");
                assertThat(all).allSatisfy(fill -> assertThat(fill.commission()).isPresent());
                assertThat(all.getFirst().commission().orElseThrow().execId()).isEqualTo(all.getFirst().execution().execId());
                assertThat(trading.executions(ExecutionFilter.builder().symbol("AAPL").build()))
                        .extracting(fill -> fill.execution().orderId()).containsOnly(bought.orderId());
                assertThat(trading.executions(ExecutionFilter.builder().side(Action.SELL).build()))
                        .extracting(fill -> fill.contract().symbol()).containsOnly("MSFT");
                assertThat(trading.executions(ExecutionFilter.builder().clientId(9).build())).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aWhatIfOrderReportsMarginAndCommissionWithoutPlacingAnything(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);

            OrderState preview = trading.analyze(Markets.aapl(), o -> o.buy(100).limit(200));

            assertThat(preview.commission()).hasValue(1.0);
            assertThat(preview.commissionCurrency()).isEqualTo("USD");
            assertThat(preview.margin()).hasValueSatisfying(margin -> {
                assertThat(margin.initialChange()).isEqualTo(100 * 200 * 0.5);
                assertThat(margin.equityWithLoanBefore()).isEqualTo(1_000_000.0);
            });
            assertThat(trading.openOrders()).isEmpty();
            assertThat(gateway.get().accounts().positions(Markets.ACCOUNT)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void ordersEnteredInTwsAreBoundToClientZeroWithOrderBound(TradingSurface surface) {
        Order manual = Order.builder().action(Action.BUY).totalQuantity(5).orderType(OrderType.LIMIT).limitPrice(100).build();
        long permId = gateway.get().orders().placeManual(Markets.aapl(), manual);
        try (TwsClient master = TwsClient.connect(TestOptions.against(gateway.get(), 0).build());
             TwsClient other = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(master);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                List<OpenOrder> bound = trading.autoOpenOrders(true);

                assertThat(bound).singleElement().satisfies(open -> {
                    assertThat(open.order().permId()).isEqualTo(permId);
                    assertThat(open.orderId()).isNegative();
                });
                OrderBound binding = updates.next(OrderBound.class);
                assertThat(binding.permId()).isEqualTo(permId);
                assertThat(binding.clientId()).isZero();
                assertThat(binding.orderId()).isEqualTo(bound.getFirst().orderId());
            }
            assertThatThrownBy(() -> surface.of(other).autoOpenOrders(true))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(327));
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void exercisingACallDeliversTheUnderlyingAtTheStrike(TradingSurface surface) {
        Instrument call = gateway.get().instruments().all().stream()
                .filter(i -> i.securityType() == SecurityType.OPTION && i.contract().right().equals("C"))
                .findFirst().orElseThrow();
        Contract option = Contract.ofConId(call.conId(), "SMART");
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched bought = trading.place(option, o -> o.buy(1).market())) {
                assertThat(bought.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
            }

            try (Trading.Watched exercise = trading.exercise(option, ExerciseAction.EXERCISE, 1)) {
                assertThat(exercise.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
            }

            List<Position> positions = gateway.get().accounts().positions(Markets.ACCOUNT);
            assertThat(positions).filteredOn(p -> p.contract().conId() == Markets.AAPL_CONID).singleElement().satisfies(shares -> {
                assertThat(shares.position()).isEqualByComparingTo(new BigDecimal("100"));
                assertThat(shares.averageCost()).isEqualTo(call.contract().strike());
            });
            assertThat(positions).filteredOn(p -> p.contract().conId() == call.conId()).singleElement()
                    .satisfies(p -> assertThat(p.position()).isZero());
            try (Trading.Watched tooMany = trading.exercise(option, ExerciseAction.EXERCISE, 1)) {
                assertThatThrownBy(tooMany::awaitDone).isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(201));
            }
        }
    }
}
