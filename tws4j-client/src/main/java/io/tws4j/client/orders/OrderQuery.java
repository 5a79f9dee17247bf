package io.tws4j.client.orders;

import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;

/**
 * An order being described on the blocking surface, and what to do with it: submit it, place
 * and watch it, analyze it (what-if) or turn it into a bracket. Every terminal checks the order
 * before anything is sent.
 *
 * {@snippet :
 * int id = client.order(aapl).buy(100).market().submit();
 * int gtc = client.order(aapl).sell(50).limit(150.00).goodTillCancel().outsideRth().submit();
 * OrderState preview = client.order(aapl).buy(100).limit(150).analyze();
 * }
 */
public final class OrderQuery extends OrderDraft<OrderQuery> {
    private final Core core;

    OrderQuery(Core core, Contract contract) {
        super(contract);
        this.core = core;
    }

    /**
     * Sends the order under a fresh order id and returns the id, without watching it; follow it on
     * the order update stream.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    public int submit() {
        Order order = build();
        return OrderRequests.submit(core, core.orderIds().next(), contract, order);
    }

    /**
     * Sends the order under a fresh order id and returns a handle on its updates.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    public OrderHandle place() {
        Order order = build();
        return new BlockingOrderHandle(OrderRequests.place(core, core.orderIds().next(), contract, order));
    }

    /**
     * Asks TWS what the order would do to the account's margin and what it would cost, without
     * placing it (a what-if order); blocks until TWS answers or the request timeout passes.
     *
     * @throws io.tws4j.client.RequestRejectedException if TWS refuses the order
     */
    public OrderState analyze() {
        return Blocking.await(OrderRequests.analyze(core, contract, build()), "what-if order");
    }

    /** Turns this order's side and quantity into a bracket: an entry with a take-profit and a stop-loss. */
    public BracketQuery bracket() {
        return new BracketQuery(core, this);
    }
}
