package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;

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

    /** Returns how many frames it writes, each counting toward the message rate. */
    default int frames() {
        return 1;
    }

    /**
     * Writes its frames to {@code sink}; called once, under the write lock, after a claim to
     * write. One frame built by {@link #encode()} unless it writes several in one step (the legs
     * of a bracket).
     */
    default void writeTo(FrameSink sink) throws IOException {
        sink.write(message(), encode());
    }

    /** Where {@link #writeTo} writes frames: the connection's writer, under its write lock. */
    @FunctionalInterface
    interface FrameSink {
        void write(OutMessage message, MessageLite body) throws IOException;
    }
}
