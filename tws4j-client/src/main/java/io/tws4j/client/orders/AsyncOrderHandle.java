package io.tws4j.client.orders;

import io.tws4j.client.Feed;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A placed order, watched asynchronously: its updates as a {@link Feed} (for one subscriber: the
 * order was placed once), a future of TWS's acknowledgement and a future of its end.
 *
 * {@snippet :
 * AsyncOrderHandle order = async.order(aapl).buy(100).market().place();
 * order.acknowledged().thenAccept(placed -> System.out.println("TWS has order " + placed.orderId()));
 * order.done().thenAccept(status -> System.out.println("done: " + status.status() + " " + order.fills()));
 * }
 *
 * <p>The updates are buffered from the moment the order is placed, so a late subscriber misses
 * none of them. {@link #close()} stops watching; it does not cancel the order.
 */
public interface AsyncOrderHandle extends AutoCloseable {

    /** Returns the order's id. */
    int orderId();

    /**
     * Returns a future that completes with this handle once TWS has acknowledged the order (its
     * first open order or status arrived), the same moment the blocking {@code place()} returns.
     * It fails with {@link io.tws4j.client.RequestRejectedException} if TWS rejected the order,
     * {@link io.tws4j.client.OrderNotReceivedException} if the gateway never received it (safe to
     * send again), or {@link io.tws4j.client.OrderNotAcknowledgedException} if TWS said nothing
     * within the request timeout although the connection stayed up: the handle keeps watching.
     * Completes on the delivery executor, never on the reader thread.
     */
    CompletableFuture<AsyncOrderHandle> acknowledged();

    /** Returns the order's updates; a second subscriber fails with an {@link io.tws4j.client.InvalidRequestException}. */
    Feed<OrderUpdate> updates();

    /** Returns the latest status TWS reported, if any yet. */
    Optional<OrderStatusUpdate> status();

    /** Returns the fills so far, each with its commission report once it has arrived. */
    List<Fill> fills();

    /**
     * Returns a future of the order's end: its last status once it is done, or the error that
     * ended its stream (a rejection, an order the gateway never received, a client closed);
     * cancelled if watching stops first. A lost connection does not end it: the order's updates
     * continue after the reconnect.
     * Completes on the delivery executor, never on the reader thread.
     */
    CompletableFuture<OrderStatusUpdate> done();

    /** Stops watching the order; the order itself stays as it is. */
    @Override
    void close();
}
