package io.tws4j.simulator.orders;

import io.tws4j.simulator.core.ClientSession;
import java.util.List;

/**
 * Orders entered in TWS itself, and their binding to API client 0: an open-orders request of
 * client 0, or its automatic binding, gives each such order an API order id, which TWS reports
 * with ORDER_BOUND before the order's open-order and status messages.
 *
 * <p>Inferred: bound manual orders get negative order ids, counting down from -1, so that they
 * never collide with the ids API clients choose.
 */
final class ManualOrders {
    /** Only client 0 may bind TWS's orders (TWS error 327). */
    static final int BINDING_CLIENT = 0;
    static final int ONLY_CLIENT_ZERO_BINDS = 327;

    private final OrderDesk desk;
    private ClientSession autoBind;
    private int nextOrderId = -1;

    ManualOrders(OrderDesk desk) {
        this.desk = desk;
    }

    /** Binds a new manual order at once if client 0 asked for automatic binding. */
    void placed(WorkingOrder order) {
        if (autoBind != null && !autoBind.isClosed()) {
            bind(order, autoBind);
        }
    }

    /** Binds every unbound manual order to client 0. */
    void bindAll(ClientSession session) {
        List<WorkingOrder> unbound = desk.book.all().stream().filter(o -> o.unbound && !o.isDone()).toList();
        unbound.forEach(order -> bind(order, session));
    }

    /** Turns automatic binding on for client 0's session (or off). */
    void autoBind(ClientSession session, boolean on) {
        autoBind = on ? session : null;
    }

    private void bind(WorkingOrder order, ClientSession session) {
        order.orderId = nextOrderId--;
        order.unbound = false;
        desk.book.bind(order);
        desk.reports.bound(order, session);
        desk.reports.openOrderAndStatus(order);
    }
}
