package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A one-shot request: what it sends, how its replies find it, and how they become one result.
 * Domain code builds one per call:
 *
 * {@snippet :
 * CallSpec<List<DisplayGroup>> spec = CallSpec.<List<DisplayGroup>>byRequestId(
 *                 "display groups", OutMessage.QUERY_DISPLAY_GROUPS, DisplayGroupsCodec::queryRequest)
 *         .single(InMessage.DISPLAY_GROUP_LIST, DisplayGroupList.class, DisplayGroupsCodec::groups);
 * }
 *
 * @param <R> the result type
 */
public final class CallSpec<R> {
    final String name;
    final OutMessage message;
    final Routing routing;
    final LaneKey lane;
    final int orderId;
    final IntFunction<? extends MessageLite> encoder;
    final OutMessage cancelMessage;
    final IntFunction<? extends MessageLite> cancelEncoder;
    final Supplier<? extends Collector<R>> collector;
    final boolean retryable;
    final Duration timeout;

    private CallSpec(Builder<R> builder, Supplier<? extends Collector<R>> collector) {
        this.name = builder.name;
        this.message = builder.message;
        this.routing = builder.routing;
        this.lane = builder.lane;
        this.orderId = builder.orderId;
        this.encoder = builder.encoder;
        this.cancelMessage = builder.cancelMessage;
        this.cancelEncoder = builder.cancelEncoder;
        this.collector = collector;
        this.retryable = builder.retryable;
        this.timeout = builder.timeout;
    }

    /** Starts a request whose replies carry the request id the core allocates. */
    public static <R> Builder<R> byRequestId(String name, OutMessage message, IntFunction<? extends MessageLite> encoder) {
        return new Builder<>(name, message, Routing.REQUEST_ID, null, -1, encoder);
    }

    /** Starts a request whose replies carry no id; it waits its turn in {@code lane}. */
    public static <R> Builder<R> shared(String name, LaneKey lane, OutMessage message, MessageLite body) {
        Objects.requireNonNull(body);
        return new Builder<>(name, message, Routing.SHARED, lane, -1, id -> body);
    }

    /** The order id of a call that takes a fresh one as it is written ({@link #byNewOrderId}). */
    static final int NEW_ORDER_ID = Integer.MIN_VALUE;

    /**
     * Starts a request about a new order (a what-if order) whose fresh order id is taken as the
     * request is written, so that ids reach the gateway in increasing order.
     */
    public static <R> Builder<R> byNewOrderId(String name, OutMessage message, IntFunction<? extends MessageLite> encoder) {
        return new Builder<>(name, message, Routing.ORDER_ID, null, NEW_ORDER_ID, encoder);
    }

    /** Starts a request about an order, whose replies carry {@code orderId}. */
    public static <R> Builder<R> byOrderId(String name, int orderId, OutMessage message,
                                           IntFunction<? extends MessageLite> encoder) {
        return new Builder<>(name, message, Routing.ORDER_ID, null, orderId, encoder);
    }

    /** Returns the name used in logs and errors. */
    public String name() {
        return name;
    }

    /** Builds a {@link CallSpec}. */
    public static final class Builder<R> {
        private final String name;
        private final OutMessage message;
        private final Routing routing;
        private final LaneKey lane;
        private final int orderId;
        private final IntFunction<? extends MessageLite> encoder;
        private OutMessage cancelMessage;
        private IntFunction<? extends MessageLite> cancelEncoder;
        private boolean retryable = true;
        private Duration timeout;

        private Builder(String name, OutMessage message, Routing routing, LaneKey lane, int orderId,
                        IntFunction<? extends MessageLite> encoder) {
            this.name = Objects.requireNonNull(name);
            this.message = Objects.requireNonNull(message);
            this.routing = routing;
            this.lane = lane;
            this.orderId = orderId;
            this.encoder = Objects.requireNonNull(encoder);
        }

        /** Sets the message that cancels the request when its caller gives up. */
        public Builder<R> cancel(OutMessage cancel, IntFunction<? extends MessageLite> encoder) {
            this.cancelMessage = Objects.requireNonNull(cancel);
            this.cancelEncoder = Objects.requireNonNull(encoder);
            return this;
        }

        /** Sets whether the request is sent again after a reconnect (default: yes, up to three times). */
        public Builder<R> retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        /** Sets how long the request may take, instead of the client's request timeout. */
        public Builder<R> timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("a timeout is positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Finishes with a collector of the replies. */
        public CallSpec<R> collect(Supplier<? extends Collector<R>> collector) {
            return new CallSpec<>(this, collector);
        }

        /** Finishes with an answer of one message. */
        public <M> CallSpec<R> single(InMessage type, Class<M> messageClass, Function<M, R> decode) {
            return collect(Replies.single(type, messageClass, decode));
        }
    }
}
