package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.TwsException;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A streaming request: what it sends, which replies belong to it and what each becomes, and
 * what cancels it.
 *
 * {@snippet :
 * StreamSpec<DisplayGroupUpdate> spec = StreamSpec.<DisplayGroupUpdate>byRequestId(
 *                 "display group events", OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, id -> subscribe(id, group))
 *         .cancel(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, DisplayGroupsCodec::unsubscribe)
 *         .on(InMessage.DISPLAY_GROUP_UPDATED, DisplayGroupUpdated.class, (m, sink) -> sink.next(update(m)))
 *         .build();
 * }
 *
 * @param <T> the data type
 */
public final class StreamSpec<T> {
    final String name;
    final OutMessage message;
    final Routing routing;
    final int orderId;
    final IntFunction<? extends MessageLite> encoder;
    final OutMessage cancelMessage;
    final IntFunction<? extends MessageLite> cancelEncoder;
    final Handler<?, T>[] handlers;
    final Consumer<Optional<TwsException>> onEnd;
    final boolean resumable;
    final Runnable onResend;

    private StreamSpec(Builder<T> builder) {
        this.name = builder.name;
        this.message = builder.message;
        this.routing = builder.routing;
        this.orderId = builder.orderId;
        this.encoder = builder.encoder;
        this.cancelMessage = builder.cancelMessage;
        this.cancelEncoder = builder.cancelEncoder;
        this.handlers = builder.handlers.clone();
        this.onEnd = builder.onEnd;
        this.resumable = builder.resumable;
        this.onResend = builder.onResend;
    }

    /** Starts a stream whose messages carry the request id the core allocates. */
    public static <T> Builder<T> byRequestId(String name, OutMessage message, IntFunction<? extends MessageLite> encoder) {
        return new Builder<>(name, message, Routing.REQUEST_ID, -1, encoder);
    }

    /**
     * Starts a stream about an order, whose messages carry {@code orderId}. It is never sent
     * again by itself: what becomes of it after a loss is the order's business.
     */
    public static <T> Builder<T> byOrderId(String name, int orderId, OutMessage message,
                                           IntFunction<? extends MessageLite> encoder) {
        return new Builder<>(name, message, Routing.ORDER_ID, orderId, encoder);
    }

    /** Returns the name used in logs and errors. */
    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    Handler<Object, T> handler(InMessage type) {
        return (Handler<Object, T>) handlers[type.id()];
    }

    /** Turns one message into items for the sink. */
    @FunctionalInterface
    public interface Handler<M, T> {
        void handle(M message, StreamSink<T> sink);
    }

    /** Builds a {@link StreamSpec}. */
    public static final class Builder<T> {
        private final String name;
        private final OutMessage message;
        private final Routing routing;
        private final int orderId;
        private final IntFunction<? extends MessageLite> encoder;
        private OutMessage cancelMessage;
        private IntFunction<? extends MessageLite> cancelEncoder;
        @SuppressWarnings("unchecked")
        private final Handler<?, T>[] handlers = new Handler[128];
        private Consumer<Optional<TwsException>> onEnd;
        private boolean resumable;
        private Runnable onResend;

        private Builder(String name, OutMessage message, Routing routing, int orderId,
                        IntFunction<? extends MessageLite> encoder) {
            this.name = Objects.requireNonNull(name);
            this.message = Objects.requireNonNull(message);
            this.routing = routing;
            this.orderId = orderId;
            this.encoder = Objects.requireNonNull(encoder);
            this.resumable = routing == Routing.REQUEST_ID;
        }

        /** Sets the message that cancels the stream. */
        public Builder<T> cancel(OutMessage cancel, IntFunction<? extends MessageLite> encoder) {
            this.cancelMessage = Objects.requireNonNull(cancel);
            this.cancelEncoder = Objects.requireNonNull(encoder);
            return this;
        }

        /** Handles messages of {@code type}, decoded as {@code messageClass}. */
        public <M> Builder<T> on(InMessage type, Class<M> messageClass, BiConsumer<M, StreamSink<T>> handler) {
            Objects.requireNonNull(messageClass);
            handlers[type.id()] = (Handler<M, T>) handler::accept;
            return this;
        }

        /**
         * Calls {@code listener} once when the stream ends, on the thread that ends it: with the
         * error that ended it, or empty when it ended normally or its consumer cancelled it.
         */
        public Builder<T> onEnd(Consumer<Optional<TwsException>> listener) {
            this.onEnd = Objects.requireNonNull(listener);
            return this;
        }

        /**
         * Sets whether the stream is a subscription that may be sent again under a new request id
         * after a reconnect or TWS's 1101 (true by default for streams by request id). False for
         * a request that runs to an end of its own, such as a market data snapshot: sending it
         * again would deliver its items twice, so it ends when its connection is lost.
         */
        public Builder<T> resumable(boolean resumable) {
            if (resumable && routing != Routing.REQUEST_ID) {
                throw new IllegalStateException(name + ": only a stream by request id can be sent again under a new id");
            }
            this.resumable = resumable;
            return this;
        }

        /**
         * Calls {@code hook} each time the stream is about to be sent again under a new request id
         * (after a reconnect or TWS's 1101), before its {@link io.tws4j.client.StreamItem.Resumed}
         * mark, so that state built from the earlier answer can be reset or kept for deduplication.
         * Runs on the thread that resumes the stream, never while the stream's messages are handled.
         */
        public Builder<T> onResend(Runnable hook) {
            this.onResend = Objects.requireNonNull(hook);
            return this;
        }

        /** Returns the spec. */
        public StreamSpec<T> build() {
            return new StreamSpec<>(this);
        }
    }
}
