package io.tws4j.client.orders;

import io.tws4j.client.Subscription;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A placed order, watched: its stream of updates (open orders, statuses, executions, commission
 * reports, bindings, and TWS's notices about it as notice items), and what they add up to. The
 * stream ends normally once the order is done and its last commission report is in; a rejection
 * ends it with a {@link io.tws4j.client.RequestRejectedException} carrying TWS's code. A lost
 * connection does not end it: it carries {@link io.tws4j.client.StreamItem.Interrupted} and
 * {@link io.tws4j.client.StreamItem.Resumed}, then what the order did meanwhile, each fill once,
 * and {@link io.tws4j.client.StreamItem.Reconciled} (see {@code docs/recovery.md}).
 *
 * {@snippet :
 * try (OrderHandle order = client.order(aapl).buy(100).limit(150).place()) {
 *     for (OrderUpdate update : order.data()) {
 *         System.out.println(update);
 *     }
 *     System.out.println(order.fills());          // each execution with its commission report
 * }
 * }
 *
 * <p>{@link #close()} stops watching; it does not cancel the order (use {@code cancelOrder}).
 */
public interface OrderHandle extends Subscription<OrderUpdate> {

    /** Returns the order's id. */
    int orderId();

    /** Returns the latest status TWS reported, if any yet. */
    Optional<OrderStatusUpdate> status();

    /** Returns the fills so far, each with its commission report once it has arrived. */
    List<Fill> fills();

    /**
     * Waits until the order is done (filled or cancelled, its last commission report in) and
     * returns its last status. Reading the updates is not needed for this.
     *
     * @throws io.tws4j.client.RequestRejectedException if TWS rejected the order
     * @throws io.tws4j.client.RequestTimeoutException if the order is not done within {@code timeout}
     * @throws io.tws4j.client.OrderNotReceivedException if the gateway never received the order
     * @throws io.tws4j.client.OrderUnknownToGatewayException if, after a reconnect, the gateway no longer knows it
     */
    OrderStatusUpdate awaitDone(Duration timeout);

    /** Stops watching the order; the order itself stays as it is. */
    @Override
    void close();
}
