package io.tws4j.client.orders;

import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;
import java.util.concurrent.CompletableFuture;

/**
 * An order being described on the asynchronous surface: the same verbs as {@link OrderQuery},
 * with futures. {@link #place()} returns at once with a handle whose
 * {@link AsyncOrderHandle#acknowledged()} completes when TWS acknowledges the order; the checks
 * it makes before sending, and a client that cannot send it now, throw on the caller's thread,
 * as nothing was sent.
 *
 * {@snippet :
 * async.order(aapl).buy(100).market().submit().thenAccept(id -> System.out.println("order " + id + " acknowledged"));
 * }
 */
public final class AsyncOrderQuery extends OrderDraft<AsyncOrderQuery> {
    private final Core core;

    AsyncOrderQuery(Core core, Contract contract) {
        super(contract);
        this.core = core;
    }

    /**
     * Sends the order under a fresh order id; the future completes with the id once TWS has
     * acknowledged the order, or with the error: a check that kept it from being sent,
     * {@link io.tws4j.client.RequestRejectedException}, {@link io.tws4j.client.OrderNotReceivedException}
     * (safe to send again) or {@link io.tws4j.client.OrderNotAcknowledgedException} (do not).
     */
    public CompletableFuture<Integer> submit() {
        try {
            return OrderRequests.place(core, OrderRequests.FRESH_ID, contract, build(), false).acknowledged;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Sends the order under a fresh order id; the future has the id as soon as the order is
     * handed to the connection. Its outcome is reported on the order update stream.
     */
    public CompletableFuture<Integer> submitNoWait() {
        try {
            return CompletableFuture.completedFuture(OrderRequests.place(core, OrderRequests.FRESH_ID, contract, build(), false).orderId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Sends the order under a fresh order id and returns a handle on its updates at once; its
     * {@link AsyncOrderHandle#acknowledged()} completes when TWS has acknowledged the order.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.OrderNotReceivedException if it could not be written (the client is reconnecting); safe to send again
     */
    public AsyncOrderHandle place() {
        return new FlowOrderHandle(OrderRequests.place(core, OrderRequests.FRESH_ID, contract, build(), true));
    }

    /** Asks TWS for the order's margin impact and commission without placing it. */
    public CompletableFuture<OrderState> analyze() {
        try {
            return OrderRequests.analyze(core, contract, build());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Turns this order's side and quantity into a bracket. */
    public AsyncBracketQuery bracket() {
        return new AsyncBracketQuery(core, this);
    }
}
