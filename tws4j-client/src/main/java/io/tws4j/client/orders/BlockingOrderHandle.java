package io.tws4j.client.orders;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.RequestInterruptedException;
import io.tws4j.client.RequestTimeoutException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The blocking view of a placed order: its stream read on the caller's thread, plus its tracker's state. */
final class BlockingOrderHandle implements OrderHandle {
    private final OrderTracker tracker;
    private final BlockingSubscription<OrderUpdate> stream;

    BlockingOrderHandle(OrderTracker tracker) {
        this.tracker = tracker;
        this.stream = new BlockingSubscription<>(tracker.source());
    }

    @Override
    public int orderId() {
        return tracker.orderId();
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
    public OrderStatusUpdate awaitDone(Duration timeout) {
        try {
            return tracker.done().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof TwsException tws ? tws
                    : new InvalidRequestException("order " + orderId() + " failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new RequestTimeoutException("order " + orderId(), timeout);
        } catch (CancellationException e) {
            throw new RequestInterruptedException("watching order " + orderId(), new InterruptedException("stopped watching"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException("waiting for order " + orderId(), e);
        }
    }

    @Override
    public int requestId() {
        return stream.requestId();
    }

    @Override
    public Optional<StreamItem<OrderUpdate>> next() {
        return stream.next();
    }

    @Override
    public Optional<StreamItem<OrderUpdate>> next(Duration timeout) {
        return stream.next(timeout);
    }

    @Override
    public Optional<StreamItem<OrderUpdate>> tryNext() {
        return stream.tryNext();
    }

    @Override
    public Iterable<OrderUpdate> data() {
        return stream.data();
    }

    @Override
    public boolean isDone() {
        return stream.isDone();
    }

    @Override
    public Iterator<StreamItem<OrderUpdate>> iterator() {
        return stream.iterator();
    }

    @Override
    public void close() {
        stream.close();
    }

    @Override
    public String toString() {
        return "OrderHandle[" + orderId() + ", " + status().map(s -> s.status().toString()).orElse("no status yet") + "]";
    }
}
