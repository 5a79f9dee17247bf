package io.tws4j.client.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's order ids: seeded from every NextValidId the gateway sends and never moved
 * backwards, so an id is never handed out twice in a client's life, reconnects included.
 */
public final class OrderIds {
    private final AtomicInteger next = new AtomicInteger(1);

    /** Raises the next id to at least {@code nextValidId}. */
    void seed(int nextValidId) {
        next.accumulateAndGet(nextValidId, Math::max);
    }

    /** Returns a fresh order id. */
    public int next() {
        return next.getAndIncrement();
    }

    /** Reserves {@code count} consecutive ids and returns the first. */
    public int reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        return next.getAndAdd(count);
    }

    /** Returns the id {@link #next()} would hand out, without taking it. */
    public int peek() {
        return next.get();
    }
}
