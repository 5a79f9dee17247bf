package io.tws4j.client.core;

/** How the replies to a request find it. */
public enum Routing {
    /** By a request id the client allocates; replies carry it in field 1. */
    REQUEST_ID,
    /** By an order id the caller supplies; replies carry it in field 1 (order status, open order). */
    ORDER_ID,
    /** By reply type: one request of its lane at a time, so that the id-less replies are its own. */
    SHARED,
    /** By reply type, to every subscriber of one id-less stream. */
    SHARED_STREAM
}
