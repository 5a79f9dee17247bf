package io.tws4j.client.orders;

import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;

/**
 * Places a bracket as IB describes it: three ids reserved at once, the entry sent first with
 * {@code transmit=false}, then the take-profit (a limit order, {@code transmit=false}) and the
 * stop-loss (a stop order, {@code transmit=true}) as its children. TWS holds the entry until the
 * stop-loss arrives, so nothing can execute before the whole bracket is there; the children work
 * once the entry fills, and a fill of one cancels the other.
 */
final class Brackets {

    private Brackets() {}

    /**
     * Checks and sends a bracket; returns its ids.
     *
     * @throws io.tws4j.client.InvalidRequestException if the legs are missing, or the take-profit and
     *         stop-loss sit on the wrong side of the entry
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only
     */
    static BracketIds submit(Core core, Contract contract, Order entry, double takeProfit, double stopLoss) {
        OrderRequests.refuseIfReadOnly(core, "placing a bracket order");
        OrderValidation.check(contract, entry);
        checkSides(entry, takeProfit, stopLoss);
        int parentId = core.orderIds().reserve(3);
        Order parent = entry.toBuilder().parentId(0).transmit(false).build();
        Order profit = child(entry, parentId, OrderType.LIMIT, takeProfit, 0, false);
        Order loss = child(entry, parentId, OrderType.STOP, 0, stopLoss, true);
        OrderValidation.check(contract, profit);
        OrderValidation.check(contract, loss);
        OrderRequests.submit(core, parentId, contract, parent);
        OrderRequests.submit(core, parentId + 1, contract, profit);
        OrderRequests.submit(core, parentId + 2, contract, loss);
        return new BracketIds(parentId, parentId + 1, parentId + 2);
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
