package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.orders.ReconciliationReport;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.ScriptedAnswer;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lost connection at each step of an order's life, through both surfaces: the order is placed
 * while the client reconnects, never reaches the gateway, reaches it but its answer is lost, is
 * modified and filled while the client is away. Each call ends definitely (acknowledged, or
 * {@link OrderNotReceivedException}: safe to send again), each fill reaches the handle and the
 * order update stream exactly once with its commission, and nothing is sent twice.
 */
class OrderRecoveryIT {
    private static final int CLIENT = 1;

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    /** Reconnects quickly, and keeps trying while a held session keeps the client id. */
    static ClientOptions.Builder options() {
        return TestOptions.against(gateway.get(), CLIENT)
                .reconnect(ReconnectPolicy.fibonacci().withForever().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anOrderPlacedWhileTheClientReconnectsIsNotSentAndSafeToSendAgain(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            gateway.get().injectOnNextConnection(Fault.stall(Duration.ofSeconds(1)));

            gateway.get().inject(Fault.disconnect());
            await().atMost(TestOptions.WAIT).until(() -> !client.isConnected());

            assertThatThrownBy(() -> trading.submit(Markets.aapl(), o -> o.buy(10).limit(100)))
                    .isInstanceOfSatisfying(OrderNotReceivedException.class, e -> assertThat(e.orderId()).isEqualTo(-1));
            assertThatThrownBy(() -> trading.place(Markets.aapl(), o -> o.buy(10).limit(100)))
                    .isInstanceOf(OrderNotReceivedException.class);
            await().atMost(TestOptions.WAIT).until(client::isConnected);
            int sentAgain = trading.submit(Markets.aapl(), o -> o.buy(10).limit(100));

            assertThat(placeOrderIds()).containsExactly(sentAgain);
            assertThat(trading.openOrders()).extracting(OpenOrder::orderId).containsExactly(sentAgain);
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anOrderTheGatewayNeverHandledFailsAsNotReceivedAndIsSafeToSendAgain(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                CompletableFuture<Integer> submitted = inBackground(() -> trading.submit(Markets.aapl(), o -> o.buy(10).limit(100)));
                int id = faults.awaitRead(OutMessage.PLACE_ORDER).body(PlaceOrderRequest.class).getOrderId();

                faults.neverArrives();

                assertThat(failure(submitted)).isInstanceOfSatisfying(OrderNotReceivedException.class,
                        e -> assertThat(e.orderId()).isEqualTo(id));
                List<StreamItem<OrderUpdate>> gap = updates.upTo(StreamItem.Reconciled.class);
                assertThat(gap.getFirst()).isInstanceOf(StreamItem.Interrupted.class);
                assertThat(gap).filteredOn(StreamItem.Resumed.class::isInstance).hasSize(1);
                ReconciliationReport report = report(gap);
                assertThat(report.notReceived()).containsExactly(id);
                assertThat(report.confirmed()).isEmpty();
                assertThat(gateway.get().engine().nextOrderId(CLIENT)).as("the gateway never used the id").isLessThanOrEqualTo(id);

                int sentAgain = trading.submit(Markets.aapl(), o -> o.buy(10).limit(100));

                assertThat(sentAgain).isGreaterThan(id);
                assertThat(trading.openOrders()).extracting(OpenOrder::orderId).containsExactly(sentAgain);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anOrderWhoseAnswerWasLostCompletesAfterTheReconnectWithItsFillOnce(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                CompletableFuture<Trading.Watched> placing = inBackground(() -> trading.place(Markets.aapl(), o -> o.buy(10).market()));
                int id = faults.awaitRead(OutMessage.PLACE_ORDER).body(PlaceOrderRequest.class).getOrderId();

                faults.answerLost(client);

                try (Trading.Watched order = placing.get(TestOptions.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    assertThat(order.orderId()).isEqualTo(id);
                    assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                    assertFilledOnce(order.fills(), 10);
                    List<StreamItem<OrderUpdate>> watched = order.updates().toEnd();
                    assertThat(executionIds(watched)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(executionIds(order.fills()));
                    assertThat(data(watched, OrderStatusUpdate.class)).extracting(OrderStatusUpdate::status).containsOnlyOnce(OrderStatus.FILLED);

                    List<StreamItem<OrderUpdate>> gap = reconciledAndDone(updates, id);
                    assertThat(gap.subList(0, 2)).hasExactlyElementsOfTypes(StreamItem.Interrupted.class, StreamItem.Resumed.class);
                    ReconciliationReport report = report(gap);
                    assertThat(report.confirmed()).containsExactly(id);
                    assertThat(report.notReceived()).isEmpty();
                    assertThat(report.fillsRecovered()).isBetween(0, order.fills().size());
                    assertThat(executionIds(gap)).containsExactlyInAnyOrderElementsOf(executionIds(order.fills()));
                    assertThat(data(gap, CommissionReport.class)).extracting(CommissionReport::execId)
                            .containsExactlyInAnyOrderElementsOf(executionIds(order.fills()));
                    assertThat(data(gap, OrderStatusUpdate.class)).extracting(OrderStatusUpdate::status).containsOnlyOnce(OrderStatus.FILLED);
                }
                assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)).as("never sent again").isEmpty();
                assertThat(trading.executions(ExecutionFilter.ALL)).extracting(fill -> fill.execution().orderId()).containsOnly(id);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aWorkingOrderFilledWhileTheClientWasAwayIsReportedOnceWithItsCommissionAndStatus(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates();
                 Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(10).limit(100))) {
                updates.nextData(u -> u instanceof OrderStatusUpdate s && s.orderId() == order.orderId() && s.status() == OrderStatus.SUBMITTED);
                double marketable = Math.round((Markets.aaplQuote(gateway.get()).ask() + 5) * 100) / 100.0;
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                CompletableFuture<Integer> modified = inBackground(() -> {
                    trading.submitOrder(order.orderId(), Markets.aapl(), trading.build(Markets.aapl(), o -> o.buy(10).limit(marketable)));
                    return order.orderId();
                });
                faults.awaitRead(OutMessage.PLACE_ORDER);

                faults.answerLost(client);

                assertThat(modified.get(TestOptions.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(order.orderId());
                assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertFilledOnce(order.fills(), 10);
                List<StreamItem<OrderUpdate>> gap = reconciledAndDone(updates, order.orderId());
                assertThat(gap.getFirst()).isInstanceOf(StreamItem.Interrupted.class);
                assertThat(gap.get(1)).as("what the new connection brings comes after the mark").isInstanceOf(StreamItem.Resumed.class);
                ReconciliationReport report = report(gap);
                assertThat(report.confirmed()).containsExactly(order.orderId());
                assertThat(executionIds(gap)).containsExactlyInAnyOrderElementsOf(executionIds(order.fills()));
                assertThat(data(gap, CommissionReport.class)).hasSameSizeAs(order.fills());
                assertThat(data(gap, OrderStatusUpdate.class)).extracting(OrderStatusUpdate::status).containsOnlyOnce(OrderStatus.FILLED);
                List<StreamItem<OrderUpdate>> watched = order.updates().toEnd();
                assertThat(watched).filteredOn(StreamItem.Interrupted.class::isInstance).hasSize(1);
                assertThat(executionIds(watched)).doesNotHaveDuplicates().hasSameSizeAs(order.fills());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void partialFillsAcrossTwoLostConnectionsArriveEachOnce(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates();
                 Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(5000).market())) {
                ExecutionReport first = order.updates().next(ExecutionReport.class);
                int recovered = 0;
                for (int gap = 1; gap <= 2; gap++) {
                    BigDecimal before = position();
                    OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.REQ_CURRENT_TIME_IN_MILLIS);
                    faults.park(client);
                    faults.dropClientSide(client);
                    await().atMost(TestOptions.WAIT).until(() -> position().compareTo(before) > 0);
                    faults.release();
                    ReconciliationReport report = report(updates.upTo(StreamItem.Reconciled.class));
                    assertThat(report.fillsRecovered()).as("gap %d", gap).isPositive();
                    recovered += report.fillsRecovered();
                }

                assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertFilledOnce(order.fills(), 5000);
                List<Fill> atGateway = trading.executions(ExecutionFilter.ALL);
                assertThat(executionIds(order.fills())).containsExactlyInAnyOrderElementsOf(executionIds(atGateway));
                assertThat(recovered).isLessThan(atGateway.size());
                List<StreamItem<OrderUpdate>> watched = new java.util.ArrayList<>(List.of(new StreamItem.Data<>(first)));
                watched.addAll(order.updates().toEnd());
                assertThat(executionIds(watched)).doesNotHaveDuplicates().hasSameSizeAs(atGateway);
                assertThat(watched).filteredOn(StreamItem.Interrupted.class::isInstance).hasSize(2);
                assertThat(watched).filteredOn(StreamItem.Resumed.class::isInstance).hasSize(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void ordersSubmittedWithoutWaitingAreReportedLostOrFoundOnTheUpdateStream(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                int lost = trading.submitNoWait(Markets.aapl(), o -> o.buy(10).limit(100));
                faults.awaitRead(OutMessage.PLACE_ORDER);
                faults.neverArrives();
                ReconciliationReport first = report(updates.upTo(StreamItem.Reconciled.class));
                assertThat(first.notReceived()).containsExactly(lost);

                faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                int found = trading.submitNoWait(Markets.aapl(), o -> o.buy(10).limit(100));
                faults.awaitRead(OutMessage.PLACE_ORDER);
                faults.answerLost(client);
                List<StreamItem<OrderUpdate>> gap = updates.upTo(StreamItem.Reconciled.class);
                ReconciliationReport second = report(gap);

                assertThat(second.confirmed()).containsExactly(found);
                assertThat(second.notReceived()).isEmpty();
                assertThat(data(gap, OpenOrder.class)).extracting(OpenOrder::orderId).containsExactly(found);
                assertThat(trading.openOrders()).extracting(OpenOrder::orderId).containsExactly(found);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anOrderTheGatewayReadsButDoesNotAnswerFailsAsNotAcknowledgedAndStaysWatched(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(options().requestTimeout(Duration.ofMillis(500)).build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                CompletableFuture<Integer> submitted = inBackground(() -> trading.submit(Markets.aapl(), o -> o.buy(10).limit(100)));
                int id = faults.awaitRead(OutMessage.PLACE_ORDER).body(PlaceOrderRequest.class).getOrderId();

                assertThat(failure(submitted)).isInstanceOfSatisfying(OrderNotAcknowledgedException.class,
                        e -> assertThat(e.orderId()).isEqualTo(id));
                assertThat(client.isConnected()).isTrue();
                faults.release();

                assertThat(updates.next(OpenOrder.class).orderId()).isEqualTo(id);
                assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)).as("never sent again").isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void withoutReconciliationAnOrderCutOffByALossFailsAsNotAcknowledged(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(options().reconcileOrders(false).build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                CompletableFuture<Integer> submitted = inBackground(() -> trading.submit(Markets.aapl(), o -> o.buy(10).limit(100)));
                faults.awaitRead(OutMessage.PLACE_ORDER);

                faults.neverArrives();

                assertThat(failure(submitted)).isInstanceOf(OrderNotAcknowledgedException.class);
                assertThat(updates.next()).isInstanceOf(StreamItem.Interrupted.class);
                assertThat(updates.next()).isInstanceOfSatisfying(StreamItem.Resumed.class,
                        resumed -> assertThat(resumed.dataMaintained()).as("nothing was recovered").isFalse());
                assertThat(gateway.get().takeRequest(OutMessage.REQ_OPEN_ORDERS, Duration.ZERO)).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aLossDuringReconciliationStartsItOverAndDeliversNothingTwice(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates()) {
                OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
                CompletableFuture<Trading.Watched> placing = inBackground(() -> trading.place(Markets.aapl(), o -> o.buy(10).market()));
                int id = faults.awaitRead(OutMessage.PLACE_ORDER).body(PlaceOrderRequest.class).getOrderId();
                // the first reconciliation's executions request makes the gateway drop the connection again
                gateway.get().enqueue(ScriptedAnswer.of(OutMessage.REQ_EXECUTIONS, request -> {
                    gateway.get().inject(CLIENT, Fault.disconnect());
                    return List.of();
                }));

                faults.answerLost(client);

                try (Trading.Watched order = placing.get(TestOptions.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                    assertFilledOnce(order.fills(), 10);
                    List<StreamItem<OrderUpdate>> gaps = reconciledAndDone(updates, id);
                    assertThat(gaps).filteredOn(StreamItem.Interrupted.class::isInstance).hasSize(2);
                    assertThat(gaps).filteredOn(StreamItem.Resumed.class::isInstance).hasSize(2);
                    assertThat(gaps).filteredOn(StreamItem.Reconciled.class::isInstance).hasSize(1);
                    assertThat(report(gaps).confirmed()).containsExactly(id);
                    assertThat(executionIds(gaps)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(executionIds(order.fills()));
                    assertThat(data(gaps, CommissionReport.class)).hasSameSizeAs(order.fills());
                    assertThat(data(gaps, OrderStatusUpdate.class)).extracting(OrderStatusUpdate::status).containsOnlyOnce(OrderStatus.FILLED);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anAcknowledgedOrderARestartedGatewayNoLongerKnowsIsReportedAndItsHandleEnds(TradingSurface surface) {
        SimulatedGateway first = gateway.get();
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            try (Items<OrderUpdate> updates = trading.orderUpdates();
                 Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(10).limit(100).goodTillCancel())) {
                int port = first.port();
                first.close();
                try (SimulatedGateway restarted = Markets.trading(10).port(port).build().start()) {
                    ReconciliationReport report = report(updates.upTo(StreamItem.Reconciled.class));

                    assertThat(report.unknownToGateway()).containsExactly(order.orderId());
                    assertThatThrownBy(order::awaitDone).isInstanceOf(OrderUnknownToGatewayException.class);
                    assertThat(restarted.takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)).as("never sent again").isEmpty();
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anAsynchronousHandleKeepsWatchingAnOrderTwsDidNotAcknowledgeInTime() {
        try (TwsClient client = TwsClient.connect(options().requestTimeout(Duration.ofMillis(500)).build())) {
            OrderFaults faults = OrderFaults.hold(gateway.get(), CLIENT, OutMessage.PLACE_ORDER);
            try (io.tws4j.client.orders.AsyncOrderHandle handle = client.async().order(Markets.aapl()).buy(10).limit(100).place()) {
                Items<OrderUpdate> updates = Items.of(handle.updates());
                faults.awaitRead(OutMessage.PLACE_ORDER);

                assertThatThrownBy(() -> Futures.await(handle.acknowledged())).isInstanceOfSatisfying(OrderNotAcknowledgedException.class,
                        e -> assertThat(e.orderId()).isEqualTo(handle.orderId()));
                faults.release();

                assertThat(updates.next(OpenOrder.class).orderId()).isEqualTo(handle.orderId());
                assertThat(updates.next(OrderStatusUpdate.class).status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
                assertThat(handle.status()).isPresent();
                assertThat(handle.done()).isNotDone();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void theSeedFlowLeavesBothOrdersWithTheGatewayWhenTheClientClosesRightAfter(TradingSurface surface) {
        int market;
        int goodTillCancel;
        try (TwsClient client = TwsClient.connect(options().build())) {
            Trading trading = surface.of(client);
            market = trading.submit(Markets.aapl(), o -> o.buy(100).market());
            goodTillCancel = trading.submit(Markets.aapl(), o -> o.sell(50).limit(150.00).goodTillCancel().outsideRth());
        }

        assertThat(placeOrderIds()).containsExactly(market, goodTillCancel);
        assertThat(gateway.get().engine().nextOrderId(CLIENT)).isGreaterThan(goodTillCancel);
        await().atMost(TestOptions.WAIT).until(() -> !gateway.get().connectedClientIds().contains(CLIENT));
        try (TwsClient again = TwsClient.connect(options().build())) {
            // the sell limit sits below the bid: it fills at once, like the market order
            assertThat(again.executions(ExecutionFilter.ALL)).extracting(fill -> fill.execution().orderId())
                    .contains(market, goodTillCancel).containsOnly(market, goodTillCancel);
        }
    }

    // ---- helpers

    private static <T> CompletableFuture<T> inBackground(Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread.ofVirtual().name("test-call").start(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static Throwable failure(CompletableFuture<?> call) {
        try {
            Object value = call.get(TestOptions.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            throw new AssertionError("the call completed normally with " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the call did not end within " + TestOptions.WAIT, e);
        }
    }

    private static List<Integer> placeOrderIds() {
        List<Integer> ids = new java.util.ArrayList<>();
        for (var request = gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO); request.isPresent();
             request = gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)) {
            ids.add(request.get().body(PlaceOrderRequest.class).getOrderId());
        }
        return ids;
    }

    private static BigDecimal position() {
        return gateway.get().accounts().positions(Markets.ACCOUNT).stream()
                .filter(p -> p.contract().conId() == Markets.AAPL_CONID)
                .map(io.tws4j.accounts.Position::position).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The reconciliation's report among the items (the last one if several). */
    private static ReconciliationReport report(List<StreamItem<OrderUpdate>> items) {
        return items.reversed().stream().filter(StreamItem.Reconciled.class::isInstance)
                .map(item -> ((StreamItem.Reconciled<OrderUpdate>) item).report()).findFirst().orElseThrow();
    }

    /**
     * Reads the update stream until the reconciliation is over and the order is filled with its
     * last commission in. Whether a fill made during the gap comes back through reconciliation or
     * live depends on when the gateway found the old socket closed: either way, it comes once.
     */
    private static List<StreamItem<OrderUpdate>> reconciledAndDone(Items<OrderUpdate> updates, int orderId) {
        List<StreamItem<OrderUpdate>> read = new java.util.ArrayList<>();
        boolean reconciled = false;
        boolean filled = false;
        while (!reconciled || !filled || data(read, ExecutionReport.class).size() > data(read, CommissionReport.class).size()) {
            StreamItem<OrderUpdate> item = updates.next();
            read.add(item);
            reconciled |= item instanceof StreamItem.Reconciled<OrderUpdate>;
            filled |= item instanceof StreamItem.Data<OrderUpdate>(OrderStatusUpdate status)
                    && status.orderId() == orderId && status.status() == OrderStatus.FILLED;
        }
        return read;
    }

    private static <U extends OrderUpdate> List<U> data(List<StreamItem<OrderUpdate>> items, Class<U> type) {
        return items.stream().filter(StreamItem.Data.class::isInstance).map(item -> ((StreamItem.Data<OrderUpdate>) item).value())
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> executionIds(List<?> itemsOrFills) {
        return itemsOrFills.stream().map(entry -> switch (entry) {
            case Fill fill -> fill.execution().execId();
            case StreamItem.Data<?>(ExecutionReport report) -> report.execution().execId();
            default -> null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static void assertFilledOnce(List<Fill> fills, long quantity) {
        assertThat(fills).isNotEmpty().allSatisfy(fill -> assertThat(fill.commission()).isPresent());
        assertThat(executionIds(fills)).doesNotHaveDuplicates();
        assertThat(fills.stream().map(fill -> fill.execution().shares()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.valueOf(quantity));
    }
}
