package io.tws4j.client.orders;

import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;
import java.util.concurrent.CompletableFuture;

/**
 * An order being described on the asynchronous surface: the same verbs as {@link OrderQuery},
 * with futures. {@link #place()} returns at once with a handle; the checks it makes before
 * sending throw on the caller's thread, as nothing was sent.
 *
 * {@snippet :
 * async.order(aapl).buy(100).market().submit().thenAccept(id -> System.out.println("order " + id));
 * }
 */
public final class AsyncOrderQuery extends OrderDraft<AsyncOrderQuery> {
    private final Core core;

    AsyncOrderQuery(Core core, Contract contract) {
        super(contract);
        this.core = core;
    }

    /** Sends the order under a fresh order id; the future has the id, or the error that kept it from being sent. */
    public CompletableFuture<Integer> submit() {
        try {
            Order order = build();
            return CompletableFuture.completedFuture(OrderRequests.submit(core, core.orderIds().next(), contract, order));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Sends the order under a fresh order id and returns a handle on its updates.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    public AsyncOrderHandle place() {
        Order order = build();
        return new FlowOrderHandle(OrderRequests.place(core, core.orderIds().next(), contract, order));
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
