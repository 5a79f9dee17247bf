package io.tws4j.client.core;

import io.tws4j.client.TwsException;

/**
 * What the core tells the orders package about an order message it writes. Every call is quick,
 * never blocks, and never writes to the connection.
 */
public interface OrderEvents {

    /**
     * The message is being written under {@code line}'s order id: called under the connection's
     * write lock, before any of its bytes go out, so that the id is known before any answer can
     * arrive. From here on the gateway may have the order.
     */
    void writing(OrderLine line);

    /**
     * The connection the message was written on was lost before its route was released. While
     * {@code reconnecting}, the route is held: registered, not sent again, and told of every later
     * loss; the orders package settles it after the reconnect.
     */
    void lost(OrderLine line, TwsException reset, boolean reconnecting);

    /** The client closed or gave up reconnecting while the route was registered; it is released. */
    void failed(OrderLine line, TwsException error);
}
