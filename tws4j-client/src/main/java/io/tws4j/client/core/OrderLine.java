package io.tws4j.client.core;

/**
 * One order message's route, as {@link Core#placeOrders} registered it: by the order id it was
 * written under, alive across lost connections until the orders package releases it.
 */
public interface OrderLine {

    /** Returns the order id it was written under, or -1 while none is taken. */
    int orderId();

    /** Stops routing the order's notices here; the core forgets the route. Idempotent. */
    void release();
}
