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
 * order was placed once), and a future of its end.
 *
 * {@snippet :
 * AsyncOrderHandle order = async.order(aapl).buy(100).market().place();
 * order.done().thenAccept(status -> System.out.println("done: " + status.status() + " " + order.fills()));
 * }
 *
 * <p>The updates are buffered from the moment the order is placed, so a late subscriber misses
 * none of them. {@link #close()} stops watching; it does not cancel the order.
 */
public interface AsyncOrderHandle extends AutoCloseable {

    /** Returns the order's id. */
    int orderId();

    /** Returns the order's updates; a second subscriber fails with an {@link io.tws4j.client.InvalidRequestException}. */
    Feed<OrderUpdate> updates();

    /** Returns the latest status TWS reported, if any yet. */
    Optional<OrderStatusUpdate> status();

    /** Returns the fills so far, each with its commission report once it has arrived. */
    List<Fill> fills();

    /**
     * Returns a future of the order's end: its last status once it is done, or the error that
     * ended its stream (a rejection, a lost connection); cancelled if watching stops first.
     * Completes on the delivery executor, never on the reader thread.
     */
    CompletableFuture<OrderStatusUpdate> done();

    /** Stops watching the order; the order itself stays as it is. */
    @Override
    void close();
}
