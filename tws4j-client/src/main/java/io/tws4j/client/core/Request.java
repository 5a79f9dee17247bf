package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.TwsException;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.time.Instant;
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
    /** The id it runs under on the wire; changed only through {@link Core#rebind}. */
    volatile int id;
    private final IntFunction<? extends MessageLite> encoder;
    private final OutMessage cancelMessage;
    private final IntFunction<? extends MessageLite> cancelEncoder;
    /** The generation of the connection it was last sent on; 0 while not sent. */
    volatile int generation;
    /** Whether it was kept alive across a loss without being sent again ({@link AfterLoss#HOLD}). */
    volatile boolean held;

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

    /**
     * Returns the body to send, built for this request's id; the write path calls it under the
     * connection's write lock as the frame is written, so an order id tws4j picks is taken there.
     */
    final MessageLite encode() {
        if (routing == Routing.ORDER_ID && id == OrderRoute.UNASSIGNED) {
            // an order id tws4j picks (a what-if order) is taken as the message is written
            core.rebind(this, core.orderIds().next());
        }
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
     * The connection this request was sent on (or a later one, while it is held) is gone. Returns
     * what the core does with it next.
     */
    abstract AfterLoss onConnectionLost(TwsException reset, boolean reconnecting);

    /** Ends the request with an error, from any thread. */
    abstract void fail(TwsException error);

    /**
     * Called right before the core sends this request on a new connection, after it answered
     * {@link AfterLoss#SEND_AGAIN}: a resumed stream moves to a new id and marks that it resumed.
     */
    void resending(Instant at) {}

    /** TWS reported 1100 (it lost IB's servers) on the connection this request runs on; the socket stays. */
    void connectivityLost(Instant at, String reason) {}

    /** TWS reported 1102 (restored, data maintained) on the connection this request runs on; nothing is sent. */
    void connectivityRestored(Instant at) {}

    /**
     * TWS reported 1101 (restored, data lost) on the connection this request runs on: its
     * subscriptions are gone. Returns what to send again on the same socket, or null for a
     * request that is no subscription, ended, or does not resume (it may end here).
     */
    Resubscription subscriptionDropped(Instant at) {
        return null;
    }

    /**
     * What a subscription TWS dropped sends on the same socket: the cancel of the id it ran
     * under, in case TWS kept it after all (null if nothing cancels it), then the request itself.
     */
    record Resubscription(Request request, OutMessage cancelMessage, MessageLite cancelBody) {}

    /** Returns a resubscription of this request, cancelling what ran under {@code oldId}. */
    final Resubscription resubscription(int oldId) {
        MessageLite cancel = cancelEncoder == null || routing != Routing.REQUEST_ID ? null : cancelEncoder.apply(oldId);
        return new Resubscription(this, cancel == null ? null : cancelMessage, cancel);
    }

    /** Returns the longest it may wait for its pacing turn: its timeout. */
    Duration timeout() {
        return core.options().requestTimeout();
    }

    /** Returns a name for logs: what it is and its id. */
    String describe() {
        return id < 0 ? name : name + " #" + id;
    }
}
