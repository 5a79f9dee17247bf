package io.tws4j.client.orders;

import io.tws4j.client.TwsException;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;

/**
 * An order being described on the blocking surface, and what to do with it: submit it, place
 * and watch it, analyze it (what-if) or turn it into a bracket. Every terminal checks the order
 * before anything is sent. The order id is taken as the order is written, so that ids reach TWS
 * in increasing order whatever the number of threads placing orders.
 *
 * {@snippet :
 * int id = client.order(aapl).buy(100).market().submit();                  // returns once TWS acknowledged it
 * int gtc = client.order(aapl).sell(50).limit(150.00).goodTillCancel().outsideRth().submit();
 * int bulk = client.order(aapl).buy(1).limit(100).submitNoWait();          // returns once written
 * OrderState preview = client.order(aapl).buy(100).limit(150).analyze();
 * }
 *
 * <p>What each outcome means, and what tws4j does when the connection drops, is in
 * {@code docs/recovery.md}.
 */
public final class OrderQuery extends OrderDraft<OrderQuery> {
    private final Core core;

    OrderQuery(Core core, Contract contract) {
        super(contract);
        this.core = core;
    }

    /**
     * Sends the order under a fresh order id and returns the id once TWS has acknowledged the
     * order (its first open order or status arrived), without watching it further; follow it on
     * the order update stream. If the connection drops first, waits for the reconnect and the
     * reconciliation that tells whether the gateway got it.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS rejected the order, with its code
     * @throws io.tws4j.client.OrderNotReceivedException if the gateway never received it; safe to send again
     * @throws io.tws4j.client.OrderNotAcknowledgedException if TWS said nothing within the request timeout
     *         although the connection stayed up; do not send it again
     */
    public int submit() {
        Placement placement = OrderRequests.place(core, OrderRequests.FRESH_ID, contract, build(), false);
        return Blocking.await(placement.acknowledged, placement.name);
    }

    /**
     * Sends the order under a fresh order id and returns the id as soon as the order is handed
     * to the connection, without waiting for TWS: fire and forget, for placing many orders fast.
     * Its outcome, a lost connection's included, is reported on the order update stream
     * (the reconciliation report names an order the gateway never received).
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.OrderNotReceivedException if it could not be written (the client is reconnecting); safe to send again
     */
    public int submitNoWait() {
        return OrderRequests.place(core, OrderRequests.FRESH_ID, contract, build(), false).orderId;
    }

    /**
     * Sends the order under a fresh order id and returns a handle on its updates once TWS has
     * acknowledged it. The handle's stream is open before the order goes out, so it misses none.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS rejected the order, with its code
     * @throws io.tws4j.client.OrderNotReceivedException if the gateway never received it; safe to send again
     * @throws io.tws4j.client.OrderNotAcknowledgedException if TWS said nothing within the request timeout
     *         although the connection stayed up; do not send it again, follow it on the order update stream
     */
    public OrderHandle place() {
        return placed(OrderRequests.place(core, OrderRequests.FRESH_ID, contract, build(), true));
    }

    /** Waits for a watched order's acknowledgement and returns its handle; stops watching if it fails. */
    static OrderHandle placed(Placement placement) {
        try {
            Blocking.await(placement.acknowledged, placement.name);
        } catch (TwsException e) {
            placement.tracker.source().cancel();
            throw e;
        }
        return new BlockingOrderHandle(placement.tracker);
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
