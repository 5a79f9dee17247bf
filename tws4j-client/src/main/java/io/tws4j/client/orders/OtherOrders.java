package io.tws4j.client.orders;

import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatusUpdate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the order update stream remembers of orders this client did not place (other clients'
 * seen as the master client, TWS's own once bound), to leave out TWS's repeats: the last open
 * order and status of each, the live executions shown and whether their commission reports were, and the
 * completed orders already shown. Bounded: the oldest are forgotten. Guarded by the journal's lock.
 */
final class OtherOrders {
    private static final int REMEMBERED = 10_000;

    private final Map<Long, OpenOrder> lastOpen = bounded();
    private final Map<Long, OrderStatusUpdate> lastStatus = bounded();
    private final Map<String, Boolean> liveExecutions = bounded();
    private final Map<Long, Boolean> completed = bounded();

    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    private static long key(int clientId, int orderId) {
        return ((long) clientId << 32) | (orderId & 0xffffffffL);
    }

    /** Returns whether the open order differs from the last one of its order. */
    boolean openOrderChanged(OpenOrder open) {
        return !open.equals(lastOpen.put(key(open.order().clientId(), open.orderId()), open));
    }

    /** Returns whether the status differs from the last one of its order. */
    boolean statusChanged(OrderStatusUpdate status) {
        return !status.equals(lastStatus.put(key(status.clientId(), status.orderId()), status));
    }

    /** Notes a live execution; returns false if it was seen before. */
    boolean newExecution(String execId) {
        return liveExecutions.putIfAbsent(execId, Boolean.FALSE) == null;
    }

    /** Returns whether a commission report belongs to a live execution shown and not yet paired; pairs it. */
    boolean takeCommission(String execId) {
        return liveExecutions.replace(execId, Boolean.FALSE, Boolean.TRUE);
    }

    /** Returns whether a completed order (by perm id) is shown for the first time. */
    boolean firstCompletion(long permId) {
        return completed.putIfAbsent(permId, Boolean.TRUE) == null;
    }
}
