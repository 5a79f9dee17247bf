package io.tws4j.client.orders;

import io.tws4j.client.ReadOnlyViolationException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Collector;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.LaneKey;
import io.tws4j.client.core.Replies;
import io.tws4j.client.core.StreamSource;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderTimes;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The order requests: what each sends and what its replies become, and the checks made before
 * anything is sent (read-only mode, then the order's own checks). Orders go through the
 * {@link OrderJournal}: ids tws4j picks are taken as the order is written, and an order is never
 * sent again after a lost connection; the reconciliation after the reconnect tells whether the
 * gateway got it.
 */
final class OrderRequests {
    /** Open-order listings answer with the same messages, so one of them runs at a time. */
    static final LaneKey OPEN_ORDERS = LaneKey.of("open orders", InMessage.OPEN_ORDER, InMessage.ORDER_STATUS,
            InMessage.OPEN_ORDER_END, InMessage.ORDER_BOUND);
    static final LaneKey COMPLETED_ORDERS = LaneKey.of("completed orders", InMessage.COMPLETED_ORDER,
            InMessage.COMPLETED_ORDERS_END);
    /** The id to pass for an order whose id tws4j takes as it writes it. */
    static final int FRESH_ID = -1;

    private OrderRequests() {}

    static void refuseIfReadOnly(Core core, String operation) {
        if (core.options().readOnly()) {
            throw new ReadOnlyViolationException(operation);
        }
    }

    /**
     * Checks an order and writes it, under {@code orderId} or ({@link #FRESH_ID}) a fresh id taken
     * as it is written; returns once it was handed to the connection. Its
     * {@link Placement#acknowledged} completes when TWS acknowledges it.
     *
     * @param watch whether a handle watches it; its stream is open before the order goes out
     * @throws io.tws4j.client.OrderNotReceivedException if nothing was written; safe to send again
     */
    static Placement place(Core core, int orderId, Contract contract, Order order, boolean watch) {
        refuseIfReadOnly(core, orderId == FRESH_ID ? "placing an order" : "placing order " + orderId);
        OrderValidation.check(contract, order);
        return write(core, orderId, contract, order, order.transmit(), watch);
    }

    /** Writes a checked order (or bracket leg); {@code expectsAck} is false for an order TWS holds silently. */
    static Placement write(Core core, int orderId, Contract contract, Order order, boolean expectsAck, boolean watch) {
        OrderJournal journal = OrderJournal.of(core);
        String name = "order (" + order.describe() + " " + contract.describe() + ")";
        OrderTracker tracker = watch ? new OrderTracker(core, name, journal::trackerStopped) : null;
        Placement placement = new Placement(journal, name, orderId, contract, order, OutMessage.PLACE_ORDER,
                id -> OrdersCodec.placeOrderRequest(id, contract, order), expectsAck, tracker);
        journal.place(List.of(placement));
        return placement;
    }

    /** Asks TWS what an order would do to the margin and what it would cost, without placing it. */
    static CompletableFuture<OrderState> analyze(Core core, Contract contract, Order order) {
        try {
            refuseIfReadOnly(core, "a what-if order");
            Order whatIf = order.toBuilder().whatIf(true).transmit(true).build();
            OrderValidation.check(contract, whatIf);
            return core.call(CallSpec.<OrderState>byNewOrderId("what-if order", OutMessage.PLACE_ORDER,
                            id -> OrdersCodec.placeOrderRequest(id, contract, whatIf))
                    .retryable(false)
                    .single(InMessage.OPEN_ORDER, OrdersProto.OpenOrder.class, open -> OrdersCodec.openOrder(open).state()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends CANCEL_ORDER; TWS answers on the order's stream (202 and a Cancelled status) or with 10147 / 10148. */
    static void cancel(Core core, int orderId, Instant manualCancelTime) {
        refuseIfReadOnly(core, "cancelling order " + orderId);
        core.send(OutMessage.CANCEL_ORDER, OrdersCodec.cancelOrderRequest(orderId,
                manualCancelTime == null ? "" : OrderTimes.format(manualCancelTime)));
    }

    static void globalCancel(Core core) {
        refuseIfReadOnly(core, "cancelling all orders");
        core.send(OutMessage.REQ_GLOBAL_CANCEL, OrdersCodec.globalCancelRequest(""));
    }

    /** Writes an exercise or lapse instruction under a fresh id and opens its stream, as for an order. */
    static Placement exercise(Core core, Contract option, ExerciseAction action, int quantity, String account, boolean override) {
        refuseIfReadOnly(core, "exercising options");
        if (quantity <= 0) {
            throw OrderValidation.invalid("the number of contracts to " + action.name().toLowerCase() + " must be positive");
        }
        if (option.conId() == 0 && option.symbol().isEmpty()) {
            throw OrderValidation.invalid("the option to " + action.name().toLowerCase() + " needs a conId or a symbol");
        }
        OrderJournal journal = OrderJournal.of(core);
        String name = "exercise of " + option.describe();
        OrderTracker tracker = new OrderTracker(core, name, journal::trackerStopped);
        Order instruction = Order.builder().action(Action.SELL).totalQuantity(quantity).account(account).build();
        Placement placement = new Placement(journal, name, FRESH_ID, option, instruction, OutMessage.EXERCISE_OPTIONS,
                id -> OrdersCodec.exerciseOptionsRequest(id, option, action, quantity, account, override, ""), true, tracker);
        journal.place(List.of(placement));
        return placement;
    }

    // ---- listings

    static CallSpec<List<OpenOrder>> openOrders(String name, OutMessage message, com.google.protobuf.MessageLite body) {
        return openOrders(name, message, body, true);
    }

    /** @param retryable whether it is sent again after a reconnect (the reconciliation's own listing is not) */
    static CallSpec<List<OpenOrder>> openOrders(String name, OutMessage message, com.google.protobuf.MessageLite body,
                                                boolean retryable) {
        return CallSpec.<List<OpenOrder>>shared(name, OPEN_ORDERS, message, body).retryable(retryable).collect(OpenOrdersCollector::new);
    }

    static CallSpec<List<CompletedOrder>> completedOrders(boolean apiOnly) {
        return completedOrders(apiOnly, true);
    }

    static CallSpec<List<CompletedOrder>> completedOrders(boolean apiOnly, boolean retryable) {
        return CallSpec.<List<CompletedOrder>>shared("completed orders", COMPLETED_ORDERS, OutMessage.REQ_COMPLETED_ORDERS,
                        OrdersCodec.completedOrdersRequest(apiOnly))
                .retryable(retryable)
                .collect(Replies.list(InMessage.COMPLETED_ORDER, OrdersProto.CompletedOrder.class, OrdersCodec::completedOrder,
                        InMessage.COMPLETED_ORDERS_END));
    }

    static CallSpec<List<Fill>> executions(ExecutionFilter filter) {
        return executions(filter, true);
    }

    static CallSpec<List<Fill>> executions(ExecutionFilter filter, boolean retryable) {
        return CallSpec.<List<Fill>>byRequestId("executions", OutMessage.REQ_EXECUTIONS, id -> OrdersCodec.executionRequest(id, filter))
                .retryable(retryable)
                .collect(ExecutionsCollector::new);
    }

    /** Opens one subscriber's order update stream (see {@link OrderJournal}). */
    static StreamSource updates(Core core) {
        return OrderJournal.of(core).openUpdates();
    }

    /**
     * Collects open orders with their latest status; orders that finished meanwhile are left out.
     * Orders of different clients may share an order id, so each is known by client and order id.
     */
    private static final class OpenOrdersCollector implements Collector<List<OpenOrder>> {
        private final Map<Long, OpenOrder> orders = new LinkedHashMap<>();
        private final Map<Long, OrderStatusUpdate> statuses = new LinkedHashMap<>();

        private static long key(int clientId, int orderId) {
            return ((long) clientId << 32) | (orderId & 0xffffffffL);
        }

        @Override
        public boolean accept(InMessage type, Object message) {
            switch (type) {
                case OPEN_ORDER -> {
                    OpenOrder open = OrdersCodec.openOrder((OrdersProto.OpenOrder) message);
                    orders.put(key(open.order().clientId(), open.orderId()), open);
                }
                case ORDER_STATUS -> {
                    OrderStatusUpdate status = OrdersCodec.orderStatus((OrdersProto.OrderStatus) message);
                    statuses.put(key(status.clientId(), status.orderId()), status);
                }
                default -> { }
            }
            return type == InMessage.OPEN_ORDER_END;
        }

        @Override
        public List<OpenOrder> result() {
            List<OpenOrder> open = new ArrayList<>();
            for (OpenOrder order : orders.values()) {
                Optional<OrderStatusUpdate> status = Optional.ofNullable(statuses.get(key(order.order().clientId(), order.orderId())));
                boolean finished = status.map(s -> s.status().isTerminal()).orElse(order.state().status().isTerminal());
                if (!finished) {
                    open.add(order);
                }
            }
            return List.copyOf(open);
        }
    }

    /** Collects executions and pairs each with its commission report, which TWS sends before the end marker. */
    private static final class ExecutionsCollector implements Collector<List<Fill>> {
        private final Map<String, Fill> fills = new LinkedHashMap<>();

        @Override
        public boolean accept(InMessage type, Object message) {
            switch (type) {
                case EXECUTION_DATA -> {
                    var report = OrdersCodec.executionReport((OrdersProto.ExecutionDetails) message);
                    fills.putIfAbsent(report.execution().execId(), new Fill(report.contract(), report.execution(), Optional.empty()));
                }
                case COMMISSION_AND_FEES_REPORT -> {
                    var report = OrdersCodec.commissionReport((OrdersProto.CommissionAndFeesReport) message);
                    fills.computeIfPresent(report.execId(), (id, fill) -> fill.withCommission(report));
                }
                default -> { }
            }
            return type == InMessage.EXECUTION_DATA_END;
        }

        @Override
        public List<Fill> result() {
            return List.copyOf(fills.values());
        }
    }
}
