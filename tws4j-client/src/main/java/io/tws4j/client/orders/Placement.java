package io.tws4j.client.orders;

import com.google.protobuf.MessageLite;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.OrderEvents;
import io.tws4j.client.core.OrderLine;
import io.tws4j.client.core.OrderSpec;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.protocol.wire.OutMessage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.IntFunction;

/**
 * One order message about to be written (a new order, a modification, an exercise, a bracket's
 * leg) and who waits for it: the call waiting for its acknowledgement, the handle watching it.
 * The journal settles it.
 */
final class Placement implements OrderEvents {
    final OrderJournal journal;
    final String name;
    final Contract contract;
    final Order order;
    final OrderSpec spec;
    /** Whether TWS will answer it: false for an order held with transmit=false outside a bracket. */
    final boolean expectsAck;
    /** The handle watching it, or null. */
    final OrderTracker tracker;
    /** Completes with the order id once TWS acknowledged the message, or with why it cannot be known to have. */
    final CompletableFuture<Integer> acknowledged = new CompletableFuture<>();
    volatile int orderId = -1;
    /** The acknowledgement timeout; guarded by the journal's lock. */
    ScheduledFuture<?> timer;
    /** Whether the journal registered it (under the write lock); with what the core said before: guarded by the journal's lock. */
    boolean registered;
    boolean lostEarly;
    TwsException failedEarly;

    /**
     * @param orderId the caller's id, or -1 to take a fresh one as the message is written
     * @param encoder builds the message for the id it is written under
     */
    Placement(OrderJournal journal, String name, int orderId, Contract contract, Order order, OutMessage message,
              IntFunction<? extends MessageLite> encoder, boolean expectsAck, OrderTracker tracker) {
        this.journal = journal;
        this.name = name;
        this.contract = contract;
        this.order = order;
        this.expectsAck = expectsAck;
        this.tracker = tracker;
        this.spec = orderId < 0 ? OrderSpec.newId(name, message, encoder, this)
                : OrderSpec.withId(name, orderId, message, encoder, this);
    }

    @Override
    public void writing(OrderLine line) {
        journal.writing(this, line);
    }

    @Override
    public void lost(OrderLine line, TwsException reset, boolean reconnecting) {
        journal.lost(this, line);
    }

    @Override
    public void failed(OrderLine line, TwsException error) {
        journal.failed(this, line, error);
    }

    @Override
    public String toString() {
        return orderId < 0 ? name : name + " #" + orderId;
    }
}
