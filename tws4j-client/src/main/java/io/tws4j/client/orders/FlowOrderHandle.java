package io.tws4j.client.orders;

import io.tws4j.client.Feed;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.client.core.StreamSource;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** The asynchronous view of a placed order: its one stream as a feed for one subscriber, plus its tracker's state. */
final class FlowOrderHandle implements AsyncOrderHandle {
    private final OrderTracker tracker;
    private final StreamSource source;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final Feed<OrderUpdate> updates;
    private final CompletableFuture<AsyncOrderHandle> acknowledged;

    FlowOrderHandle(Placement placement) {
        this.tracker = placement.tracker;
        this.source = tracker.source();
        this.acknowledged = placement.acknowledged.thenApply(id -> this);
        this.updates = new FlowFeed<>("order-" + tracker.orderId(), () -> {
            if (!subscribed.compareAndSet(false, true)) {
                throw OrderValidation.invalid("order " + tracker.orderId() + " was placed once: its updates have one subscriber");
            }
            return source;
        });
    }

    @Override
    public int orderId() {
        return tracker.orderId();
    }

    @Override
    public CompletableFuture<AsyncOrderHandle> acknowledged() {
        return acknowledged;
    }

    @Override
    public Feed<OrderUpdate> updates() {
        return updates;
    }

    @Override
    public Optional<OrderStatusUpdate> status() {
        return tracker.status();
    }

    @Override
    public List<Fill> fills() {
        return tracker.fills();
    }

    @Override
    public CompletableFuture<OrderStatusUpdate> done() {
        return tracker.done();
    }

    @Override
    public void close() {
        source.cancel();
    }

    @Override
    public String toString() {
        return "AsyncOrderHandle[" + orderId() + ", " + status().map(s -> s.status().toString()).orElse("no status yet") + "]";
    }
}
