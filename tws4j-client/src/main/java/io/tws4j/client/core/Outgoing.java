package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.protocol.wire.OutMessage;

/**
 * A message on its way to the socket. {@link Connection#write} asks it, under the connection's
 * write lock, whether it still goes out on that connection, then has it build its body and
 * writes the frame, all in one step: what the body takes while it is built (a request's
 * registration, an order id) reaches the gateway in the order it was taken.
 */
interface Outgoing {

    /** What {@link #claim} decided. */
    enum Claim {
        /** Write it now (the frame was written, when {@link Connection#write} returns it). */
        WRITE,
        /** Never write it: its request ended, or the client is closing. */
        DROP,
        /** Not on this connection, which is gone: keep it for the next one. */
        HOLD
    }

    /** Returns what it is. */
    OutMessage message();

    /** Decides whether it goes out on {@code target} now; called under the write lock. */
    Claim claim(Connection target);

    /** Builds the body; called once, under the write lock, right before its frame is written. */
    MessageLite encode();
}
