package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.protocol.wire.OutMessage;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One order message for {@link Core#placeOrders}: a placement, a modification or an exercise,
 * under an order id the caller gives or one the core takes as it writes the message.
 */
public final class OrderSpec {
    final String name;
    final OutMessage message;
    /** The caller's order id, or {@link OrderRoute#UNASSIGNED} when the core takes one. */
    final int orderId;
    final IntFunction<? extends MessageLite> encoder;
    final OrderEvents events;

    private OrderSpec(String name, OutMessage message, int orderId, IntFunction<? extends MessageLite> encoder, OrderEvents events) {
        this.name = Objects.requireNonNull(name);
        this.message = Objects.requireNonNull(message);
        this.orderId = orderId;
        this.encoder = Objects.requireNonNull(encoder);
        this.events = Objects.requireNonNull(events);
    }

    /** A message under a fresh order id, taken in the same step as the message is written. */
    public static OrderSpec newId(String name, OutMessage message, IntFunction<? extends MessageLite> encoder, OrderEvents events) {
        return new OrderSpec(name, message, OrderRoute.UNASSIGNED, encoder, events);
    }

    /** A message under the caller's order id (its own fresh id, or an open order's to modify it). */
    public static OrderSpec withId(String name, int orderId, OutMessage message, IntFunction<? extends MessageLite> encoder,
                                   OrderEvents events) {
        if (orderId == OrderRoute.UNASSIGNED) {
            throw new IllegalArgumentException("order id " + orderId + " is reserved");
        }
        return new OrderSpec(name, message, orderId, encoder, events);
    }

    boolean picksId() {
        return orderId == OrderRoute.UNASSIGNED;
    }
}
