package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.TwsException;
import io.tws4j.protocol.wire.OutMessage;

/**
 * A request the core tracks from registration to its end: what it sends, the id it runs under,
 * and the connection it was last sent on, so that a lost connection knows what to retry or end.
 */
abstract class Request extends Route {
    final Core core;
    final String name;
    final OutMessage message;
    final Routing routing;
    final int id;
    /** The generation of the connection it was last sent on; 0 while not sent. */
    volatile int generation;

    Request(Core core, String name, OutMessage message, Routing routing, int id) {
        this.core = core;
        this.name = name;
        this.message = message;
        this.routing = routing;
        this.id = id;
    }

    /** Returns the body to send, built for this request's id. */
    abstract MessageLite encode();

    /** Returns the body that cancels this request at the gateway, or null if there is none. */
    abstract MessageLite encodeCancel();

    /** Returns the message that carries the cancel. */
    abstract OutMessage cancelMessage();

    /**
     * The connection this request was sent on is gone. Returns true if the request wants to be
     * sent again on the next connection.
     */
    abstract boolean onConnectionLost(TwsException reset, boolean reconnecting);

    /** Ends the request with an error, from any thread. */
    abstract void fail(TwsException error);

    /** Returns a name for logs: what it is and its id. */
    String describe() {
        return id < 0 ? name : name + " #" + id;
    }
}
