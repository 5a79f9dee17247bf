package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.TwsException;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.util.function.IntFunction;

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
    private final IntFunction<? extends MessageLite> encoder;
    private final OutMessage cancelMessage;
    private final IntFunction<? extends MessageLite> cancelEncoder;
    /** The generation of the connection it was last sent on; 0 while not sent. */
    volatile int generation;

    /**
     * @param encoder builds the request's body for its id
     * @param cancelMessage the message that cancels it, or null if nothing does
     * @param cancelEncoder builds the cancel's body for its id, or null
     */
    Request(Core core, String name, OutMessage message, Routing routing, int id, IntFunction<? extends MessageLite> encoder,
            OutMessage cancelMessage, IntFunction<? extends MessageLite> cancelEncoder) {
        this.core = core;
        this.name = name;
        this.message = message;
        this.routing = routing;
        this.id = id;
        this.encoder = encoder;
        this.cancelMessage = cancelMessage;
        this.cancelEncoder = cancelEncoder;
    }

    /** Returns the body to send, built for this request's id. */
    final MessageLite encode() {
        return encoder.apply(id);
    }

    /**
     * Cancels the request at the gateway, if it was sent on the current connection and TWS has a
     * cancel for it (an encoder returns null where the gateway's version has none). Notices TWS
     * still sends about a cancelled request are expected, not news.
     */
    final void cancelAtGateway() {
        if (generation == 0 || cancelEncoder == null) {
            return;
        }
        MessageLite body = cancelEncoder.apply(id);
        if (body == null) {
            return;
        }
        if (routing == Routing.REQUEST_ID) {
            core.cancelled(id);
        }
        core.sendQuietly(cancelMessage, body);
    }

    /**
     * The connection this request was sent on is gone. Returns true if the request wants to be
     * sent again on the next connection.
     */
    abstract boolean onConnectionLost(TwsException reset, boolean reconnecting);

    /** Ends the request with an error, from any thread. */
    abstract void fail(TwsException error);

    /** Returns the longest it may wait for its pacing turn: its timeout. */
    Duration timeout() {
        return core.options().requestTimeout();
    }

    /** Returns a name for logs: what it is and its id. */
    String describe() {
        return id < 0 ? name : name + " #" + id;
    }
}
