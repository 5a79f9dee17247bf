package io.tws4j.client.orders;

import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Places a bracket as IB describes it: three consecutive ids taken as the legs are written, in
 * one step, the entry first with {@code transmit=false}, then the take-profit (a limit order,
 * {@code transmit=false}) and the stop-loss (a stop order, {@code transmit=true}) as its children.
 * TWS holds the entry until the stop-loss arrives, so nothing can execute before the whole bracket
 * is there; the children work once the entry fills, and a fill of one cancels the other. TWS
 * acknowledges the three together, when the stop-loss transmits them.
 */
final class Brackets {

    private Brackets() {}

    /**
     * Checks and writes a bracket; returns its legs once they were handed to the connection.
     *
     * @throws io.tws4j.client.InvalidRequestException if the legs are missing, or the take-profit and
     *         stop-loss sit on the wrong side of the entry
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only
     * @throws io.tws4j.client.OrderNotReceivedException if nothing was written; safe to send again
     */
    static List<Placement> submit(Core core, Contract contract, Order entry, double takeProfit, double stopLoss) {
        OrderRequests.refuseIfReadOnly(core, "placing a bracket order");
        OrderValidation.check(contract, entry);
        checkSides(entry, takeProfit, stopLoss);
        Order parent = entry.toBuilder().parentId(0).transmit(false).build();
        // the children's parent id is the entry's, taken with theirs: the leg k places after it carries id - k
        Order profitTemplate = child(entry, 1, OrderType.LIMIT, takeProfit, 0, false);
        Order lossTemplate = child(entry, 1, OrderType.STOP, 0, stopLoss, true);
        OrderValidation.check(contract, profitTemplate);
        OrderValidation.check(contract, lossTemplate);
        OrderJournal journal = OrderJournal.of(core);
        List<Placement> legs = List.of(
                leg(journal, "bracket entry", contract, parent, id -> parent),
                leg(journal, "bracket take-profit", contract, profitTemplate,
                        id -> profitTemplate.toBuilder().parentId(id - 1).build()),
                leg(journal, "bracket stop-loss", contract, lossTemplate,
                        id -> lossTemplate.toBuilder().parentId(id - 2).build()));
        journal.place(legs);
        return legs;
    }

    /** Completes with the ids once TWS acknowledged every leg; fails at the first leg that fails. */
    static CompletableFuture<BracketIds> acknowledged(List<Placement> legs) {
        CompletableFuture<BracketIds> all = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(legs.size());
        BracketIds ids = new BracketIds(legs.get(0).orderId, legs.get(1).orderId, legs.get(2).orderId);
        for (Placement leg : legs) {
            leg.acknowledged.whenComplete((id, error) -> {
                if (error != null) {
                    all.completeExceptionally(error instanceof CompletionException wrapped && wrapped.getCause() != null
                            ? wrapped.getCause() : error);
                } else if (left.decrementAndGet() == 0) {
                    all.complete(ids);
                }
            });
        }
        return all;
    }

    private static Placement leg(OrderJournal journal, String name, Contract contract, Order order, IntFunction<Order> atId) {
        return new Placement(journal, name + " (" + order.describe() + " " + contract.describe() + ")", OrderRequests.FRESH_ID,
                contract, order, OutMessage.PLACE_ORDER, id -> OrdersCodec.placeOrderRequest(id, contract, atId.apply(id)), true, null);
    }

    /** The children close the entry: the opposite side, the same quantity, time in force, hours and account. */
    private static Order child(Order entry, int parentId, OrderType type, double limit, double aux, boolean transmit) {
        return Order.builder()
                .action(entry.action().opposite())
                .totalQuantity(entry.totalQuantity())
                .orderType(type).limitPrice(limit).auxPrice(aux)
                .timeInForce(entry.timeInForce())
                .outsideRth(entry.outsideRth())
                .account(entry.account())
                .parentId(parentId)
                .transmit(transmit)
                .build();
    }

    private static void checkSides(Order entry, double takeProfit, double stopLoss) {
        if (!(takeProfit > 0) || !(stopLoss > 0)) {
            throw OrderValidation.invalid("a bracket needs a positive take-profit and stop-loss: takeProfit(price) and stopLoss(price)");
        }
        boolean buy = entry.action() == Action.BUY;
        String side = buy ? "BUY" : "SELL";
        if (buy ? takeProfit <= stopLoss : takeProfit >= stopLoss) {
            throw OrderValidation.invalid("a " + side + " bracket's take-profit (" + takeProfit + ") must be "
                    + (buy ? "above" : "below") + " its stop-loss (" + stopLoss + ")");
        }
        double price = entry.orderType() == OrderType.MARKET ? Double.NaN : entry.limitPrice();
        if (Double.isNaN(price)) {
            return;
        }
        if (buy ? takeProfit <= price : takeProfit >= price) {
            throw OrderValidation.invalid("a " + side + " bracket's take-profit (" + takeProfit + ") must be "
                    + (buy ? "above" : "below") + " its entry (" + price + ")");
        }
        if (buy ? stopLoss >= price : stopLoss <= price) {
            throw OrderValidation.invalid("a " + side + " bracket's stop-loss (" + stopLoss + ") must be "
                    + (buy ? "below" : "above") + " its entry (" + price + ")");
        }
    }
}
