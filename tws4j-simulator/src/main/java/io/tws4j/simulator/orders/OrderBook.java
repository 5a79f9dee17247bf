package io.tws4j.simulator.orders;

import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every order the gateway has accepted today, by permanent id and by client and order id, and
 * the day's executions. Not thread-safe: the {@link OrderDesk} guards it.
 */
final class OrderBook {
    private final Map<Long, WorkingOrder> byPermId = new LinkedHashMap<>();
    private final Map<Key, WorkingOrder> byOrderId = new LinkedHashMap<>();
    private final List<ExecutionRecord> executions = new ArrayList<>();
    private long nextPermId;

    /** An execution and its commission, with the client whose order it filled. */
    record ExecutionRecord(int clientId, ExecutionReport report, CommissionReport commission) {}

    private record Key(int clientId, int orderId) {}

    OrderBook(long firstPermId) {
        this.nextPermId = firstPermId;
    }

    long nextPermId() {
        return nextPermId++;
    }

    void add(WorkingOrder order) {
        byPermId.put(order.permId, order);
        if (!order.unbound) {
            byOrderId.put(new Key(order.clientId, order.orderId), order);
        }
    }

    /** Gives a manual order an API order id and client, so that it is found by them from now on. */
    void bind(WorkingOrder order) {
        byOrderId.put(new Key(order.clientId, order.orderId), order);
    }

    WorkingOrder find(int clientId, int orderId) {
        return byOrderId.get(new Key(clientId, orderId));
    }

    /** Returns every order, in the order they were accepted. */
    List<WorkingOrder> all() {
        return new ArrayList<>(byPermId.values());
    }

    /** Returns the orders still working or waiting, transmitted ones only. */
    List<WorkingOrder> open() {
        return byPermId.values().stream().filter(o -> !o.isDone() && !o.held).toList();
    }

    List<WorkingOrder> completed() {
        return byPermId.values().stream().filter(WorkingOrder::isDone).toList();
    }

    /** Returns the children of a bracket's parent. */
    List<WorkingOrder> children(WorkingOrder parent) {
        return byPermId.values().stream()
                .filter(o -> o.clientId == parent.clientId && o.order.parentId() == parent.orderId && o != parent)
                .toList();
    }

    /** Returns the other open orders of an order's one-cancels-all group, bracket siblings included. */
    List<WorkingOrder> siblings(WorkingOrder order) {
        String group = order.order.oca().name();
        int parent = order.order.parentId();
        return byPermId.values().stream()
                .filter(o -> o != order && !o.isDone() && o.clientId == order.clientId)
                .filter(o -> !group.isEmpty() && group.equals(o.order.oca().name())
                        || parent != 0 && o.order.parentId() == parent)
                .toList();
    }

    /** Returns the open orders of one instrument. */
    List<WorkingOrder> openOn(int conId) {
        return byPermId.values().stream().filter(o -> !o.isDone() && o.instrument.conId() == conId).toList();
    }

    void recordExecution(int clientId, ExecutionReport report, CommissionReport commission) {
        executions.add(new ExecutionRecord(clientId, Objects.requireNonNull(report), Objects.requireNonNull(commission)));
    }

    List<ExecutionRecord> executions() {
        return List.copyOf(executions);
    }
}
