package io.tws4j.client.orders;

import io.tws4j.client.Feed;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The implementation behind {@link AsyncOrdersApi}; clients create it, users get it from a client. */
public final class RealAsyncOrdersApi implements AsyncOrdersApi {
    private final Core core;

    public RealAsyncOrdersApi(Core core) {
        this.core = core;
        OrderJournal.of(core);
    }

    @Override
    public AsyncOrderQuery order(Contract contract) {
        return new AsyncOrderQuery(core, contract);
    }

    @Override
    public AsyncOrderHandle placeOrder(int orderId, Contract contract, Order order) {
        return new FlowOrderHandle(OrderRequests.place(core, orderId, contract, order, true));
    }

    @Override
    public CompletableFuture<Void> submitOrder(int orderId, Contract contract, Order order) {
        try {
            return OrderRequests.place(core, orderId, contract, order, false).acknowledged.thenApply(id -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> cancelOrder(int orderId) {
        return run(() -> OrderRequests.cancel(core, orderId, null));
    }

    @Override
    public CompletableFuture<Void> cancelOrder(int orderId, Instant manualCancelTime) {
        return run(() -> OrderRequests.cancel(core, orderId, manualCancelTime));
    }

    @Override
    public CompletableFuture<Void> globalCancel() {
        return run(() -> OrderRequests.globalCancel(core));
    }

    @Override
    public Feed<OrderUpdate> orderUpdateStream() {
        return new FlowFeed<>("order-updates", () -> OrderRequests.updates(core));
    }

    @Override
    public CompletableFuture<List<OpenOrder>> openOrders() {
        return core.call(OrderRequests.openOrders("open orders", OutMessage.REQ_OPEN_ORDERS, OrdersCodec.openOrdersRequest()));
    }

    @Override
    public CompletableFuture<List<OpenOrder>> allOpenOrders() {
        return core.call(OrderRequests.openOrders("all open orders", OutMessage.REQ_ALL_OPEN_ORDERS,
                OrdersCodec.allOpenOrdersRequest()));
    }

    @Override
    public CompletableFuture<List<OpenOrder>> autoOpenOrders(boolean autoBind) {
        return core.call(OrderRequests.openOrders("auto open orders", OutMessage.REQ_AUTO_OPEN_ORDERS,
                OrdersCodec.autoOpenOrdersRequest(autoBind)));
    }

    @Override
    public CompletableFuture<List<CompletedOrder>> completedOrders(boolean apiOnly) {
        return core.call(OrderRequests.completedOrders(apiOnly));
    }

    @Override
    public CompletableFuture<List<Fill>> executions(ExecutionFilter filter) {
        return core.call(OrderRequests.executions(filter));
    }

    @Override
    public AsyncOrderHandle exerciseOptions(Contract option, ExerciseAction action, int quantity, String account,
                                            boolean override) {
        return new FlowOrderHandle(OrderRequests.exercise(core, option, action, quantity, account, override));
    }

    private static CompletableFuture<Void> run(Runnable send) {
        try {
            send.run();
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
