package io.tws4j.client.orders;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
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

/** The implementation behind {@link OrdersApi}; clients create it, users get it from a client. */
public final class RealOrdersApi implements OrdersApi {
    private final Core core;

    public RealOrdersApi(Core core) {
        this.core = core;
        OrderJournal.of(core);
    }

    @Override
    public OrderQuery order(Contract contract) {
        return new OrderQuery(core, contract);
    }

    @Override
    public OrderHandle placeOrder(int orderId, Contract contract, Order order) {
        return OrderQuery.placed(OrderRequests.place(core, orderId, contract, order, true));
    }

    @Override
    public void submitOrder(int orderId, Contract contract, Order order) {
        Placement placement = OrderRequests.place(core, orderId, contract, order, false);
        Blocking.await(placement.acknowledged, placement.toString());
    }

    @Override
    public void cancelOrder(int orderId) {
        OrderRequests.cancel(core, orderId, null);
    }

    @Override
    public void cancelOrder(int orderId, Instant manualCancelTime) {
        OrderRequests.cancel(core, orderId, manualCancelTime);
    }

    @Override
    public void globalCancel() {
        OrderRequests.globalCancel(core);
    }

    @Override
    public Subscription<OrderUpdate> orderUpdateStream() {
        return new BlockingSubscription<>(OrderRequests.updates(core));
    }

    @Override
    public List<OpenOrder> openOrders() {
        return Blocking.await(core.call(OrderRequests.openOrders("open orders", OutMessage.REQ_OPEN_ORDERS,
                OrdersCodec.openOrdersRequest())), "open orders");
    }

    @Override
    public List<OpenOrder> allOpenOrders() {
        return Blocking.await(core.call(OrderRequests.openOrders("all open orders", OutMessage.REQ_ALL_OPEN_ORDERS,
                OrdersCodec.allOpenOrdersRequest())), "all open orders");
    }

    @Override
    public List<OpenOrder> autoOpenOrders(boolean autoBind) {
        return Blocking.await(core.call(OrderRequests.openOrders("auto open orders", OutMessage.REQ_AUTO_OPEN_ORDERS,
                OrdersCodec.autoOpenOrdersRequest(autoBind))), "auto open orders");
    }

    @Override
    public List<CompletedOrder> completedOrders(boolean apiOnly) {
        return Blocking.await(core.call(OrderRequests.completedOrders(apiOnly)), "completed orders");
    }

    @Override
    public List<Fill> executions(ExecutionFilter filter) {
        return Blocking.await(core.call(OrderRequests.executions(filter)), "executions");
    }

    @Override
    public OrderHandle exerciseOptions(Contract option, ExerciseAction action, int quantity, String account, boolean override) {
        return new BlockingOrderHandle(OrderRequests.exercise(core, option, action, quantity, account, override).tracker);
    }
}
